import GraphQLCore
import SessionStore

/// `ToolCall` and `SupportTicket`, the two kinds of `TimelineItem`.
enum TimelineItemResolvers {
    /// A timeline entry as the source of its concrete object type.
    static func value(_ item: TimelineItemRecord) -> FieldValue {
        switch item {
        case .toolCall(let call): .object(call, typeName: "ToolCall")
        case .supportTicket(let ticket): .object(ticket, typeName: "SupportTicket")
        }
    }

    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        registerToolCall(&resolvers)
        registerSupportTicket(&resolvers)
    }

    private static func registerToolCall(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("ToolCall", "id", source: ToolCallRecord.self) { call, _, _, _ in .string(call.id) }
        resolvers.field("ToolCall", "createdAt", source: ToolCallRecord.self) { call, _, _, _ in
            .int(call.createdAt.map(Int.init))
        }
        resolvers.field("ToolCall", "toolName", source: ToolCallRecord.self) { call, _, _, _ in .string(call.toolName) }
        PayloadResolvers.register(&resolvers)
        resolvers.field("ToolCall", "isError", source: ToolCallRecord.self) { call, _, _, _ in .bool(call.isError) }
        resolvers.field("ToolCall", "server", source: ToolCallRecord.self) { call, _, context, _ in
            .deferred(context.servers.load(call.serverId).map { .optional($0) })
        }
        resolvers.field("ToolCall", "user", source: ToolCallRecord.self) { call, _, context, _ in
            guard let userId = call.userId else { return .null }
            return .deferred(context.users.load(userId).map { .optional($0) })
        }
        resolvers.field("ToolCall", "session", source: ToolCallRecord.self) { call, _, context, _ in
            .deferred(context.sessions.load(call.sessionId).map { .optional($0) })
        }
    }

    private static func registerSupportTicket(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("SupportTicket", "id", source: SupportTicketRecord.self) { ticket, _, _, _ in .string(ticket.id) }
        resolvers.field("SupportTicket", "createdAt", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .int(ticket.createdAt.map(Int.init))
        }
        resolvers.field("SupportTicket", "title", source: SupportTicketRecord.self) { ticket, _, _, _ in .string(ticket.title) }
        resolvers.field("SupportTicket", "conciseSummary", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .string(ticket.conciseSummary)
        }
        resolvers.field("SupportTicket", "context", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .string(ticket.context)
        }
        resolvers.field("SupportTicket", "status", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .string(ticket.status.graphQLName)
        }
        resolvers.field("SupportTicket", "supportRequestMethod", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .string(ticket.supportRequestMethod.graphQLName)
        }
        resolvers.field("SupportTicket", "resolvedAt", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .int(ticket.resolvedAt.map(Int.init))
        }
        resolvers.field("SupportTicket", "email", source: SupportTicketRecord.self) { ticket, _, _, _ in .string(ticket.email) }
        // Tickets reach users by email, as `User.supportTickets` reaches tickets.
        resolvers.field("SupportTicket", "user", source: SupportTicketRecord.self) { ticket, _, context, _ in
            .deferred(context.usersByIdentifier.load(ticket.email).map { .optional($0) })
        }
        resolvers.field("SupportTicket", "server", source: SupportTicketRecord.self) { ticket, _, context, _ in
            guard let serverId = ticket.serverId else { return .null }
            return .deferred(context.servers.load(serverId).map { .optional($0) })
        }
        resolvers.field("SupportTicket", "session", source: SupportTicketRecord.self) { ticket, _, context, _ in
            guard let sessionId = ticket.sessionId else { return .null }
            return .deferred(context.sessions.load(sessionId).map { .optional($0) })
        }
        resolvers.field("SupportTicket", "assigneeId", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .string(ticket.assigneeId)
        }
        resolvers.field("SupportTicket", "priority", source: SupportTicketRecord.self) { ticket, _, _, _ in
            .string(ticket.priority.graphQLName)
        }
    }
}
