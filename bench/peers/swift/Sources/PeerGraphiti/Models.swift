import Foundation
import enum GraphQL.Map
import struct GraphQL.Number
import OrderedCollections
import PeerCommon

// The entities of a typical Graphiti application: plain structs whose stored fields come
// from their row and whose other fields are resolver methods that run the SQL they need
// for this one object, through the context's store. Nothing is batched or cached.

struct PeerContext: Sendable {
    let store: Store
}

/// `ID`: an identifier, as text.
struct ID: Codable, Sendable {
    let value: String

    init(_ value: String) { self.value = value }

    init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// `DateTime`: epoch milliseconds, shown as ISO-8601 in UTC.
struct DateTime: Codable, Sendable {
    let milliseconds: Int64

    init?(_ milliseconds: Int64?) {
        guard let milliseconds else { return nil }
        self.milliseconds = milliseconds
    }

    init(from decoder: any Decoder) throws {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "DateTime is output only"))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Values.iso8601(milliseconds))
    }
}

enum SupportTicketStatus: String, Codable, Sendable, CaseIterable {
    case needsEmail = "NEEDS_EMAIL", pending = "PENDING", inProgress = "IN_PROGRESS", resolved = "RESOLVED", closed = "CLOSED"
}

enum SupportTicketPriority: String, Codable, Sendable, CaseIterable {
    case low = "LOW", medium = "MEDIUM", high = "HIGH", critical = "CRITICAL"
}

protocol Node: Sendable {
    var id: ID { get }
}

protocol TimelineItem: Node {
    var createdAt: DateTime? { get }
}

struct NoArgs: Codable, Sendable {}

struct PageArguments: Codable, Sendable {
    let first: Int?
    let after: String?

    func size() throws -> Int {
        let size = first ?? 20
        guard (1...100).contains(size) else { throw PeerFailure("first must be between 1 and 100; got \(size)") }
        return size
    }
}

struct PageInfo: Sendable {
    let hasNextPage: Bool
    let hasPreviousPage: Bool
    let startCursor: String?
    let endCursor: String?
}

struct Organization: Node {
    let row: OrganizationRow
    var id: ID { ID(row.id) }
    var name: String { row.name }
    var slug: String? { row.slug }
}

struct Server: Node {
    let row: ServerRow
    var id: ID { ID(row.id) }
    var name: String { row.name }
    var slug: String { row.slug }
}

struct User: Node {
    let row: UserRow
    var id: ID { ID(row.id) }
    var trackingId: String? { row.distinctId }
    var email: String? { row.email }
    var name: String? { row.name }
    var image: String? { row.image }
    var emailVerified: Bool? { row.emailVerified }
    var lastActiveAt: DateTime? { DateTime(row.lastActiveAt) }

    func firstSeenAt(context: PeerContext, arguments: NoArgs) async throws -> DateTime? {
        DateTime(try await context.store.firstSeen(userId: row.id))
    }

    func sessions(context: PeerContext, arguments: PageArguments) async throws -> SessionConnection {
        let page = try await context.store.sessions(userId: row.id, first: try arguments.size(), after: arguments.after)
        let edges = page.rows.map { SessionEdge(cursor: Values.cursor(time: $0.connectionTimestamp, id: $0.id), node: Session(row: $0)) }
        return SessionConnection(edges: edges, pageInfo: PageInfo(
            hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage,
            startCursor: edges.first?.cursor, endCursor: edges.last?.cursor))
    }
}

struct SessionEdge: Sendable {
    let cursor: String
    let node: Session
}

struct SessionConnection: Sendable {
    let edges: [SessionEdge]
    let pageInfo: PageInfo
    var nodes: [Session] { edges.map(\.node) }
}

struct Session: Node {
    let row: SessionRow
    var id: ID { ID(row.id) }
    var title: String? { row.title }
    var connectionDate: String { row.connectionDate }
    var connectedAt: DateTime? { DateTime(row.connectionTimestamp) }

    func displayTitle(context: PeerContext, arguments: NoArgs) async throws -> String {
        if let title = row.title, !title.allSatisfy(\.isWhitespace) { return title }
        let server = try await context.store.server(id: row.serverId)
        return Values.displayTitle(title: nil, serverName: server?.name, sessionId: row.id)
    }

    func server(context: PeerContext, arguments: NoArgs) async throws -> Server? {
        try await context.store.server(id: row.serverId).map(Server.init)
    }

    func lastActivityAt(context: PeerContext, arguments: NoArgs) async throws -> DateTime? {
        DateTime(try await context.store.lastActivityAt(sessionId: row.id))
    }

    func durationSeconds(context: PeerContext, arguments: NoArgs) async throws -> Int? {
        let last = try await context.store.lastActivityAt(sessionId: row.id)
        return Values.durationSeconds(connectedAt: row.connectionTimestamp, lastActivityAt: last)
    }

    func toolCallCount(context: PeerContext, arguments: NoArgs) async throws -> Int? {
        try await context.store.toolCallCount(sessionId: row.id)
    }

