import Foundation
import NIOCore
import PostgresNIO

/// Reads PostgresNIO rows into `SQLRow`s of backend-neutral values.
///
/// Dates and timestamps read as PostgreSQL's own text forms (`2026-01-05`,
/// `2026-01-05 09:30:00`), which is also how SQLite stores them, so both backends
/// hand the layers above the same values. Enum columns read as their labels.
enum PostgresRowDecoding {
    static func rows<Rows: AsyncSequence>(_ sequence: Rows) async throws -> [SQLRow] where Rows.Element == PostgresRow {
        var result: [SQLRow] = []
        var columns: [String]? = nil
        for try await row in sequence {
            if columns == nil { columns = row.map(\.columnName) }
            result.append(SQLRow(columns: columns!, values: try row.map(value(of:))))
        }
        return result
    }

    static func value(of cell: PostgresCell) throws -> SQLValue {
        guard var bytes = cell.bytes else { return .null }
        if cell.format == .text {
            return .text(bytes.readString(length: bytes.readableBytes) ?? "")
        }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid:
            return .int(try cell.decode(Int64.self))
        case .float4, .float8:
            return .double(try cell.decode(Double.self))
        case .numeric:
            let decimal = try cell.decode(Decimal.self)
            return .double(NSDecimalNumber(decimal: decimal).doubleValue)
        case .bool:
            return .bool(try cell.decode(Bool.self))
        case .json, .jsonb:
            return .json(try cell.decode(String.self))
        case .date:
            guard let days = bytes.readInteger(as: Int32.self) else { break }
            return .text(CalendarText.date(daysSince2000: Int64(days)))
        case .timestamp, .timestamptz:
            guard let micros = bytes.readInteger(as: Int64.self) else { break }
            return .text(CalendarText.timestamp(microsecondsSince2000: micros))
        case .uuid:
            return .text(try cell.decode(UUID.self).uuidString.lowercased())
        case .textArray, .varcharArray:
            return .textArray(try cell.decode([String].self))
        case .int8Array:
            return .intArray(try cell.decode([Int64].self))
        case .int4Array:
            return .intArray(try cell.decode([Int32].self).map(Int64.init))
        default:
            break
        }
        // Text-like types and enum labels: their binary form is the UTF-8 text itself.
        var raw = cell.bytes!
        return .text(raw.readString(length: raw.readableBytes) ?? "")
    }
}
