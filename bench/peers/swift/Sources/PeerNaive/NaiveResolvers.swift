import GraphQLCore
import PeerCommon

/// The resolvers of the fields the explorer's documents select. Every read is a
/// `Deferred` of its own (GraphQLCore runs those of one level concurrently), never a
/// `BatchLoader`: a level of twenty sessions sends twenty statements for their figures.
enum NaiveResolvers {
    static func make() -> Resolvers<Reads> {
        var resolvers = Resolvers<Reads>()
        query(&resolvers)
        organization(&resolvers)
        user(&resolvers)
        session(&resolvers)
        items(&resolvers)
        connections(&resolvers)
        return resolvers
    }

    /// A read whose result becomes the field's value.
    static func read(_ work: @escaping @Sendable () async throws -> FieldValue) -> FieldValue {
        .deferred(Deferred(work))
    }

    static func pageSize(_ arguments: GraphQLObject, field: String) throws -> Int {
        let first = arguments.int("first") ?? 20
        guard (1...100).contains(first) else {
            throw GraphQLError("Argument \"first\" of \(field) must be between 1 and 100; got \(first).")
        }
        return first
    }

    static func timelineItem(_ item: TimelineRow) -> FieldValue {
        switch item {
        case .toolCall(let call): .object(call, typeName: "ToolCall")
        case .ticket(let ticket): .object(ticket, typeName: "SupportTicket")
        }
    }

    static func query(_ resolvers: inout Resolvers<Reads>) {
        resolvers.field("Query", "viewer") { _, _, reads, _ in
            read {
                guard let organization = try await reads.store.organizationRow() else {
                    throw GraphQLError("The organization \(reads.store.organization) does not exist.")
                }
                return .object(organization)
            }
        }
        resolvers.field("Query", "user") { _, arguments, reads, _ in
            let identifier = arguments.string("identifier") ?? ""
            guard !identifier.isEmpty else { return .null }
            return read { .optional(try await reads.store.user(identifier: identifier)) }
        }
        resolvers.field("Query", "session") { _, arguments, reads, _ in
            let id = arguments.string("id") ?? ""
            return read { .optional(try await reads.session(id)) }
        }
        resolvers.field("Query", "node") { _, arguments, reads, _ in
            let id = arguments.string("id") ?? ""
            return read {
                for kind in Values.nodeKinds(of: id, organization: reads.store.organization) {
                    let found: FieldValue
                    switch kind {
                    case .organization:
                        found = .optional(try await reads.store.organizationRow(), typeName: "Organization")
                    case .server: found = .optional(try await reads.server(id), typeName: "McpServer")
                    case .user: found = .optional(try await reads.store.user(identifier: id, idOnly: true), typeName: "User")
                    case .session: found = .optional(try await reads.session(id), typeName: "Session")
                    case .toolCall: found = .optional(try await reads.store.toolCall(id: id), typeName: "ToolCall")
                    case .supportTicket: found = .optional(try await reads.store.ticket(id: id), typeName: "SupportTicket")
                    }
                    if case .null = found { continue }
                    return found
                }
                return .null
            }
        }
    }

    static func organization(_ resolvers: inout Resolvers<Reads>) {
        resolvers.field("Organization", "id", source: OrganizationRow.self) { org, _, _, _ in .string(org.id) }
        resolvers.field("Organization", "name", source: OrganizationRow.self) { org, _, _, _ in .string(org.name) }
        resolvers.field("Organization", "slug", source: OrganizationRow.self) { org, _, _, _ in .string(org.slug) }
        resolvers.field("McpServer", "id", source: ServerRow.self) { server, _, _, _ in .string(server.id) }
        resolvers.field("McpServer", "name", source: ServerRow.self) { server, _, _, _ in .string(server.name) }
        resolvers.field("McpServer", "slug", source: ServerRow.self) { server, _, _, _ in .string(server.slug) }
    }

