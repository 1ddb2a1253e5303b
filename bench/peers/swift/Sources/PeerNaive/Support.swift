import Foundation
import GraphQLCore
import PeerCommon

/// A request's reads: each object (a user, a session's figures, a server …) is read by its
/// own statement the first time a resolver asks for it; later asks in the same request
/// wait for that one read. Nothing is ever read for several objects at once.
final class Reads: @unchecked Sendable {
    let store: Store
    private let lock = NSLock()
    private var started: [String: Task<any Sendable, any Error>] = [:]

    init(store: Store) {
        self.store = store
    }

    func once<Value: Sendable>(_ key: String, _ read: @escaping @Sendable (Store) async throws -> Value) async throws -> Value {
        let store = self.store
        let task = lock.withLock {
            if let running = started[key] { return running }
            let task = Task<any Sendable, any Error> { try await read(store) as any Sendable }
            started[key] = task
            return task
        }
        // The key names the read, so the value is always of that read's type.
        return try await task.value as! Value
    }

    func server(_ id: String) async throws -> ServerRow? {
        try await once("server:\(id)") { try await $0.server(id: id) }
    }

    func session(_ id: String) async throws -> SessionRow? {
        try await once("session:\(id)") { try await $0.session(id: id) }
    }

    func figures(_ sessionId: String) async throws -> SessionFigures? {
        try await once("figures:\(sessionId)") { try await $0.figures(sessionId: sessionId) }
    }

    func payloads(_ toolCallId: String) async throws -> PayloadRow? {
        try await once("payloads:\(toolCallId)") { try await $0.payloads(toolCallId: toolCallId) }
    }
}

/// A page of a connection and the cursor of each of its rows.
struct Page: Sendable {
    var edges: [Edge]
    var hasNextPage: Bool
    var hasPreviousPage: Bool
}

struct Edge: Sendable {
    var cursor: String
    var node: FieldValue
}

/// Documents already parsed and validated, by their text, as SessionQL keeps them.
final class Documents: DocumentCache, @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [String: Document] = [:]

    func document(for source: String) -> Document? {
        lock.lock()
        defer { lock.unlock() }
        return documents[source]
    }

    func remember(_ document: Document, for source: String) {
        lock.lock()
        defer { lock.unlock() }
        if documents.count >= 500 { documents.removeAll() }
        documents[source] = document
    }
}

/// `DateTime`: resolvers give epoch milliseconds, clients see ISO-8601 in UTC.
struct DateTimeCoercion: ScalarCoercion {
    func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        guard case .int(let ms) = value else { throw GraphQLError("DateTime cannot represent \(value).") }
        return .string(Values.iso8601(Int64(ms)))
    }

    func parseValue(_ value: GraphQLValue) throws -> GraphQLValue { value }

    func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        guard case .string(let text, _) = value.kind else { throw GraphQLError("DateTime must be a string.") }
        return .string(text)
    }
}

/// `Date` (resolvers give the text) and `JSON` (any value), unchanged both ways.
struct PassThrough: ScalarCoercion {
    func serialize(_ value: GraphQLValue) throws -> GraphQLValue { value }

    func parseValue(_ value: GraphQLValue) throws -> GraphQLValue { value }

    func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        switch value.kind {
        case .string(let text, _), .enumValue(let text): return .string(text)
        case .boolean(let flag): return .bool(flag)
        case .int(let digits): return Int(digits).map(GraphQLValue.int) ?? .null
        case .float(let digits): return Double(digits).map(GraphQLValue.float) ?? .null
        default: return .null
        }
    }
}

enum Payload {
    /// A stored JSON text as a value (text that does not parse stays a string).
    static func value(_ text: String?) -> GraphQLValue {
        guard let text else { return .null }
        return (try? GraphQLValue(json: text)) ?? .string(text)
    }

    /// The text blocks of an MCP CallToolResult joined by blank lines; nil for any other output.
    static func callToolResultText(_ output: GraphQLValue) -> String? {
        guard case .object(let result) = output, case .list(let blocks)? = result["content"] else { return nil }
        var texts: [String] = []
        for case .object(let block) in blocks where block["type"]?.stringValue == "text" {
            if let text = block["text"]?.stringValue { texts.append(text) }
        }
        return texts.joined(separator: "\n\n")
    }
}
