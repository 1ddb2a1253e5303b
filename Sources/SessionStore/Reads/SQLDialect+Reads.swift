/// The SQL spellings the reads need where PostgreSQL and SQLite differ (or where their
/// defaults would make the two backends answer differently). A spelling made of trusted
/// text only (columns, aliases) is a `String`, spliced with `\(raw: …)`; one that carries
/// values, or embeds a fragment that does, is a `SQLFragment`.
extension SQLDialect {
    /// A text column compared and ordered byte-wise. PostgreSQL would otherwise use the
    /// database's locale, and ties broken by id must come out the same on both backends.
    func binary(_ column: String) -> String {
        switch self {
        case .postgres: "\(column) COLLATE \"C\""
        case .sqlite: column
        }
    }

    /// A nullable epoch-millisecond column as a sort key. NULL becomes `Int64.min` (as
    /// `Cursor.missingTime`), because the backends place NULLs at opposite ends.
    func sortTime(_ column: String) -> String {
        "coalesce(\(column), \(Self.missingTimeLiteral))"
    }

    /// `Int64.min` written so both backends keep it a 64-bit integer.
    static let missingTimeLiteral = "(-9223372036854775807 - 1)"

    /// Whether a tool call's output is an object whose `isError` is JSON `true`. Any other
    /// output (not an object, `isError` absent, a string "true") counts as no error.
    /// Written exactly as the predicate of the partial index
    /// `sessionql_tool_calls_session_errors_key`, so that reads of errors use that index.
    func isErrorCondition(_ column: String) -> String {
        switch self {
        case .postgres:
            "jsonb_typeof(\(column)) = 'object' AND \(column) -> 'isError' = 'true'::jsonb"
        case .sqlite:
            "json_valid(\(column)) AND json_type(\(column)) = 'object' AND json_type(\(column), '$.isError') = 'true'"
        }
    }

    /// 1 when the tool call `t` failed, else 0, decided by one probe of the partial index of
    /// failed calls instead of reading the call's output, which may be megabytes. A scalar
    /// subquery with `LIMIT 1`, not `EXISTS`: PostgreSQL may turn an `EXISTS` into a hash of
    /// every failed call of the table, built for each statement.
    func isErrorProbe(_ t: String) -> String {
        """
        coalesce((SELECT 1 FROM mcp_tool_calls fx
            WHERE fx.mcp_server_session_id = \(t).mcp_server_session_id
              AND \(sortTime("fx.created_at")) = \(sortTime("\(t).created_at")) AND \(binary("fx.id")) = \(binary("\(t).id"))
              AND \(isErrorCondition("fx.output")) LIMIT 1), 0)
        """
    }

    /// Whether `subquery` (a `SELECT 1 …`) finds a row (or, with `negated`, none), probed
    /// per row: like `isErrorProbe`, `LIMIT 1` keeps PostgreSQL from hashing the whole table.
    func finds(_ subquery: SQLFragment, negated: Bool = false) -> SQLFragment {
        "(\(subquery) LIMIT 1) IS \(raw: negated ? "" : "NOT ")NULL"
    }

    /// The largest of non-null integer expressions, NULL when all are NULL.
    func latest(_ expressions: [SQLFragment]) -> SQLFragment {
        let keys = expressions.map { "coalesce(\($0), \(raw: Self.missingTimeLiteral))" as SQLFragment }.joined(separator: ", ")
        let largest: SQLFragment = switch self {
        case .postgres: "greatest(\(keys))"
        case .sqlite: "max(\(keys))"
        }
        return "nullif(\(largest), \(raw: Self.missingTimeLiteral))"
    }

    /// The time of a session's latest tool call (NULL when it has none or none has a
    /// time): one backward probe of `sessionql_tool_calls_session_key`.
    /// With `atMost`, the latest at or before that time.
    func latestToolCallTime(session: String, atMost: Int64? = nil) -> SQLFragment {
        let bound: SQLFragment = atMost.map { " AND \(raw: sortTime("lt.created_at")) <= \($0)" } ?? .empty
        return """
        (SELECT lt.created_at FROM mcp_tool_calls lt WHERE lt.mcp_server_session_id = \(raw: session)\(bound)
         ORDER BY \(raw: sortTime("lt.created_at")) DESC, \(raw: binary("lt.id")) DESC LIMIT 1)
        """
    }

    /// The time of a session's latest ticket of the organization (NULL when none); with
    /// `atMost`, the latest at or before that time.
    func latestTicketTime(session: String, organization: SQLFragment, atMost: Int64? = nil) -> SQLFragment {
        let bound: SQLFragment = atMost.map { " AND \(raw: sortTime("lr.created_at")) <= \($0)" } ?? .empty
        return """
        (SELECT lr.created_at FROM support_requests lr
         WHERE lr.mcp_server_session_id = \(raw: session) AND lr.organization_id = \(organization)\(bound)
         ORDER BY \(raw: sortTime("lr.created_at")) DESC, \(raw: binary("lr.id")) DESC LIMIT 1)
        """
    }

