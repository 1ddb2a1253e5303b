import GraphQLCore
import SessionStore

/// A tool call's payload fields: each is one request to the payloads loader, so a level
/// reads only the forms its document selects (a page of rows with previews never reads a
/// whole payload), in one statement.
enum PayloadResolvers {
    /// Longest preview a client may ask for.
    static let maxPreviewBytes = 65_536

    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("ToolCall", "input", source: ToolCallRecord.self) { call, _, context, _ in
            json(of: call, .input, context)
        }
        resolvers.field("ToolCall", "output", source: ToolCallRecord.self) { call, _, context, _ in
            json(of: call, .output, context)
        }
        resolvers.field("ToolCall", "outputText", source: ToolCallRecord.self) { call, _, context, _ in
            load(call, PayloadRequest(.output, .full), context) { value in
                guard case .text(let text) = value else { return .null }
                return .string(StoredJSON.callToolResultText(StoredJSON.value(text)))
            }
        }
        for (field, part) in [("inputBytes", PayloadRequest.Part.input), ("outputBytes", .output)] {
            resolvers.field("ToolCall", field, source: ToolCallRecord.self) { call, _, context, _ in
                load(call, PayloadRequest(part, .bytes), context) { value in
                    guard case .bytes(let bytes) = value else { return .null }
                    return .int(bytes)
                }
            }
        }
        for (field, part) in [("inputPreview", PayloadRequest.Part.input), ("outputPreview", .output)] {
            resolvers.field("ToolCall", field, source: ToolCallRecord.self) { call, arguments, context, _ in
                let maxBytes = arguments.int("maxBytes") ?? 512
                guard (1...maxPreviewBytes).contains(maxBytes) else {
                    throw GraphQLError(
                        "Argument \"maxBytes\" of ToolCall.\(field) must be between 1 and \(maxPreviewBytes); got \(maxBytes).",
                        code: .badUserInput)
                }
                return load(call, PayloadRequest(part, .preview(maxBytes: maxBytes)), context) { value in
                    guard case .preview(let preview) = value else { return .null }
                    return .object(preview)
                }
            }
        }
        resolvers.field("PayloadPreview", "text", source: PayloadPreview.self) { preview, _, _, _ in .string(preview.text) }
        resolvers.field("PayloadPreview", "truncated", source: PayloadPreview.self) { preview, _, _, _ in
            .bool(preview.truncated)
        }
    }

    private static func json(of call: ToolCallRecord, _ part: PayloadRequest.Part, _ context: QueryContext) -> FieldValue {
        load(call, PayloadRequest(part, .full), context) { value in
            guard case .text(let text) = value else { return .null }
            return .value(StoredJSON.value(text))
        }
    }

    private static func load(
        _ call: ToolCallRecord, _ request: PayloadRequest, _ context: QueryContext,
        _ value: @escaping @Sendable (PayloadValue) -> FieldValue
    ) -> FieldValue {
        .deferred(context.payloads.load(PayloadKey(toolCallId: call.id, request: request)).map { value($0 ?? .missing) })
    }
}
