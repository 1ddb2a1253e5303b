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
    /// Where subscriptions get their events; nil serves none.
    let watcher: ActivityWatcher?
    /// Store failures as clients see them; outages reported to the API's `reportError`.
    let failures: StoreFailure

    let organization: BatchLoader<String, OrganizationRecord>
    let organizationServers: BatchLoader<String, [ServerRecord]>
    let servers: BatchLoader<String, ServerRecord>
    let users: BatchLoader<String, UserRecord>
    let usersByIdentifier: BatchLoader<String, UserRecord>
    let firstSeen: BatchLoader<String, Int64>
    let userPages: BatchLoader<UsersPageKey, Page<UserRecord>>
    /// Users in the list, keyed by search ("" for none).
    let userTotals: BatchLoader<String, Int>
    let userCounts: BatchLoader<String, UserCounts>
    let sessions: BatchLoader<String, SessionRecord>
    let sessionPages: BatchLoader<PageKey<SessionFilter>, Page<SessionRecord>>
    let sessionTotals: BatchLoader<TotalKey<SessionFilter>, Int>
    let organizationSessionPages: BatchLoader<PageWindow<SessionFilter>, Page<SessionRecord>>
    let organizationSessionTotals: BatchLoader<SessionFilter, Int>
    let sessionCounts: BatchLoader<String, SessionCounts>
    let toolUsage: BatchLoader<String, [ToolUsageRecord]>
    let timelines: BatchLoader<PageKey<TimelineFilter>, Page<TimelineItemRecord>>
    let timelineTotals: BatchLoader<TotalKey<TimelineFilter>, Int>
    let toolCalls: BatchLoader<String, ToolCallRecord>
    let payloads: BatchLoader<PayloadKey, PayloadValue>
    let supportTickets: BatchLoader<String, SupportTicketRecord>
    let ticketPages: BatchLoader<PageKey<NoFilter>, Page<SupportTicketRecord>>
    /// A user's tickets, keyed by email.
    let ticketTotals: BatchLoader<String, Int>
    let organizationTicketPages: BatchLoader<PageWindow<SupportTicketFilter>, Page<SupportTicketRecord>>
    let organizationTicketTotals: BatchLoader<SupportTicketFilter, Int>

    init(
        organizationID: String, store: SessionStore, limits: QueryLimits,
        reportError: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)? = nil,
        observeBatch: (@Sendable (_ loader: String, _ keys: Int) -> Void)? = nil,
        watcher: ActivityWatcher? = nil
    ) {
        self.watcher = watcher
        self.organizationID = organizationID
        self.store = store
        self.limits = limits
        let org = organizationID
        let failures = StoreFailure(report: reportError)
        self.failures = failures
        let observe = Observe(report: observeBatch)

        organization = BatchLoader(observe("organization") { ids in
            // Only the caller's own organization is ever visible.
            guard ids.contains(org) else { return [:] }
            let record = try await failures.translating { try await store.organization(id: org) }
            return record.map { [org: $0] } ?? [:]
        })
        // The by-id loaders are primed with the objects that lists and look-ups of the same
        // records return, so a later level asking for one of them by id needs no statement.
        let servers = BatchLoader<String, ServerRecord>(observe("servers") { ids in
            try await failures.translating { try await store.servers(organizationId: org, ids: Set(ids)) }
        })
        self.servers = servers
        organizationServers = BatchLoader(observe("organizationServers") { ids in
            guard ids.contains(org) else { return [:] }
            let found = try await failures.translating { try await store.servers(organizationId: org) }
            for server in found { servers.prime(server.id, server) }
            return [org: found]
        })
        // A user's id is also an identifier that matches only them (an id match wins).
        let users = BatchLoader<String, UserRecord>(observe("users") { ids in
            try await failures.translating { try await store.users(organizationId: org, ids: Set(ids)) }
        })
        self.users = users
        let usersByIdentifier = BatchLoader<String, UserRecord>(observe("usersByIdentifier") { identifiers in
            let found = try await failures.translating {
                try await store.users(organizationId: org, identifiers: Set(identifiers))
            }
            for user in found.values { users.prime(user.id, user) }
            return found
        })
        self.usersByIdentifier = usersByIdentifier
        firstSeen = BatchLoader(observe("firstSeen") { ids in
            try await failures.translating { try await store.firstSeen(organizationId: org, userIds: Set(ids)) }
        })
        userPages = Self.eachKey("userPages", failures, observe) { key in
            try await store.users(organizationId: org, search: key.search, range: key.range)
        }
        userTotals = Self.eachKey("userTotals", failures, observe) { search in
            try await store.userTotal(organizationId: org, search: search.isEmpty ? nil : search)
        }
        userCounts = BatchLoader(observe("userCounts") { ids in
            try await failures.translating { try await store.userCounts(organizationId: org, userIds: Set(ids)) }
        })
        let sessions = BatchLoader<String, SessionRecord>(observe("sessions") { ids in
            try await failures.translating { try await store.sessions(organizationId: org, ids: Set(ids)) }
        })
        self.sessions = sessions
        sessionPages = Self.pageLoader("sessionPages", failures, observe, priming: { sessions.prime($0.id, $0) }) {
            parents, window in
            if let around = window.around {
                return try await store.sessions(
                    organizationId: org, userIds: parents, around: around, size: window.range.size, filter: window.filter)
            }
            return try await store.sessions(organizationId: org, userIds: parents, range: window.range, filter: window.filter)
        }
        sessionTotals = Self.totalLoader("sessionTotals", failures, observe) { parents, filter in
            try await store.sessionTotals(organizationId: org, userIds: parents, filter: filter)
        }
        organizationSessionPages = Self.eachKey("organizationSessionPages", failures, observe) { window in
            let page = try await store.organizationSessions(organizationId: org, range: window.range, filter: window.filter)
            for edge in page.edges { sessions.prime(edge.node.id, edge.node) }
            return page
        }
        organizationSessionTotals = Self.eachKey("organizationSessionTotals", failures, observe) { filter in
            try await store.organizationSessionTotal(organizationId: org, filter: filter)
        }
        sessionCounts = BatchLoader(observe("sessionCounts") { ids in
            try await failures.translating { try await store.sessionCounts(organizationId: org, sessionIds: Set(ids)) }
        })
        toolUsage = BatchLoader(observe("toolUsage") { ids in
            try await failures.translating { try await store.toolUsage(organizationId: org, sessionIds: Set(ids)) }
        })
        let toolCalls = BatchLoader<String, ToolCallRecord>(observe("toolCalls") { ids in
            try await failures.translating { try await store.toolCalls(organizationId: org, ids: Set(ids)) }
        })
        self.toolCalls = toolCalls
        let supportTickets = BatchLoader<String, SupportTicketRecord>(observe("supportTickets") { ids in
            try await failures.translating { try await store.supportTickets(organizationId: org, ids: Set(ids)) }
        })
        self.supportTickets = supportTickets
        let primeItem: @Sendable (TimelineItemRecord) -> Void = { item in
            switch item {
            case .toolCall(let call): toolCalls.prime(call.id, call)
            case .supportTicket(let ticket): supportTickets.prime(ticket.id, ticket)
            }
        }
        timelines = Self.pageLoader("timelines", failures, observe, priming: primeItem) { parents, window in
            if let around = window.around {
                return try await store.timelines(
                    organizationId: org, sessionIds: parents, around: around, size: window.range.size,
                    order: window.order, filter: window.filter)
            }
            return try await store.timelines(
                organizationId: org, sessionIds: parents, range: window.range, order: window.order, filter: window.filter)
        }
        timelineTotals = Self.totalLoader("timelineTotals", failures, observe) { parents, filter in
            try await store.timelineTotals(organizationId: org, sessionIds: parents, filter: filter)
        }
        payloads = BatchLoader(observe("payloads") { keys in
            // One statement for every call and every form asked for at this level.
            let found = try await failures.translating {
                try await store.toolCallPayloads(
                    organizationId: org, ids: Set(keys.map(\.toolCallId)), requests: Set(keys.map(\.request)))
            }
            var values: [PayloadKey: PayloadValue] = [:]
            for key in keys {
                if let value = found[key.toolCallId]?[key.request] { values[key] = value }
            }
            return values
        })
        ticketPages = Self.pageLoader("ticketPages", failures, observe, priming: { supportTickets.prime($0.id, $0) }) {
            parents, window in
            try await store.supportTickets(organizationId: org, emails: parents, range: window.range)
        }
        ticketTotals = BatchLoader(observe("ticketTotals") { emails in
            try await failures.translating { try await store.ticketTotals(organizationId: org, emails: Set(emails)) }
        })
        organizationTicketPages = Self.eachKey("organizationTicketPages", failures, observe) { window in
            let page = try await store.organizationTickets(organizationId: org, range: window.range, filter: window.filter)
            for edge in page.edges { supportTickets.prime(edge.node.id, edge.node) }
            return page
        }
        organizationTicketTotals = Self.eachKey("organizationTicketTotals", failures, observe) { filter in
            try await store.organizationTicketTotal(organizationId: org, filter: filter)
        }
    }

    /// A loader whose every key is its own read (lists of the organization, one per
    /// distinct window or filter in a document).
    private static func eachKey<Key: Hashable & Sendable, Value: Sendable>(
        _ name: String, _ failures: StoreFailure, _ observe: Observe, _ read: @escaping @Sendable (Key) async throws -> Value
    ) -> BatchLoader<Key, Value> {
        BatchLoader(observe(name) { keys in
            try await concurrently(keys) { key in [key: try await failures.translating { try await read(key) }] }
        })
    }

    /// A loader of child-list totals: keys with the same filter are counted together by one
    /// store read (one statement); distinct filters are read concurrently.
    private static func totalLoader<Filter: Hashable & Sendable>(
        _ name: String, _ failures: StoreFailure, _ observe: Observe,
        _ read: @escaping @Sendable (Set<String>, Filter) async throws -> [String: Int]
    ) -> BatchLoader<TotalKey<Filter>, Int> {
        BatchLoader(observe(name) { keys in
            var filters: [Filter] = []
            var parentsByFilter: [Filter: Set<String>] = [:]
            for key in keys {
                if parentsByFilter[key.filter] == nil { filters.append(key.filter) }
                parentsByFilter[key.filter, default: []].insert(key.parent)
            }
            let groups = parentsByFilter
            return try await concurrently(filters) { filter in
                let found = try await failures.translating { try await read(groups[filter] ?? [], filter) }
                var totals: [TotalKey<Filter>: Int] = [:]
                for (parent, total) in found { totals[TotalKey(parent: parent, filter: filter)] = total }
                return totals
            }
        })
    }

    /// A loader of child pages: keys asking for the same window are answered together by
    /// one store read (one statement); a level mixing windows costs one per window, read
    /// concurrently.
    ///
    /// `priming` receives every node read, to seed the loader that finds it by id.
    private static func pageLoader<Node: Sendable, Filter: Hashable & Sendable>(
        _ name: String, _ failures: StoreFailure, _ observe: Observe,
        priming: (@Sendable (Node) -> Void)? = nil,
        _ read: @escaping @Sendable (Set<String>, PageWindow<Filter>) async throws -> [String: Page<Node>]
    ) -> BatchLoader<PageKey<Filter>, Page<Node>> {
        BatchLoader(observe(name) { keys in
            var windows: [PageWindow<Filter>] = []
            var parentsByWindow: [PageWindow<Filter>: Set<String>] = [:]
            for key in keys {
                if parentsByWindow[key.window] == nil { windows.append(key.window) }
                parentsByWindow[key.window, default: []].insert(key.parent)
            }
            let groups = parentsByWindow
            return try await concurrently(windows) { window in
                let found = try await failures.translating { try await read(groups[window] ?? [], window) }
                var pages: [PageKey<Filter>: Page<Node>] = [:]
                for (parent, page) in found {
                    pages[PageKey(parent: parent, window: window)] = page
                    if let priming { for edge in page.edges { priming(edge.node) } }
                }
                return pages
            }
        })
    }

    /// Tells `report` how many keys each batch of a loader fetches (for the metrics), by
    /// the loader's name.
    struct Observe: Sendable {
        let report: (@Sendable (_ loader: String, _ keys: Int) -> Void)?

        func callAsFunction<Key: Hashable & Sendable, Value: Sendable>(
            _ name: String, _ batch: @escaping BatchLoader<Key, Value>.BatchFunction
        ) -> BatchLoader<Key, Value>.BatchFunction {
            guard let report else { return batch }
            return { keys in
                report(name, keys.count)
                return try await batch(keys)
            }
        }
    }
}
