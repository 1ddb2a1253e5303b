/// The SQL spellings the reads need where PostgreSQL and SQLite differ (or where their
/// defaults would make the two backends answer differently).
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

    /// 1 when a tool call's output is an object whose `isError` is JSON `true`, else 0.
    /// Any other output (not an object, `isError` absent, a string "true") counts as no error.
    func isError(_ column: String) -> String {
        switch self {
        case .postgres:
            "(CASE WHEN jsonb_typeof(\(column)) = 'object' AND \(column) -> 'isError' = 'true'::jsonb THEN 1 ELSE 0 END)"
        case .sqlite:
            "(CASE WHEN json_valid(\(column)) AND json_type(\(column)) = 'object' AND json_type(\(column), '$.isError') = 'true' THEN 1 ELSE 0 END)"
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

    /// Whether the lower-cased `column` contains `parameter` (already lower-cased), with no
    /// wildcard characters to escape.
    func containsLowercased(_ column: String, _ parameter: String) -> String {
        switch self {
        case .postgres: "strpos(lower(\(column)), \(parameter)) > 0"
        case .sqlite: "instr(lower(\(column)), \(parameter)) > 0"
        }
    }

    /// The keys bound as one array parameter, as a one-column table `k`.
    func keyTable(_ parameter: String) -> String {
        switch self {
        case .postgres: "SELECT unnest(CAST(\(parameter) AS text[])) AS k"
        case .sqlite: "SELECT value AS k FROM json_each(\(parameter))"
        }
    }
}
