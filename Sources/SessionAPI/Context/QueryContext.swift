import GraphQLCore
import SessionStore

/// What one request's resolvers share: the caller's organization and one `BatchLoader` per
/// store read, so every level of a document costs one statement per read it needs however
/// many objects it holds. Created per request (loaders cache for the request only).
///
/// Every loader passes `organizationID` to the store, which answers only with that
/// organization's rows: no resolver can reach another tenant's data.
final class QueryContext: Sendable {
    let organizationID: String
    let store: SessionStore
    let limits: QueryLimits
    /// Store failures as clients see them; outages reported to the API's `reportError`.
    let failures: StoreFailure

    let organization: BatchLoader<String, OrganizationRecord>
    let organizationServers: BatchLoader<String, [ServerRecord]>
    let servers: BatchLoader<String, ServerRecord>
    let users: BatchLoader<String, UserRecord>
    let usersByIdentifier: BatchLoader<String, UserRecord>
    let firstSeen: BatchLoader<String, Int64>
    let userPages: BatchLoader<UsersPageKey, Page<UserRecord>>
    let sessions: BatchLoader<String, SessionRecord>
    let sessionPages: BatchLoader<PageKey, Page<SessionRecord>>
    let sessionCounts: BatchLoader<String, SessionCounts>
    let timelines: BatchLoader<PageKey, Page<TimelineItemRecord>>
    let toolCalls: BatchLoader<String, ToolCallRecord>
    let supportTickets: BatchLoader<String, SupportTicketRecord>
    let ticketPages: BatchLoader<PageKey, Page<SupportTicketRecord>>

    init(
        organizationID: String, store: SessionStore, limits: QueryLimits,
        reportError: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)? = nil
    ) {
        self.organizationID = organizationID
        self.store = store
        self.limits = limits
        let org = organizationID
        let failures = StoreFailure(report: reportError)
        self.failures = failures

        organization = BatchLoader { ids in
            // Only the caller's own organization is ever visible.
            guard ids.contains(org) else { return [:] }
            let record = try await failures.translating { try await store.organization(id: org) }
            return record.map { [org: $0] } ?? [:]
        }
        organizationServers = BatchLoader { ids in
            guard ids.contains(org) else { return [:] }
            return [org: try await failures.translating { try await store.servers(organizationId: org) }]
        }
        servers = BatchLoader { ids in
            try await failures.translating { try await store.servers(organizationId: org, ids: Set(ids)) }
        }
        users = BatchLoader { ids in
            try await failures.translating { try await store.users(organizationId: org, ids: Set(ids)) }
        }
        usersByIdentifier = BatchLoader { identifiers in
            try await failures.translating { try await store.users(organizationId: org, identifiers: Set(identifiers)) }
        }
        firstSeen = BatchLoader { ids in
            try await failures.translating { try await store.firstSeen(organizationId: org, userIds: Set(ids)) }
        }
        userPages = BatchLoader { keys in
            var pages: [UsersPageKey: Page<UserRecord>] = [:]
            for key in keys {
                pages[key] = try await failures.translating {
                    try await store.users(organizationId: org, search: key.search, first: key.first, after: key.after)
                }
            }
            return pages
        }
        sessions = BatchLoader { ids in
            try await failures.translating { try await store.sessions(organizationId: org, ids: Set(ids)) }
        }
        sessionPages = Self.pageLoader(failures) { parents, window in
            try await store.sessions(organizationId: org, userIds: parents, first: window.first, after: window.after)
        }
        sessionCounts = BatchLoader { ids in
            try await failures.translating { try await store.sessionCounts(organizationId: org, sessionIds: Set(ids)) }
        }
        timelines = Self.pageLoader(failures) { parents, window in
            try await store.timelines(
                organizationId: org, sessionIds: parents, first: window.first, after: window.after, order: window.order)
        }
        toolCalls = BatchLoader { ids in
            try await failures.translating { try await store.toolCalls(organizationId: org, ids: Set(ids)) }
        }
        supportTickets = BatchLoader { ids in
            try await failures.translating { try await store.supportTickets(organizationId: org, ids: Set(ids)) }
        }
        ticketPages = Self.pageLoader(failures) { parents, window in
            try await store.supportTickets(organizationId: org, emails: parents, first: window.first, after: window.after)
        }
    }

    /// A loader of child pages: keys asking for the same window are answered together by
    /// one store read (one statement); a level mixing windows costs one per window.
    private static func pageLoader<Node: Sendable>(
        _ failures: StoreFailure,
        _ read: @escaping @Sendable (Set<String>, PageWindow) async throws -> [String: Page<Node>]
    ) -> BatchLoader<PageKey, Page<Node>> {
        BatchLoader { keys in
            var windows: [PageWindow] = []
            var parentsByWindow: [PageWindow: Set<String>] = [:]
            for key in keys {
                if parentsByWindow[key.window] == nil { windows.append(key.window) }
                parentsByWindow[key.window, default: []].insert(key.parent)
            }
            var pages: [PageKey: Page<Node>] = [:]
            for window in windows {
                let found = try await failures.translating { try await read(parentsByWindow[window] ?? [], window) }
                for (parent, page) in found { pages[PageKey(parent: parent, window: window)] = page }
            }
            return pages
        }
    }
}
