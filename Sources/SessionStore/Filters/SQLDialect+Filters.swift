/// The conditions of the filters, as `AND …` fragments against one table alias, with
/// their values bound where the fragment lands.
///
/// Time bounds are written on the sort key expression of the list's index, so on a list
/// ordered by time they narrow its index range; the other conditions are checked on the
/// rows the range walks (a bounded scan of one parent's rows).
extension SQLDialect {
    /// `since` (inclusive) and `until` (exclusive) on a nullable time column; a row
    /// without a time passes no bound.
    func timeBounds(_ column: String, since: Int64?, until: Int64?) -> SQLFragment {
        guard since != nil || until != nil else { return .empty }
        var conditions: SQLFragment = " AND \(raw: column) IS NOT NULL"
        if let since { conditions += " AND \(raw: sortTime(column)) >= \(since)" }
        if let until { conditions += " AND \(raw: sortTime(column)) < \(until)" }
        return conditions
    }

    /// Whether any of the columns contains `needle`, ignoring case.
    func anyContains(_ columns: [String], _ needle: String) -> SQLFragment {
        let lowercased = needle.lowercased()
        return " AND (\(columns.map { containsLowercased($0, lowercased) }.joined(separator: " OR ")))"
    }

    /// A condition that no row passes: the branch of a kind the filter leaves out.
    static let nothing: SQLFragment = " AND 0 = 1"

    /// The filter's conditions on a tool call `t`.
    func toolCallConditions(_ t: String, _ filter: TimelineFilter) -> SQLFragment {
        guard filter.keepsToolCalls else { return Self.nothing }
        var conditions = SQLFragment.empty
        if let names = filter.toolNames { conditions += " AND \(raw: t).tool_name \(isMember(of: names))" }
        if let isError = filter.isError {
            conditions += isError
                ? " AND \(raw: isErrorCondition("\(t).output"))" : " AND NOT \(raw: isErrorOrFalse("\(t).output"))"
        }
        conditions += timeBounds("\(t).created_at", since: filter.since, until: filter.until)
        if let search = filter.search, !search.isEmpty {
            conditions += anyContains(["\(t).tool_name", jsonText("\(t).input"), jsonText("\(t).output")], search)
        }
        return conditions
    }

    /// The filter's conditions on a ticket `r`.
    func ticketConditions(_ r: String, _ filter: TimelineFilter) -> SQLFragment {
        guard filter.keepsTickets else { return Self.nothing }
        var conditions = timeBounds("\(r).created_at", since: filter.since, until: filter.until)
        if let search = filter.search, !search.isEmpty {
            conditions += anyContains(["\(r).title", "\(r).concise_summary", "\(r).context"], search)
        }
        return conditions
    }

    /// The filter's conditions on a ticket `r` of a ticket list.
    func ticketConditions(_ r: String, _ filter: SupportTicketFilter) -> SQLFragment {
        var conditions = SQLFragment.empty
        if let statuses = filter.statuses {
            conditions += " AND \(raw: enumText("\(r).status")) \(isMember(of: statuses.map(\.rawValue).sorted()))"
        }
        if let priorities = filter.priorities {
            conditions += " AND \(raw: enumText("\(r).priority")) \(isMember(of: priorities.map(\.rawValue).sorted()))"
        }
        conditions += timeBounds("\(r).created_at", since: filter.since, until: filter.until)
        if let search = filter.search, !search.isEmpty {
            conditions += anyContains(["\(r).title", "\(r).concise_summary", "\(r).context"], search)
        }
        return conditions
    }

    /// The filter's conditions on a session `s` of the organization.
    func sessionConditions(_ s: String, _ filter: SessionFilter, organization: SQLFragment) -> SQLFragment {
        var conditions = SQLFragment.empty
        if let serverIds = filter.serverIds {
            conditions += """
                 AND \(raw: s).mcp_server_slug IN (SELECT fv.slug FROM mcp_servers fv
                     WHERE fv.organization_id = \(organization) AND fv.id \(isMember(of: serverIds)))
                """
        }
        conditions += timeBounds("\(s).connection_timestamp", since: filter.since, until: filter.until)
        if let hasErrors = filter.hasErrors {
            conditions += " AND " + finds(
                """
                SELECT 1 FROM mcp_tool_calls fe WHERE fe.mcp_server_session_id = \(raw: s).mcp_server_session_id \
                AND \(raw: isErrorCondition("fe.output"))
                """,
                negated: !hasErrors)
        }
        if let hasTickets = filter.hasTickets {
            conditions += " AND " + finds(
                """
                SELECT 1 FROM support_requests fr WHERE fr.mcp_server_session_id = \(raw: s).mcp_server_session_id \
                AND fr.organization_id = \(organization)
                """,
                negated: !hasTickets)
        }
        if let search = filter.search, !search.isEmpty {
            // The display title of an untitled session is its server's name.
            let needle = search.lowercased()
            let serverName = "(SELECT fn.name FROM mcp_servers fn WHERE fn.slug = \(s).mcp_server_slug)"
            conditions += """
                 AND (\(containsLowercased("\(s).title", needle))
                      OR ((\(raw: s).title IS NULL OR trim(\(raw: s).title) = '')
                          AND \(containsLowercased(serverName, needle))))
                """
        }
        return conditions
    }

    /// `isErrorCondition`, false (not NULL) when the output is NULL or not JSON.
    func isErrorOrFalse(_ column: String) -> String {
        switch self {
        case .postgres: "coalesce(\(isErrorCondition(column)), false)"
        case .sqlite: "coalesce(\(isErrorCondition(column)), 0)"
        }
    }
}
