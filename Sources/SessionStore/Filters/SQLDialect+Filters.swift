/// The conditions of the filters, as `AND …` text against one table alias, with their
/// values bound into the statement being built.
///
/// Time bounds are written on the sort key expression of the list's index, so on a list
/// ordered by time they narrow its index range; the other conditions are checked on the
/// rows the range walks (a bounded scan of one parent's rows).
extension SQLDialect {
    /// `since` (inclusive) and `until` (exclusive) on a nullable time column; a row
    /// without a time passes no bound.
    func timeBounds(_ column: String, since: Int64?, until: Int64?, _ builder: inout StatementBuilder) -> String {
        guard since != nil || until != nil else { return "" }
        var text = " AND \(column) IS NOT NULL"
        if let since { text += " AND \(sortTime(column)) >= \(builder.bind(since))" }
        if let until { text += " AND \(sortTime(column)) < \(builder.bind(until))" }
        return text
    }

    /// Whether any of the columns contains `needle`, ignoring case.
    func anyContains(_ columns: [String], _ needle: String, _ builder: inout StatementBuilder) -> String {
        let parameter = builder.bind(needle.lowercased())
        return " AND (" + columns.map { containsLowercased($0, parameter) }.joined(separator: " OR ") + ")"
    }

    /// A condition that no row passes: the branch of a kind the filter leaves out.
    static let nothing = " AND 0 = 1"

    /// The filter's conditions on a tool call `t`.
    func toolCallConditions(_ t: String, _ filter: TimelineFilter, _ builder: inout StatementBuilder) -> String {
        guard filter.keepsToolCalls else { return Self.nothing }
        var text = ""
        if let names = filter.toolNames { text += " AND \(t).tool_name \(isMember(of: builder.bind(names)))" }
        if let isError = filter.isError {
            text += isError ? " AND \(isErrorCondition("\(t).output"))" : " AND NOT \(isErrorOrFalse("\(t).output"))"
        }
        text += timeBounds("\(t).created_at", since: filter.since, until: filter.until, &builder)
        if let search = filter.search, !search.isEmpty {
            text += anyContains(["\(t).tool_name", jsonText("\(t).input"), jsonText("\(t).output")], search, &builder)
        }
        return text
    }

    /// The filter's conditions on a ticket `r`.
    func ticketConditions(_ r: String, _ filter: TimelineFilter, _ builder: inout StatementBuilder) -> String {
        guard filter.keepsTickets else { return Self.nothing }
        var text = timeBounds("\(r).created_at", since: filter.since, until: filter.until, &builder)
        if let search = filter.search, !search.isEmpty {
            text += anyContains(["\(r).title", "\(r).concise_summary", "\(r).context"], search, &builder)
        }
        return text
    }

    /// The filter's conditions on a ticket `r` of a ticket list.
    func ticketConditions(_ r: String, _ filter: SupportTicketFilter, _ builder: inout StatementBuilder) -> String {
        var text = ""
        if let statuses = filter.statuses {
            text += " AND \(enumText("\(r).status")) \(isMember(of: builder.bind(statuses.map(\.rawValue).sorted())))"
        }
        if let priorities = filter.priorities {
            text += " AND \(enumText("\(r).priority")) \(isMember(of: builder.bind(priorities.map(\.rawValue).sorted())))"
        }
        text += timeBounds("\(r).created_at", since: filter.since, until: filter.until, &builder)
        if let search = filter.search, !search.isEmpty {
            text += anyContains(["\(r).title", "\(r).concise_summary", "\(r).context"], search, &builder)
        }
        return text
    }

    /// The filter's conditions on a session `s` of the organization (`organization` is
    /// its placeholder).
    func sessionConditions(
        _ s: String, _ filter: SessionFilter, organization: String, _ builder: inout StatementBuilder
    ) -> String {
        var text = ""
        if let serverIds = filter.serverIds {
            text += """
                 AND \(s).mcp_server_slug IN (SELECT fv.slug FROM mcp_servers fv
                     WHERE fv.organization_id = \(organization) AND fv.id \(isMember(of: builder.bind(serverIds))))
                """
        }
        text += timeBounds("\(s).connection_timestamp", since: filter.since, until: filter.until, &builder)
        if let hasErrors = filter.hasErrors {
            text += " AND " + finds(
                "SELECT 1 FROM mcp_tool_calls fe WHERE fe.mcp_server_session_id = \(s).mcp_server_session_id AND \(isErrorCondition("fe.output"))",
                negated: !hasErrors)
        }
        if let hasTickets = filter.hasTickets {
            text += " AND " + finds(
                "SELECT 1 FROM support_requests fr WHERE fr.mcp_server_session_id = \(s).mcp_server_session_id AND fr.organization_id = \(organization)",
                negated: !hasTickets)
        }
        if let search = filter.search, !search.isEmpty {
            // The display title of an untitled session is its server's name.
            let parameter = builder.bind(search.lowercased())
            text += """
                 AND (\(containsLowercased("\(s).title", parameter))
                      OR ((\(s).title IS NULL OR trim(\(s).title) = '')
                          AND \(containsLowercased("(SELECT fn.name FROM mcp_servers fn WHERE fn.slug = \(s).mcp_server_slug)", parameter))))
                """
        }
        return text
    }

    /// `isErrorCondition`, false (not NULL) when the output is NULL or not JSON.
    func isErrorOrFalse(_ column: String) -> String {
        switch self {
        case .postgres: "coalesce(\(isErrorCondition(column)), false)"
        case .sqlite: "coalesce(\(isErrorCondition(column)), 0)"
        }
    }
}
