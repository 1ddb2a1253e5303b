/// A value bound to, or read from, a SQL statement, in terms both backends share.
///
/// Values are always sent as bound parameters, never spliced into SQL text. Key sets
/// bind as a single array parameter (`textArray` / `intArray`): PostgreSQL receives a
/// real array (`= ANY($1)`), SQLite a JSON array text (`IN (SELECT value FROM json_each($1))`).
public enum SQLValue: Sendable, Hashable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case bool(Bool)
    /// JSON document text. Binds as `jsonb` on PostgreSQL and as TEXT on SQLite.
    case json(String)
    case textArray([String])
    case intArray([Int64])
}

extension SQLValue {
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as text; JSON documents count as text. Nil for every other kind.
    public var stringValue: String? {
        switch self {
        case .text(let value), .json(let value): value
        default: nil
        }
    }

    /// The value as a 64-bit integer. SQLite has no boolean type, so booleans read as 0/1 there.
    public var intValue: Int64? {
        switch self {
        case .int(let value): value
        case .bool(let value): value ? 1 : 0
        case .double(let value) where value.rounded() == value && abs(value) < 9.2e18: Int64(value)
        default: nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .double(let value): value
        case .int(let value): Double(value)
        default: nil
        }
    }

    /// The value as a boolean: PostgreSQL `boolean`, or SQLite's 0/1 integers.
    public var boolValue: Bool? {
        switch self {
        case .bool(let value): value
        case .int(let value) where value == 0 || value == 1: value == 1
        default: nil
        }
    }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
}

/// Swift values that bind as a `SQLValue` (used by `SQLStatement` interpolation).
public protocol SQLValueConvertible: Sendable {
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLValueConvertible {
    public var sqlValue: SQLValue { self }
}

extension String: SQLValueConvertible {
    public var sqlValue: SQLValue { .text(self) }
}

extension Int: SQLValueConvertible {
    public var sqlValue: SQLValue { .int(Int64(self)) }
}

extension Int64: SQLValueConvertible {
    public var sqlValue: SQLValue { .int(self) }
}

extension Double: SQLValueConvertible {
    public var sqlValue: SQLValue { .double(self) }
}

extension Bool: SQLValueConvertible {
    public var sqlValue: SQLValue { .bool(self) }
}

extension Array: SQLValueConvertible where Element == String {
    public var sqlValue: SQLValue { .textArray(self) }
}

extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
