import SQLiteNIO

/// Converts between `SQLValue` and SQLiteNIO's storage classes.
///
/// SQLite has no boolean, array or JSON type: booleans bind as 0/1, key sets as a JSON
/// array text (read back with `json_each`), JSON documents as TEXT.
enum SQLiteValueMapping {
    static func data(for value: SQLValue) -> SQLiteData {
        switch value {
        case .null: .null
        case .int(let value): .integer(SQLiteInt64(value))
        case .double(let value): .float(value)
        case .text(let value), .json(let value): .text(value)
        case .bool(let value): .integer(value ? 1 : 0)
        case .textArray(let values): .text("[" + values.map(JSONText.quoted).joined(separator: ",") + "]")
        case .intArray(let values): .text("[" + values.map(String.init).joined(separator: ",") + "]")
        }
    }

    static func row(from row: SQLiteRow) -> SQLRow {
        let columns = row.columns
        return SQLRow(columns: columns.map(\.name), values: columns.map { value(from: $0.data) })
    }

    static func value(from data: SQLiteData) -> SQLValue {
        switch data {
        case .null: .null
        case .integer(let value): .int(Int64(value))
        case .float(let value): .double(value)
        case .text(let value): .text(value)
        case .blob(var buffer): .text(buffer.readString(length: buffer.readableBytes) ?? "")
        }
    }
}
