import GraphQLCore
import SessionStore

/// `Subscription`: each field's event source is a stream of the process's `ActivityWatcher`,
/// opened after checking that the organization has the session or user; each event is then
/// read through the event's own fresh loaders, which check tenancy again.
enum SubscriptionResolvers {
    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.subscription("Subscription", "timelineItemAdded") { _, arguments, context, _ in
            let watcher = try available(context)
            let sessionId = arguments.string("sessionId") ?? ""
            let found = try await context.failures.translating {
                try await context.store.sessions(organizationId: context.organizationID, ids: [sessionId])
            }
            guard found[sessionId] != nil else {
                throw GraphQLError("No session \"\(sessionId.prefix(200))\" in this organization.", code: .badUserInput)
            }
            return try await events(watcher, ActivityInterest(organizationId: context.organizationID, scope: .timeline(sessionId: sessionId)))
        }
        resolvers.field("Subscription", "timelineItemAdded", source: ActivityEvent.self) { event, _, context, _ in
            switch event.kind {
            case .supportTicket:
                .deferred(context.supportTickets.load(event.id).map { .optional($0, typeName: "SupportTicket") })
            default:
                .deferred(context.toolCalls.load(event.id).map { .optional($0, typeName: "ToolCall") })
            }
        }

        resolvers.subscription("Subscription", "sessionActivity") { _, arguments, context, _ in
            let watcher = try available(context)
            let userId = arguments.string("userId")
            if let userId {
                let found = try await context.failures.translating {
                    try await context.store.users(organizationId: context.organizationID, ids: [userId])
                }
                guard found[userId] != nil else {
                    throw GraphQLError("No user \"\(userId.prefix(200))\" in this organization.", code: .badUserInput)
                }
            }
            return try await events(watcher, ActivityInterest(organizationId: context.organizationID, scope: .sessions(userId: userId)))
        }
        resolvers.field("Subscription", "sessionActivity", source: ActivityEvent.self) { event, _, context, _ in
            .deferred(context.sessions.load(event.sessionId).map { .optional($0) })
        }
    }

    static func available(_ context: QueryContext) throws -> ActivityWatcher {
        guard let watcher = context.watcher else {
            throw GraphQLError("This server does not serve subscriptions.", code: .operationResolutionFailure)
        }
        return watcher
    }

    /// The watcher's stream as the engine's event source. Pulled one event at a time, so
    /// events wait only in the watcher's bounded buffer.
    static func events(_ watcher: ActivityWatcher, _ interest: ActivityInterest) async throws -> AsyncThrowingStream<any Sendable, any Error> {
        let stream = try await watcher.subscribe(interest)
        let events = PulledIterator(stream.makeAsyncIterator())
        return AsyncThrowingStream { try await events.next() }
    }
}
