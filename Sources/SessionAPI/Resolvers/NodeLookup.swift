import GraphQLCore
import SessionStore

/// `Query.node(id:)` over every `Node` type. Ids are the stored ones, so the type is told by
/// the id's prefix where MCPlatform gives one (`mcpu_`, `tc_`, `sr_`, and the seeded
/// `sess_`/`srv_`); any other id is looked up as a session and as a server at once. The
/// organization is only ever the caller's own.
enum NodeLookup {
    enum Kind {
        case organization, server, user, session, toolCall, supportTicket
    }

    static func kinds(of id: String, organizationID: String) -> [Kind] {
        if id == organizationID { return [.organization] }
        if id.hasPrefix("mcpu_") { return [.user] }
        if id.hasPrefix("tc_") { return [.toolCall] }
        if id.hasPrefix("sr_") { return [.supportTicket] }
        if id.hasPrefix("sess_") { return [.session] }
        if id.hasPrefix("srv_") { return [.server] }
        if id.hasPrefix("org_") { return [] }
        return [.session, .server]
    }

    static func load(_ id: String, context: QueryContext) -> Deferred<FieldValue> {
        let lookups = kinds(of: id, organizationID: context.organizationID).map { load($0, id: id, context: context) }
        return Deferred.all(lookups).map { found in found.first { !$0.isAbsent } ?? .null }
    }

    private static func load(_ kind: Kind, id: String, context: QueryContext) -> Deferred<FieldValue> {
        switch kind {
        case .organization:
            return context.organization.load(id).map { .optional($0, typeName: "Organization") }
        case .server:
            return context.servers.load(id).map { .optional($0, typeName: "McpServer") }
        case .user:
            return context.users.load(id).map { .optional($0, typeName: "User") }
        case .session:
            return context.sessions.load(id).map { .optional($0, typeName: "Session") }
        case .toolCall:
            return context.toolCalls.load(id).map { .optional($0, typeName: "ToolCall") }
        case .supportTicket:
            return context.supportTickets.load(id).map { .optional($0, typeName: "SupportTicket") }
        }
    }
}

extension FieldValue {
    /// Whether a look-up found nothing.
    var isAbsent: Bool {
        if case .null = self { return true }
        return false
    }
}