    func supportTicketCount(context: PeerContext, arguments: NoArgs) async throws -> Int? {
        try await context.store.supportTicketCount(sessionId: row.id)
    }

    func errorCount(context: PeerContext, arguments: NoArgs) async throws -> Int? {
        try await context.store.errorCount(sessionId: row.id)
    }

    func timeline(context: PeerContext, arguments: PageArguments) async throws -> TimelineConnection {
        let page = try await context.store.timeline(sessionId: row.id, first: try arguments.size(), after: arguments.after)
        let edges = page.rows.map { item -> TimelineEdge in
            let node: any TimelineItem = switch item {
            case .toolCall(let call): ToolCall(row: call)
            case .ticket(let ticket): SupportTicket(row: ticket)
            }
            return TimelineEdge(cursor: Values.cursor(time: item.createdAt, id: item.id), node: node)
        }
        return TimelineConnection(edges: edges, pageInfo: PageInfo(
            hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage,
            startCursor: edges.first?.cursor, endCursor: edges.last?.cursor))
    }
}

struct TimelineEdge: Sendable {
    let cursor: String
    let node: any TimelineItem
}

struct TimelineConnection: Sendable {
    let edges: [TimelineEdge]
    let pageInfo: PageInfo
    var nodes: [any TimelineItem] { edges.map(\.node) }
}

struct ToolCall: TimelineItem {
    let row: ToolCallRow
    var id: ID { ID(row.id) }
    var createdAt: DateTime? { DateTime(row.createdAt) }
    var toolName: String { row.toolName }
    var isError: Bool { row.isError }

    func input(context: PeerContext, arguments: NoArgs) async throws -> Map? {
        try Self.json(try await context.store.payload(toolCallId: row.id, .input))
    }

    func output(context: PeerContext, arguments: NoArgs) async throws -> Map? {
        try Self.json(try await context.store.payload(toolCallId: row.id, .output))
    }

    /// The text blocks of an MCP CallToolResult joined by blank lines; null for any other output.
    func outputText(context: PeerContext, arguments: NoArgs) async throws -> String? {
        guard let output = try Self.json(try await context.store.payload(toolCallId: row.id, .output)),
              case .dictionary(let result) = output, case .array(let blocks)? = result["content"]
        else { return nil }
        var texts: [String] = []
        for case .dictionary(let block) in blocks {
            guard case .string("text")? = block["type"], case .string(let text)? = block["text"] else { continue }
            texts.append(text)
        }
        return texts.joined(separator: "\n\n")
    }

    func server(context: PeerContext, arguments: NoArgs) async throws -> Server? {
        try await context.store.server(id: row.serverId).map(Server.init)
    }

    func session(context: PeerContext, arguments: NoArgs) async throws -> Session? {
        try await context.store.session(id: row.sessionId).map(Session.init)
    }

    static func json(_ text: String?) throws -> Map? {
        guard let text else { return nil }
        return try JSONDecoder().decode(JSONPayload.self, from: Data(text.utf8)).map
    }
}

/// A JSON document decoded into a `Map`, each value once. (`Map`'s own `Decodable` decodes
/// every object twice, so its time doubles with each level of nesting.)
struct JSONPayload: Decodable {
    let map: Map

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let value = try? decoder.singleValueContainer() {
            if value.decodeNil() {
                map = .null
                return
            }
            if let flag = try? value.decode(Bool.self) {
                map = .bool(flag)
                return
            }
            if let number = try? value.decode(Double.self) {
                map = .number(Number(number))
                return
            }
            if let text = try? value.decode(String.self) {
                map = .string(text)
                return
            }
        }
        if var list = try? decoder.unkeyedContainer() {
            var items: [Map] = []
            while !list.isAtEnd { items.append(try list.decode(JSONPayload.self).map) }
            map = .array(items)
            return
        }
        let object = try decoder.container(keyedBy: Key.self)
        var fields = OrderedDictionary<String, Map>()
        for key in object.allKeys { fields[key.stringValue] = try object.decode(JSONPayload.self, forKey: key).map }
        map = .dictionary(fields)
    }
}

struct SupportTicket: TimelineItem {
    let row: TicketRow
    var id: ID { ID(row.id) }
    var createdAt: DateTime? { DateTime(row.createdAt) }
    var title: String? { row.title }
    var conciseSummary: String? { row.conciseSummary }
    var context: String? { row.context }
    var email: String { row.email }
    var resolvedAt: DateTime? { DateTime(row.resolvedAt) }
    var status: SupportTicketStatus { SupportTicketStatus(rawValue: Values.enumName(row.status)) ?? .pending }
    var priority: SupportTicketPriority { SupportTicketPriority(rawValue: Values.enumName(row.priority)) ?? .medium }

    func server(context: PeerContext, arguments: NoArgs) async throws -> Server? {
        guard let serverId = row.serverId else { return nil }
        return try await context.store.server(id: serverId).map(Server.init)
    }

    func session(context: PeerContext, arguments: NoArgs) async throws -> Session? {
        guard let sessionId = row.sessionId else { return nil }
        return try await context.store.session(id: sessionId).map(Session.init)
    }
}
