/// SQL text with its bound values. Placeholders are written `$1`, `$2`, … for both
/// backends (SQLite receives them as `?1`, `?2`, …), so one statement serves both.
///
/// Interpolating a value binds it as the next parameter; text that must become SQL
/// (a column name chosen by code, a dialect fragment) is spelled `\(raw: …)` so that
/// splicing is visible where it happens:
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

    /// The SQL text as the given backend expects it.
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
    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: Interpolation) {
        self.init(stringInterpolation.sql, stringInterpolation.binds)
    }

    public struct Interpolation: StringInterpolationProtocol {
        var sql: String = ""
        var binds: [SQLValue] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
            binds.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        /// Binds `value` as the next parameter.
        public mutating func appendInterpolation(_ value: some SQLValueConvertible) {
            binds.append(value.sqlValue)
            sql += "$\(binds.count)"
        }

        /// Splices trusted SQL text (never user input).
        public mutating func appendInterpolation(raw: String) {
            sql += raw
        }
    }
}

extension SQLStatement {
    /// Appends `other`, renumbering its placeholders after this statement's binds.
    public mutating func append(_ other: SQLStatement) {
        let offset = binds.count
        sql += offset == 0 ? other.sql : Self.shiftingPlaceholders(other.sql, by: offset)
        binds += other.binds
    }

    static func shiftingPlaceholders(_ sql: String, by offset: Int) -> String {
        var output = ""
        var quote: Character? = nil
        var digits = ""
        var inPlaceholder = false
        func flush() {
            if inPlaceholder {
                output += digits.isEmpty ? "$" : "$\(Int(digits)! + offset)"
                inPlaceholder = false
                digits = ""
            }
        }
        for character in sql {
            if inPlaceholder, character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            flush()
            if let open = quote {
                if character == open { quote = nil }
                output.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                output.append(character)
            } else if character == "$" {
                inPlaceholder = true
            } else {
                output.append(character)
            }
        }
        flush()
        return output
    }
}