    /// `FROM` and `WHERE` fragments selecting, for each row of `parents`, the first `limit` rows
    /// of `table` (aliased `alias`) that satisfy `condition` in `order`: an index range
    /// scan per parent that stops after the page, whatever the parent holds.
    ///
    /// `condition` and `order` are given the alias to write them against. PostgreSQL
    /// reads each parent's page with `LATERAL (… ORDER BY … LIMIT n)`; SQLite, which has
    /// no LATERAL, picks the same rows by `primaryKey IN (correlated … LIMIT n)`.
    func perParent(
        parents: SQLFragment, table: String, alias: String, primaryKey: String,
        condition: (String) -> SQLFragment, order: (String) -> String, limit: SQLFragment
    ) -> (from: SQLFragment, where: SQLFragment) {
        switch self {
        case .postgres:
            return (
                """
                \(parents) CROSS JOIN LATERAL (SELECT * FROM \(raw: table) \(raw: alias) WHERE \(condition(alias)) \
                ORDER BY \(raw: order(alias)) LIMIT \(limit)) \(raw: alias)
                """,
                "TRUE")
        case .sqlite:
            let inner = alias + "_page"
            return (
                "\(parents) CROSS JOIN \(raw: table) \(raw: alias)",
                """
                \(raw: alias).\(raw: primaryKey) IN (SELECT \(raw: inner).\(raw: primaryKey) FROM \(raw: table) \(raw: inner) \
                WHERE \(condition(inner)) ORDER BY \(raw: order(inner)) LIMIT \(limit))
                """)
        }
    }

    /// A JSON column as text.
    func jsonText(_ column: String) -> String {
        switch self {
        case .postgres: "\(column)::text"
        case .sqlite: column
        }
    }

    /// An enum column as its text label.
    func enumText(_ column: String) -> String {
        switch self {
        case .postgres: "\(column)::text"
        case .sqlite: column
        }
    }

    /// A `date` column as `YYYY-MM-DD`.
    func dateText(_ column: String) -> String {
        switch self {
        case .postgres: "to_char(\(column), 'YYYY-MM-DD')"
        case .sqlite: column
        }
    }

    /// A `timestamp` column (no time zone, read as UTC) as epoch milliseconds.
    func timestampMillis(_ column: String) -> String {
        switch self {
        case .postgres: "CAST(round(extract(epoch FROM \(column)) * 1000) AS bigint)"
        case .sqlite: "CAST(round((julianday(\(column)) - 2440587.5) * 86400000.0) AS INTEGER)"
        }
    }

    /// Whether the lower-cased `column` contains `needle` (already lower-cased, bound), with
    /// no wildcard characters to escape.
    func containsLowercased(_ column: String, _ needle: String) -> SQLFragment {
        switch self {
        case .postgres: "strpos(lower(\(raw: column)), \(needle)) > 0"
        case .sqlite: "instr(lower(\(raw: column)), \(needle)) > 0"
        }
    }

    /// A user's searchable text: id, tracking id, email and OAuth name, lower-cased as
    /// `containsLowercased` lower-cases them, so that a needle found in one of them is
    /// found in this text.
    func searchText(user u: String, oauth o: String) -> String {
        let parts = ["\(u).id", "\(u).distinct_id", "\(u).email", "\(o).name"].map { "coalesce(\($0), '')" }
        return "lower(" + parts.joined(separator: " || ' ' || ") + ")"
    }

    /// Whether `column` (already lower-cased) contains `needle` (lower-cased), as `LIKE`
    /// with a bound pattern: `needle` with its `\`, `%` and `_` escaped, between two `%`,
    /// so that it matches literally. The same SQL on both backends; SQLite's `LIKE` ignores
    /// ASCII case, which changes nothing when both sides are lower-cased. On PostgreSQL a
    /// trigram index over `column` answers it (see `userSearch`).
    func containsLiterally(_ column: String, _ needle: String) -> SQLFragment {
        "\(raw: column) LIKE \(Self.containsPattern(needle)) ESCAPE '\\'"
    }

    /// The `LIKE` pattern of `containsLiterally`: `%`, the needle escaped with `\`, `%`.
    static func containsPattern(_ needle: String) -> String {
        var pattern = "%"
        for character in needle {
            if character == "\\" || character == "%" || character == "_" { pattern.append("\\") }
            pattern.append(character)
        }
        pattern.append("%")
        return pattern
    }

    /// A users-list search for `needle` (lower-cased) over the rollup `a`, the user `u` and
    /// the OAuth profile `o`: the rollup's text narrows the users, the live columns decide.
    ///
    /// How the rollup's text narrows them is PostgreSQL's choice, by its statistics: a
    /// needle of three characters or more that few users contain is read from the trigram
    /// index `sessionql_user_activity_search` (migration 0007, where pg_trgm could be
    /// created), one that many contain by walking the list's index in order until the page
    /// is full. A needle of one or two characters has no trigram: it always walks the list
    /// and stops at the page's end (and `userTotal` counts the organization's rows that
    /// match). SQLite always walks the list.
    func userSearch(_ needle: String) -> SQLFragment {
        let columns = ["u.id", "u.distinct_id", "u.email", "o.name"]
        let live = columns.map { containsLowercased($0, needle) }.joined(separator: " OR ")
        return "\(containsLiterally("a.search_text", needle)) AND (\(live))"
    }

    /// `keys` bound as one array parameter, as a one-column table `k`.
    func keyTable(_ keys: [String]) -> SQLFragment {
        switch self {
        case .postgres: "SELECT unnest(CAST(\(keys) AS text[])) AS k"
        case .sqlite: "SELECT value AS k FROM json_each(\(keys))"
        }
    }
}
