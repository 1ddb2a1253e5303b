/// SQL text for a backend with its bound values: what a `SQLDatabase` runs.
///
/// The store writes SQL as `SQLFragment`s and renders each statement once for the
/// database's dialect (`SQLFragment.statement(for:)`), with `$n` placeholders on
/// PostgreSQL and `?n` on SQLite. Text written by hand, or as a literal of this type,
/// uses `$1`, `$2`, … and suits both backends: `sql(for:)` gives SQLite `?1`, `?2`, ….
///
/// A literal is built like a fragment's, so interpolating a value binds it, and text that
/// must become SQL is spelled `\(raw: …)`:
///
///     let statement: SQLStatement = "SELECT * FROM mcp_servers WHERE slug = \(slug)"
///
/// Beware: Swift treats `SQLStatement("… \(x) …")` with a string LITERAL as the literal
/// above, so `x` is bound, not spliced. To splice, write `\(raw: x)`.
public struct SQLStatement: Sendable, Hashable, CustomStringConvertible {
    public var sql: String
    public var binds: [SQLValue]

    public init(_ sql: String, _ binds: [SQLValue] = []) {
        self.sql = sql
        self.binds = binds
    }

    public var description: String { "\(sql) \(binds)" }

    /// The SQL text as the given backend expects it. Text rendered for SQLite already
    /// holds `?n` placeholders and comes back as it is.
    public func sql(for dialect: SQLDialect) -> String {
        switch dialect {
        case .postgres: sql
        case .sqlite: Self.questionMarkPlaceholders(sql)
        }
    }

    /// Rewrites `$n` placeholders as `?n`, leaving quoted strings and identifiers alone.
    static func questionMarkPlaceholders(_ sql: String) -> String {
        var output = ""
        output.reserveCapacity(sql.utf8.count)
        var quote: Character? = nil
        var previous: Character? = nil
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                output.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                output.append(character)
            } else if character.isASCII, character.isNumber, previous == "$" {
                output.removeLast()
                output.append("?")
                output.append(character)
            } else {
                output.append(character)
            }
            previous = character
        }
        return output
    }
}

extension SQLStatement: ExpressibleByStringInterpolation {
    public typealias Interpolation = SQLFragment.Interpolation

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The literal as a fragment, rendered in the `$n` form.
    public init(stringInterpolation: Interpolation) {
        self = SQLFragment(stringInterpolation: stringInterpolation).statement(for: .postgres)
    }
}
