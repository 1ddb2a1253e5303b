import GraphQLCore

/// The columns of a timeline CSV: one row per item. Tool calls leave `status` empty; tickets
/// leave `is_error`, `input` and `output` empty. Payloads are compact JSON.
enum TimelineCSV {
    static let header: [String?] = ["kind", "id", "created_at", "name", "status", "is_error", "input", "output"]

    static func fields(of item: GraphQLObject) -> [String?] {
        let isToolCall = item.string("__typename") == "ToolCall"
        return [
            isToolCall ? "TOOL_CALL" : "SUPPORT_TICKET",
            item.string("id"),
            item.string("createdAt"),
            isToolCall ? item.string("toolName") : item.string("title"),
            isToolCall ? nil : item.string("status"),
            isToolCall ? (item.bool("isError") == true ? "true" : "false") : nil,
            isToolCall ? compactJSON(item["input"]) : nil,
            isToolCall ? compactJSON(item["output"]) : nil,
        ]
    }

    /// JSON `null` and an absent payload are both an empty field.
    static func compactJSON(_ value: GraphQLValue?) -> String? {
        guard let value, value != .null else { return nil }
        var writer = JSONWriter()
        writer.write(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

/// The columns of a session-list CSV: one row per session with its counts.
enum SessionListCSV {
    static let header: [String?] = [
        "id", "title", "display_title", "server_id", "server_name", "connected_at", "last_activity_at",
        "duration_seconds", "tool_calls", "support_tickets", "errors", "open_tickets",
    ]

    static func fields(of session: GraphQLObject) -> [String?] {
        func number(_ key: String) -> String? { session.int(key).map(String.init) }
        return [
            session.string("id"), session.string("title"), session.string("displayTitle"),
            session.object("server")?.string("id"), session.object("server")?.string("name"),
            session.string("connectedAt"), session.string("lastActivityAt"), number("durationSeconds"),
            number("toolCallCount"), number("supportTicketCount"), number("errorCount"), number("openTicketCount"),
        ]
    }
}
