/// One result row with typed access by column name.
///
/// Accessors throw `SQLError.missingColumn` for a name the statement did not select and
/// `SQLError.unexpectedValue` when the stored value is of another kind, so a mistyped
/// query fails loudly instead of reading as null.
public struct SQLRow: Sendable, Hashable {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        precondition(columns.count == values.count, "one value per column")
        self.columns = columns
        self.values = values
    }

    /// The raw value of `column`.
    public func value(_ column: String) throws -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { throw SQLError.missingColumn(column) }
        return values[index]
    }

    public func contains(_ column: String) -> Bool {
        columns.contains(column)
    }

    public func string(_ column: String) throws -> String {
        try required(column, optionalString(column))
    }

    public func optionalString(_ column: String) throws -> String? {
        try read(column) { $0.stringValue }
    }

    public func int(_ column: String) throws -> Int64 {
        try required(column, optionalInt(column))
    }

    public func optionalInt(_ column: String) throws -> Int64? {
        try read(column) { $0.intValue }
    }

    public func double(_ column: String) throws -> Double {
        try required(column, optionalDouble(column))
    }

    public func optionalDouble(_ column: String) throws -> Double? {
        try read(column) { $0.doubleValue }
    }

    public func bool(_ column: String) throws -> Bool {
        try required(column, optionalBool(column))
    }

    public func optionalBool(_ column: String) throws -> Bool? {
        try read(column) { $0.boolValue }
    }

    /// JSON document text (`jsonb` on PostgreSQL, TEXT on SQLite); nil for SQL NULL.
    public func optionalJSON(_ column: String) throws -> String? {
        try read(column) { $0.stringValue }
    }

    private func read<T>(_ column: String, _ convert: (SQLValue) -> T?) throws -> T? {
        let value = try value(column)
        if value.isNull { return nil }
        guard let converted = convert(value) else {
            throw SQLError.unexpectedValue(column: column, found: value)
        }
        return converted
    }

    private func required<T>(_ column: String, _ value: T?) throws -> T {
        guard let value else { throw SQLError.unexpectedValue(column: column, found: .null) }
        return value
    }
}