    static func user(_ resolvers: inout Resolvers<Reads>) {
        resolvers.field("User", "id", source: UserRow.self) { user, _, _, _ in .string(user.id) }
        resolvers.field("User", "trackingId", source: UserRow.self) { user, _, _, _ in .string(user.distinctId) }
        resolvers.field("User", "email", source: UserRow.self) { user, _, _, _ in .string(user.email) }
        resolvers.field("User", "name", source: UserRow.self) { user, _, _, _ in .string(user.name) }
        resolvers.field("User", "image", source: UserRow.self) { user, _, _, _ in .string(user.image) }
        resolvers.field("User", "emailVerified", source: UserRow.self) { user, _, _, _ in .bool(user.emailVerified) }
        resolvers.field("User", "lastActiveAt", source: UserRow.self) { user, _, _, _ in
            .int(user.lastActiveAt.map(Int.init))
        }
        resolvers.field("User", "firstSeenAt", source: UserRow.self) { user, _, reads, _ in
            read { .int(try await reads.store.firstSeen(userId: user.id).map(Int.init)) }
        }
        resolvers.field("User", "sessions", source: UserRow.self) { user, arguments, reads, _ in
            let first = try pageSize(arguments, field: "User.sessions")
            let after = arguments.string("after")
            return read {
                let page = try await reads.store.sessions(userId: user.id, first: first, after: after)
                return .object(Page(
                    edges: page.rows.map { Edge(cursor: Values.cursor(time: $0.connectionTimestamp, id: $0.id), node: .object($0)) },
                    hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage))
            }
        }
    }

    static func session(_ resolvers: inout Resolvers<Reads>) {
        resolvers.field("Session", "id", source: SessionRow.self) { session, _, _, _ in .string(session.id) }
        resolvers.field("Session", "title", source: SessionRow.self) { session, _, _, _ in .string(session.title) }
        resolvers.field("Session", "displayTitle", source: SessionRow.self) { session, _, reads, _ in
            if let title = session.title, !title.allSatisfy(\.isWhitespace) { return .string(title) }
            return read {
                let server = try await reads.server(session.serverId)
                return .string(Values.displayTitle(title: nil, serverName: server?.name, sessionId: session.id))
            }
        }
        resolvers.field("Session", "server", source: SessionRow.self) { session, _, reads, _ in
            read { .optional(try await reads.server(session.serverId)) }
        }
        resolvers.field("Session", "connectionDate", source: SessionRow.self) { session, _, _, _ in
            .string(session.connectionDate)
        }
        resolvers.field("Session", "connectedAt", source: SessionRow.self) { session, _, _, _ in
            .int(session.connectionTimestamp.map(Int.init))
        }
        func figure(_ name: String, _ value: @escaping @Sendable (SessionRow, SessionFigures?) -> FieldValue) {
            resolvers.field("Session", name, source: SessionRow.self) { session, _, reads, _ in
                read { value(session, try await reads.figures(session.id)) }
            }
        }
        figure("lastActivityAt") { _, figures in .int(figures?.lastActivityAt.map(Int.init)) }
        figure("durationSeconds") { session, figures in
            .int(Values.durationSeconds(connectedAt: session.connectionTimestamp, lastActivityAt: figures?.lastActivityAt))
        }
        figure("toolCallCount") { _, figures in .int(figures?.toolCallCount ?? 0) }
        figure("supportTicketCount") { _, figures in .int(figures?.supportTicketCount ?? 0) }
        figure("errorCount") { _, figures in .int(figures?.errorCount ?? 0) }
        resolvers.field("Session", "timeline", source: SessionRow.self) { session, arguments, reads, _ in
            let first = try pageSize(arguments, field: "Session.timeline")
            let after = arguments.string("after")
            return read {
                let page = try await reads.store.timeline(sessionId: session.id, first: first, after: after)
                return .object(Page(
                    edges: page.rows.map { Edge(cursor: Values.cursor(time: $0.createdAt, id: $0.id), node: timelineItem($0)) },
                    hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage))
            }
        }
    }

