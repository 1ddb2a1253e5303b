import GraphQLCore
import SessionStore

/// `User`: an end user as the caller's organization sees them.
enum UserResolvers {
    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("User", "id", source: UserRecord.self) { user, _, _, _ in .string(user.id) }
        resolvers.field("User", "trackingId", source: UserRecord.self) { user, _, _, _ in .string(user.distinctId) }
        resolvers.field("User", "email", source: UserRecord.self) { user, _, _, _ in .string(user.email) }
        resolvers.field("User", "upstreamSub", source: UserRecord.self) { user, _, _, _ in .string(user.upstreamSub) }
        resolvers.field("User", "profileData", source: UserRecord.self) { user, _, _, _ in
            .value(StoredJSON.value(user.profileData))
        }
        // The first connection to this organization's servers, not the platform's first sight
        // of the user, which would reveal activity at another organization.
        resolvers.field("User", "firstSeenAt", source: UserRecord.self) { user, _, context, _ in
            .deferred(context.firstSeen.load(user.id).map { .int($0.map(Int.init)) })
        }
        resolvers.field("User", "name", source: UserRecord.self) { user, _, _, _ in .string(user.name) }
        resolvers.field("User", "image", source: UserRecord.self) { user, _, _, _ in .string(user.image) }
        resolvers.field("User", "emailVerified", source: UserRecord.self) { user, _, _, _ in .bool(user.emailVerified) }
        resolvers.field("User", "lastActiveAt", source: UserRecord.self) { user, _, _, _ in
            .int(user.lastActiveAt.map(Int.init))
        }
        resolvers.field("User", "sessionCount", source: UserRecord.self) { user, _, context, _ in
            .deferred(context.userCounts.load(user.id).map { .int($0?.sessionCount ?? 0) })
        }
        resolvers.field("User", "toolCallCount", source: UserRecord.self) { user, _, context, _ in
            .deferred(context.userCounts.load(user.id).map { .int($0?.toolCallCount ?? 0) })
        }
        resolvers.field("User", "errorCount", source: UserRecord.self) { user, _, context, _ in
            .deferred(context.userCounts.load(user.id).map { .int($0?.errorCount ?? 0) })
        }
        resolvers.field("User", "supportTicketCount", source: UserRecord.self) { user, _, context, _ in
            .deferred(context.userCounts.load(user.id).map { .int($0?.supportTicketCount ?? 0) })
        }
        resolvers.field("User", "sessions", source: UserRecord.self) { user, arguments, context, _ in
            let field = "User.sessions"
            let filter = try FilterArguments.sessions(arguments, field: field)
            let window = try PageArguments.window(
                arguments, list: .sessions, limits: context.limits, field: field, filter: filter)
            return .deferred(context.sessionPages.load(PageKey(parent: user.id, window: window)).map { page in
                if page == nil, let around = window.around { throw PageArguments.notInList(around, field: field) }
                return .object(Connection(page) {
                    context.sessionTotals.load(TotalKey(parent: user.id, filter: filter)).map { $0 ?? 0 }
                })
            })
        }
        resolvers.field("User", "supportTickets", source: UserRecord.self) { user, arguments, context, _ in
            let window = try PageArguments.window(
                arguments, list: .tickets, limits: context.limits, field: "User.supportTickets", filter: NoFilter())
            // Tickets are matched by email: a user without one has none.
            guard let email = user.email else {
                return .object(Connection<SupportTicketRecord>(nil) { Deferred(value: 0) })
            }
            return .deferred(context.ticketPages.load(PageKey(parent: email, window: window)).map { page in
                .object(Connection(page) { context.ticketTotals.load(email).map { $0 ?? 0 } })
            })
        }
    }
}
