import Graphiti
import enum GraphQL.Map
import PeerCommon

/// The root fields: each reads its one object.
struct Resolver: Sendable {
    struct IdentifierArguments: Codable, Sendable {
        let identifier: String
    }

    struct IDArguments: Codable, Sendable {
        let id: ID
    }

    func viewer(context: PeerContext, arguments: NoArgs) async throws -> Organization {
        guard let row = try await context.store.organizationRow() else {
            throw PeerFailure("The organization \(context.store.organization) does not exist.")
        }
        return Organization(row: row)
    }

    func user(context: PeerContext, arguments: IdentifierArguments) async throws -> User? {
        guard !arguments.identifier.isEmpty else { return nil }
        return try await context.store.user(identifier: arguments.identifier).map(User.init)
    }

    func session(context: PeerContext, arguments: IDArguments) async throws -> Session? {
        try await context.store.session(id: arguments.id.value).map(Session.init)
    }

    func node(context: PeerContext, arguments: IDArguments) async throws -> (any Node)? {
        let store = context.store
        let id = arguments.id.value
        for kind in Values.nodeKinds(of: id, organization: store.organization) {
            let found: (any Node)? = switch kind {
            case .organization: try await store.organizationRow().map(Organization.init)
            case .server: try await store.server(id: id).map(Server.init)
            case .user: try await store.user(identifier: id, idOnly: true).map(User.init)
            case .session: try await store.session(id: id).map(Session.init)
            case .toolCall: try await store.toolCall(id: id).map(ToolCall.init)
            case .supportTicket: try await store.ticket(id: id).map(SupportTicket.init)
            }
            if let found { return found }
        }
        return nil
    }
}

/// The part of SessionQL's schema that the explorer's documents select, with the same
/// type and field names.
let sessionSchema = try! Schema<Resolver, PeerContext> {
    Scalar(ID.self, as: "ID")
    Scalar(DateTime.self, as: "DateTime")
    Scalar(Map.self, as: "JSON", serialize: { value, _ in value as? Map ?? .null })
    Enum(SupportTicketStatus.self) {
        Value(.needsEmail)
        Value(.pending)
        Value(.inProgress)
        Value(.resolved)
        Value(.closed)
    }
    Enum(SupportTicketPriority.self) {
        Value(.low)
        Value(.medium)
        Value(.high)
        Value(.critical)
    }

    Interface(Node.self) {
        Field("id", at: \.id)
    }
    Interface(TimelineItem.self) {
        Field("id", at: \.id)
        Field("createdAt", at: \.createdAt)
    }

    Type(Organization.self, interfaces: [Node.self]) {
        Field("id", at: \.id)
        Field("name", at: \.name)
        Field("slug", at: \.slug)
    }
    Type(Server.self, as: "McpServer", interfaces: [Node.self]) {
        Field("id", at: \.id)
        Field("name", at: \.name)
        Field("slug", at: \.slug)
    }
    Type(PageInfo.self) {
        Field("hasNextPage", at: \.hasNextPage)
        Field("hasPreviousPage", at: \.hasPreviousPage)
        Field("startCursor", at: \.startCursor)
        Field("endCursor", at: \.endCursor)
    }
    Type(User.self, interfaces: [Node.self]) {
        Field("id", at: \.id)
        Field("trackingId", at: \.trackingId)
        Field("email", at: \.email)
        Field("name", at: \.name)
        Field("image", at: \.image)
        Field("emailVerified", at: \.emailVerified)
        Field("lastActiveAt", at: \.lastActiveAt)
        Field("firstSeenAt", at: User.firstSeenAt)
        Field("sessions", at: User.sessions) {
            Argument("first", at: \.first)
            Argument("after", at: \.after)
        }
    }
    Type(Session.self, interfaces: [Node.self]) {
        Field("id", at: \.id)
        Field("title", at: \.title)
        Field("displayTitle", at: Session.displayTitle)
        Field("server", at: Session.server)
        Field("connectionDate", at: \.connectionDate)
        Field("connectedAt", at: \.connectedAt)
        Field("lastActivityAt", at: Session.lastActivityAt)
        Field("durationSeconds", at: Session.durationSeconds)
        Field("toolCallCount", at: Session.toolCallCount)
        Field("supportTicketCount", at: Session.supportTicketCount)
        Field("errorCount", at: Session.errorCount)
        Field("timeline", at: Session.timeline) {
            Argument("first", at: \.first)
            Argument("after", at: \.after)
        }
    }
    Type(SessionEdge.self) {
        Field("cursor", at: \.cursor)
        Field("node", at: \.node)
    }
    Type(SessionConnection.self) {
        Field("edges", at: \.edges)
        Field("nodes", at: \.nodes)
        Field("pageInfo", at: \.pageInfo)
    }
    Type(ToolCall.self, interfaces: [Node.self, TimelineItem.self]) {
        Field("id", at: \.id)
        Field("createdAt", at: \.createdAt)
        Field("toolName", at: \.toolName)
        Field("isError", at: \.isError)
        Field("input", at: ToolCall.input)
        Field("output", at: ToolCall.output)
        Field("outputText", at: ToolCall.outputText)
        Field("server", at: ToolCall.server)
        Field("session", at: ToolCall.session)
    }
    Type(SupportTicket.self, interfaces: [Node.self, TimelineItem.self]) {
        Field("id", at: \.id)
        Field("createdAt", at: \.createdAt)
        Field("title", at: \.title)
        Field("conciseSummary", at: \.conciseSummary)
        Field("context", at: \.context)
        Field("status", at: \.status)
        Field("priority", at: \.priority)
        Field("email", at: \.email)
        Field("resolvedAt", at: \.resolvedAt)
        Field("server", at: SupportTicket.server)
        Field("session", at: SupportTicket.session)
    }
    Type(TimelineEdge.self) {
        Field("cursor", at: \.cursor)
        Field("node", at: \.node)
    }
    Type(TimelineConnection.self) {
        Field("edges", at: \.edges)
        Field("nodes", at: \.nodes)
        Field("pageInfo", at: \.pageInfo)
    }

    Query {
        Field("viewer", at: Resolver.viewer)
        Field("user", at: Resolver.user) {
            Argument("identifier", at: \.identifier)
        }
        Field("session", at: Resolver.session) {
            Argument("id", at: \.id)
        }
        Field("node", at: Resolver.node) {
            Argument("id", at: \.id)
        }
    }
}

struct SessionAPI: API {
    let resolver = Resolver()
    let schema = sessionSchema
}