    static func items(_ resolvers: inout Resolvers<Reads>) {
        resolvers.field("ToolCall", "id", source: ToolCallRow.self) { call, _, _, _ in .string(call.id) }
        resolvers.field("ToolCall", "createdAt", source: ToolCallRow.self) { call, _, _, _ in .int(call.createdAt.map(Int.init)) }
        resolvers.field("ToolCall", "toolName", source: ToolCallRow.self) { call, _, _, _ in .string(call.toolName) }
        resolvers.field("ToolCall", "isError", source: ToolCallRow.self) { call, _, _, _ in .bool(call.isError) }
        resolvers.field("ToolCall", "input", source: ToolCallRow.self) { call, _, reads, _ in
            read { .value(Payload.value(try await reads.payloads(call.id)?.input)) }
        }
        resolvers.field("ToolCall", "output", source: ToolCallRow.self) { call, _, reads, _ in
            read { .value(Payload.value(try await reads.payloads(call.id)?.output)) }
        }
        resolvers.field("ToolCall", "outputText", source: ToolCallRow.self) { call, _, reads, _ in
            read {
                guard let output = try await reads.payloads(call.id)?.output else { return .null }
                return .string(Payload.callToolResultText(Payload.value(output)))
            }
        }
        resolvers.field("ToolCall", "server", source: ToolCallRow.self) { call, _, reads, _ in
            read { .optional(try await reads.server(call.serverId)) }
        }
        resolvers.field("ToolCall", "session", source: ToolCallRow.self) { call, _, reads, _ in
            read { .optional(try await reads.session(call.sessionId)) }
        }

        resolvers.field("SupportTicket", "id", source: TicketRow.self) { ticket, _, _, _ in .string(ticket.id) }
        resolvers.field("SupportTicket", "createdAt", source: TicketRow.self) { ticket, _, _, _ in
            .int(ticket.createdAt.map(Int.init))
        }
        resolvers.field("SupportTicket", "title", source: TicketRow.self) { ticket, _, _, _ in .string(ticket.title) }
        resolvers.field("SupportTicket", "conciseSummary", source: TicketRow.self) { ticket, _, _, _ in
            .string(ticket.conciseSummary)
        }
        resolvers.field("SupportTicket", "context", source: TicketRow.self) { ticket, _, _, _ in .string(ticket.context) }
        resolvers.field("SupportTicket", "status", source: TicketRow.self) { ticket, _, _, _ in
            .string(Values.enumName(ticket.status))
        }
        resolvers.field("SupportTicket", "priority", source: TicketRow.self) { ticket, _, _, _ in
            .string(Values.enumName(ticket.priority))
        }
        resolvers.field("SupportTicket", "resolvedAt", source: TicketRow.self) { ticket, _, _, _ in
            .int(ticket.resolvedAt.map(Int.init))
        }
        resolvers.field("SupportTicket", "email", source: TicketRow.self) { ticket, _, _, _ in .string(ticket.email) }
        resolvers.field("SupportTicket", "server", source: TicketRow.self) { ticket, _, reads, _ in
            guard let serverId = ticket.serverId else { return .null }
            return read { .optional(try await reads.server(serverId)) }
        }
        resolvers.field("SupportTicket", "session", source: TicketRow.self) { ticket, _, reads, _ in
            guard let sessionId = ticket.sessionId else { return .null }
            return read { .optional(try await reads.session(sessionId)) }
        }
    }

    static func connections(_ resolvers: inout Resolvers<Reads>) {
        for connection in ["SessionConnection", "TimelineConnection"] {
            resolvers.field(connection, "edges", source: Page.self) { page, _, _, _ in .list(page.edges.map { .object($0) }) }
            resolvers.field(connection, "nodes", source: Page.self) { page, _, _, _ in .list(page.edges.map(\.node)) }
            resolvers.field(connection, "pageInfo", source: Page.self) { page, _, _, _ in .object(page) }
        }
        for edge in ["SessionEdge", "TimelineEdge"] {
            resolvers.field(edge, "cursor", source: Edge.self) { edge, _, _, _ in .string(edge.cursor) }
            resolvers.field(edge, "node", source: Edge.self) { edge, _, _, _ in edge.node }
        }
        resolvers.field("PageInfo", "hasNextPage", source: Page.self) { page, _, _, _ in .bool(page.hasNextPage) }
        resolvers.field("PageInfo", "hasPreviousPage", source: Page.self) { page, _, _, _ in .bool(page.hasPreviousPage) }
        resolvers.field("PageInfo", "startCursor", source: Page.self) { page, _, _, _ in .string(page.edges.first?.cursor) }
        resolvers.field("PageInfo", "endCursor", source: Page.self) { page, _, _, _ in .string(page.edges.last?.cursor) }
    }
}
