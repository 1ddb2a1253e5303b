/// Pages around one item: the page of a list that holds a given item, for deep links into
/// long lists. Three statements whatever the list holds: the item's position, then the
/// part before it read backwards and the part from it read forwards, both index ranges.
extension SessionStore {
    /// For each session whose timeline (in `order`, under `filter`) holds the item
    /// `itemId`, the page of up to `size` items around it: about half before, the rest from
    /// the item on, more on one side when the other runs out. Sessions whose list does not
    /// hold the item are absent.
    public func timelines(
        organizationId: String, sessionIds: Set<String>, around itemId: String, size: Int,
        order: TimelineOrder = .oldestFirst, filter: TimelineFilter = .none
    ) async throws -> [String: Page<TimelineItemRecord>] {
        guard !sessionIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        let positions: SQLFragment = """
            WITH sessions AS (\(dialect.organizationSessionIds(organization: organization, keys: sessionIds.sorted())))
            SELECT tc.mcp_server_session_id AS parent, tc.created_at AS time, tc.id AS id FROM mcp_tool_calls tc
            WHERE tc.id = \(itemId) AND tc.mcp_server_session_id IN (SELECT session_id FROM sessions)\
            \(dialect.toolCallConditions("tc", filter))
            UNION ALL
            SELECT r.mcp_server_session_id, r.created_at, r.id FROM support_requests r
            WHERE r.id = \(itemId) AND r.organization_id = \(organization)
              AND r.mcp_server_session_id IN (SELECT session_id FROM sessions)\(dialect.ticketConditions("r", filter))
            """
        var pages: [String: Page<TimelineItemRecord>] = [:]
        for (sessionId, anchor) in try await anchors(positions, list: order.cursorList) {
            let read = { (range: PageRange) in
                try await self.timelines(
                    organizationId: organizationId, sessionIds: [sessionId], range: range, order: order, filter: filter)[sessionId]
            }
            pages[sessionId] = try await Page.around(anchor: anchor, size: size, read: read)
        }
        return pages
    }

    /// For each user whose sessions (under `filter`) include `sessionId`, the page of up
    /// to `size` sessions around it; other users are absent.
    public func sessions(
        organizationId: String, userIds: Set<String>, around sessionId: String, size: Int, filter: SessionFilter = .none
    ) async throws -> [String: Page<SessionRecord>] {
        guard !userIds.isEmpty else { return [:] }
        let organization: SQLFragment = "\(organizationId)"
        let positions: SQLFragment = """
            SELECT s.mcp_server_user_id AS parent, s.connection_timestamp AS time, s.mcp_server_session_id AS id
            FROM \(dialect.organizationSessions(organization: organization))
            WHERE s.mcp_server_session_id = \(sessionId)
              AND s.mcp_server_user_id \(dialect.isMember(of: userIds.sorted()))\
            \(dialect.sessionConditions("s", filter, organization: organization))
            """
        var pages: [String: Page<SessionRecord>] = [:]
        for (userId, anchor) in try await anchors(positions, list: .sessions) {
            let read = { (range: PageRange) in
                try await self.sessions(organizationId: organizationId, userIds: [userId], range: range, filter: filter)[userId]
            }
            pages[userId] = try await Page.around(anchor: anchor, size: size, read: read)
        }
        return pages
    }

    /// The position of the anchor item in each parent's list, from rows `(parent, time, id)`.
    private func anchors(_ positions: SQLFragment, list: Cursor.List) async throws -> [(String, Cursor)] {
        try await database.query(positions).map { row in
            (try row.string("parent"), Cursor(list: list, time: try row.optionalInt("time"), id: try row.string("id")))
        }
    }
}

extension Page {
    /// The page of up to `size` items around `anchor`: the part before it read from its end
    /// and the part from it on read from its start (each `size` long, so one side can fill
    /// in for the other), then about half of the page taken from each.
    static func around(
        anchor: Cursor, size: Int, read: (PageRange) async throws -> Page?
    ) async throws -> Page {
        let earlier = try await read(PageRange(size: size, before: anchor, fromEnd: true)) ?? .empty
        var fromAnchor = PageRange(size: size, after: anchor)
        fromAnchor.includesAfter = true
        let later = try await read(fromAnchor) ?? .empty
        var before = min(size / 2, earlier.edges.count)
        let after = min(size - before, later.edges.count)
        before = min(size - after, earlier.edges.count)
        return Page(
            edges: Array(earlier.edges.suffix(before)) + Array(later.edges.prefix(after)),
            hasNextPage: later.edges.count > after || later.hasNextPage,
            hasPreviousPage: earlier.edges.count > before || earlier.hasPreviousPage)
    }
}
