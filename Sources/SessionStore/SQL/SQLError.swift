/// Errors of the SQL layer that callers may want to tell apart.
public enum SQLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A row has no column of that name.
    case missingColumn(String)
    /// A column holds a value of another kind than asked for (column, found value).
    case unexpectedValue(column: String, found: SQLValue)
    /// The statement ran longer than the configured statement timeout.
    case timeout(seconds: Double)
    /// The database could not be reached or the connection broke.
    case unavailable(String)
    /// The database rejected the statement (message from the backend).
    case failed(String)
    /// A configuration value (URL, environment) could not be understood.
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .missingColumn(let name): "no column named \(name)"
        case .unexpectedValue(let column, let found): "column \(column) holds unexpected value \(found)"
        case .timeout(let seconds): "statement exceeded the \(secondsText(seconds))s timeout"
        case .unavailable(let message): "database unavailable: \(message)"
        case .failed(let message): "statement failed: \(message)"
        case .invalidConfiguration(let message): "invalid database configuration: \(message)"
        }
    }
}
