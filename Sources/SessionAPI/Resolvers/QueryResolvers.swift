import GraphQLCore
import SessionStore

/// `Query`: entry points. Every look-up goes through a loader scoped to the caller's
/// organization, so another organization's id resolves to null like an unknown one.
enum QueryResolvers {
    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("Query", "viewer") { _, _, context, _ in
            .deferred(context.organization.load(context.organizationID).map { organization in
                // The organization is the server's own setting, not the client's input: its
                // absence is a fault of the deployment.
                guard let organization else {
                    throw GraphQLError(
                        "The organization \(context.organizationID) does not exist.", code: .internalServerError)
                }
                return .object(organization)
            })
        }
        resolvers.field("Query", "node") { _, arguments, context, _ in
            .deferred(NodeLookup.load(arguments.string("id") ?? "", context: context))
        }
        resolvers.field("Query", "users") { _, arguments, context, _ in
            let window = try PageArguments.window(
                arguments, list: .users, limits: context.limits, field: "Query.users", filter: NoFilter())
            let search = try FilterArguments.search(arguments.string("search"), argument: "search", field: "Query.users")
            let key = UsersPageKey(search: search, range: window.range)
            return .deferred(context.userPages.load(key).map { page in
                .object(Connection(page) { context.userTotals.load(search ?? "").map { $0 ?? 0 } })
            })
        }
        resolvers.field("Query", "sessions") { _, arguments, context, _ in
            let filter = try FilterArguments.sessions(arguments, field: "Query.sessions")
            let window = try PageArguments.window(
                arguments, list: .organizationSessions, limits: context.limits, field: "Query.sessions", filter: filter)
            return .deferred(context.organizationSessionPages.load(window).map { page in
                .object(Connection(page) { context.organizationSessionTotals.load(filter).map { $0 ?? 0 } })
            })
        }
        resolvers.field("Query", "supportTickets") { _, arguments, context, _ in
            let filter = try FilterArguments.tickets(arguments, field: "Query.supportTickets")
            let window = try PageArguments.window(
                arguments, list: .organizationTickets, limits: context.limits, field: "Query.supportTickets", filter: filter)
            return .deferred(context.organizationTicketPages.load(window).map { page in
                .object(Connection(page) { context.organizationTicketTotals.load(filter).map { $0 ?? 0 } })
            })
        }
        resolvers.field("Query", "user") { _, arguments, context, _ in
            let identifier = arguments.string("identifier") ?? ""
            guard !identifier.isEmpty else { return .null }
            return .deferred(context.usersByIdentifier.load(identifier).map { .optional($0) })
        }
        resolvers.field("Query", "session") { _, arguments, context, _ in
            .deferred(context.sessions.load(arguments.string("id") ?? "").map { .optional($0) })
        }
        resolvers.field("Query", "toolCall") { _, arguments, context, _ in
            .deferred(context.toolCalls.load(arguments.string("id") ?? "").map { .optional($0) })
        }
        resolvers.field("Query", "supportTicket") { _, arguments, context, _ in
            .deferred(context.supportTickets.load(arguments.string("id") ?? "").map { .optional($0) })
        }
        resolvers.field("Query", "server") { _, arguments, context, _ in
            .deferred(context.servers.load(arguments.string("id") ?? "").map { .optional($0) })
        }
    }
}
