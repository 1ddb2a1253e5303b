import Foundation
import GraphQLCore
import SessionStore

/// `Mutation`: session titles, the one piece of data SessionQL owns.
enum MutationResolvers {
    static let maxTitleLength = 200

    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("Mutation", "setSessionTitle") { _, arguments, context, _ in
            let id = arguments.string("id") ?? ""
            let title = try normalizedTitle(arguments.string("title"))
            return .deferred(Deferred {
                let session = try await context.failures.translating {
                    try await context.store.setSessionTitle(organizationId: context.organizationID, sessionId: id, title: title)
                }
                // Later reads in this request must see the new title.
                context.sessions.clear(id)
                if let session {
                    context.sessions.prime(id, session)
                    // Subscribers hear of it at the next poll, which this starts. On
                    // PostgreSQL the update's own notification tells every process, this one
                    // included, once it commits.
                    if context.store.database.dialect != .postgres {
                        await context.watcher?.sessionChanged(sessionId: id)
                    }
                }
                return FieldValue.optional(session)
            })
        }
    }

    /// Trimmed; blank becomes nil (clears the title); longer than the limit is refused.
    static func normalizedTitle(_ title: String?) throws -> String? {
        guard let trimmed = title?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maxTitleLength else {
            throw GraphQLError(
                "A session title has at most \(maxTitleLength) characters; got \(trimmed.count).", code: .badUserInput)
        }
        return trimmed
    }
}
