import GraphQLCore
import SessionStore

/// `Session`: figures come from the counts loader (live rows, one statement per level) and
/// the timeline from the timeline loader, both keyed by session id.
enum SessionResolvers {
    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("Session", "id", source: SessionRecord.self) { session, _, _, _ in .string(session.id) }
        resolvers.field("Session", "title", source: SessionRecord.self) { session, _, _, _ in .string(session.title) }
        resolvers.field("Session", "displayTitle", source: SessionRecord.self) { session, _, context, _ in
            if let title = session.title, !title.allSatisfy(\.isWhitespace) { return .string(title) }
            return .deferred(context.servers.load(session.serverId).map { server in
                .string(server?.name ?? session.id)
            })
        }
        resolvers.field("Session", "server", source: SessionRecord.self) { session, _, context, _ in
            .deferred(context.servers.load(session.serverId).map { .optional($0) })
        }
        resolvers.field("Session", "user", source: SessionRecord.self) { session, _, context, _ in
            guard let userId = session.userId else { return .null }
            return .deferred(context.users.load(userId).map { .optional($0) })
        }
        resolvers.field("Session", "connectionDate", source: SessionRecord.self) { session, _, _, _ in
            .string(session.connectionDate)
        }
        resolvers.field("Session", "connectedAt", source: SessionRecord.self) { session, _, _, _ in
            .int(session.connectionTimestamp.map(Int.init))
        }
        resolvers.field("Session", "lastActivityAt", source: SessionRecord.self) { session, _, context, _ in
            counts(of: session, context) { .int($0?.lastActivityAt.map(Int.init)) }
        }
        resolvers.field("Session", "durationSeconds", source: SessionRecord.self) { session, _, context, _ in
            counts(of: session, context) { counts in
                guard let start = session.connectionTimestamp, let end = counts?.lastActivityAt else { return .null }
                return .int(Int(max(end - start, 0) / 1000))
            }
        }
        resolvers.field("Session", "toolCallCount", source: SessionRecord.self) { session, _, context, _ in
            counts(of: session, context) { .int($0?.toolCallCount ?? 0) }
        }
        resolvers.field("Session", "supportTicketCount", source: SessionRecord.self) { session, _, context, _ in
            counts(of: session, context) { .int($0?.supportTicketCount ?? 0) }
        }
        resolvers.field("Session", "errorCount", source: SessionRecord.self) { session, _, context, _ in
            counts(of: session, context) { .int($0?.errorCount ?? 0) }
        }
        resolvers.field("Session", "openTicketCount", source: SessionRecord.self) { session, _, context, _ in
            counts(of: session, context) { .int($0?.openTicketCount ?? 0) }
        }
        resolvers.field("Session", "toolUsage", source: SessionRecord.self) { session, _, context, _ in
            .deferred(context.toolUsage.load(session.id).map { usage in .list((usage ?? []).map { .object($0) }) })
        }
        resolvers.field("ToolUsage", "toolName", source: ToolUsageRecord.self) { usage, _, _, _ in .string(usage.toolName) }
        resolvers.field("ToolUsage", "count", source: ToolUsageRecord.self) { usage, _, _, _ in .int(usage.count) }
        resolvers.field("ToolUsage", "errorCount", source: ToolUsageRecord.self) { usage, _, _, _ in .int(usage.errorCount) }
        resolvers.field("ToolUsage", "firstCalledAt", source: ToolUsageRecord.self) { usage, _, _, _ in
            .int(usage.firstCalledAt.map(Int.init))
        }
        resolvers.field("ToolUsage", "lastCalledAt", source: ToolUsageRecord.self) { usage, _, _, _ in
            .int(usage.lastCalledAt.map(Int.init))
        }
        resolvers.field("Session", "timeline", source: SessionRecord.self) { session, arguments, context, _ in
            let field = "Session.timeline"
            let order = arguments.string("order").flatMap(TimelineOrder.init(graphQLName:)) ?? .oldestFirst
            let filter = try FilterArguments.timeline(arguments, field: field)
            let window = try PageArguments.window(
                arguments, list: order.cursorList, limits: context.limits, field: field, filter: filter, order: order)
            return .deferred(context.timelines.load(PageKey(parent: session.id, window: window)).map { page in
                if page == nil, let around = window.around { throw PageArguments.notInList(around, field: field) }
                return .object(Connection(page) {
                    context.timelineTotals.load(TotalKey(parent: session.id, filter: filter)).map { $0 ?? 0 }
                })
            })
        }
    }

    private static func counts(
        of session: SessionRecord, _ context: QueryContext,
        _ value: @escaping @Sendable (SessionCounts?) -> FieldValue
    ) -> FieldValue {
        .deferred(context.sessionCounts.load(session.id).map(value))
    }
}
