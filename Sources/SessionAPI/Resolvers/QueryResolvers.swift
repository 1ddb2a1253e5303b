import Foundation
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
                arguments, list: .users, defaultFirst: 20, limits: context.limits, field: "Query.users")
            let search = arguments.string("search").flatMap { text -> String? in
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty ? nil : trimmed
            }
            if let search, search.count > 200 {
                throw GraphQLError("Argument \"search\" of Query.users must be at most 200 characters.", code: .badUserInput)
            }
            let key = UsersPageKey(search: search, first: window.first, after: window.after)
            return .deferred(context.userPages.load(key).map { .object(Connection($0, window: window)) })
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
