/// Whether and how a PostgreSQL connection uses TLS, as libpq's `sslmode` values
/// (`PostgresTLS` says what each one does).
public enum PostgresTLSMode: String, Sendable, Equatable, CaseIterable {
    case disable
    case allow
    case prefer
    case require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"

    /// The mode an `sslmode` value names; any other value is a configuration error.
    public init(sslmode: String) throws {
        guard let mode = Self(rawValue: sslmode) else {
            let accepted = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw SQLError.invalidConfiguration("unknown sslmode '\(sslmode)'; expected one of \(accepted)")
        }
        self = mode
    }
}
