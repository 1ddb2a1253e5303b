import NIOCore
import PostgresNIO

/// Turns a `SQLStatement` into a PostgresNIO query with every value bound.
enum PostgresStatementEncoding {
    static func query(_ statement: SQLStatement) throws -> PostgresQuery {
        var bindings = PostgresBindings(capacity: statement.binds.count)
        for value in statement.binds {
            switch value {
            case .null: bindings.appendNull()
            case .int(let value): bindings.append(value)
            case .double(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            case .bool(let value): bindings.append(value)
            case .json(let value): bindings.append(PostgresTextParameter(text: value, psqlType: .jsonb))
            case .textArray(let value): bindings.append(value)
            case .intArray(let value): bindings.append(value)
            }
        }
        return PostgresQuery(unsafeSQL: statement.sql(for: .postgres), binds: bindings)
    }
}

/// A parameter sent in PostgreSQL's text format with an explicit type (e.g. `jsonb`),
/// so the server parses it exactly as it would parse a literal of that type.
struct PostgresTextParameter: PostgresDynamicTypeEncodable {
    let text: String
    let psqlType: PostgresDataType
    var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer,
        context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeString(text)
    }
}
