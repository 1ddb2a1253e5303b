/// JSON documents the seeder writes, rendered in PostgreSQL's `jsonb` text form: object
/// keys ordered by length then bytes, `", "` and `": "` separators. Stored as TEXT on
/// SQLite, the same document then reads back character for character as `jsonb` does
/// on PostgreSQL, so both backends return identical JSON.
indirect enum SeedJSON: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([SeedJSON])
    case object([(String, SeedJSON)])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int64) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: SeedJSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, SeedJSON)...) { self = .object(elements) }

    /// The document text, in `jsonb`'s output form.
    var text: String {
        var output = ""
        write(into: &output)
        return output
    }

    /// An MCP `CallToolResult` with one text content block.
    static func callToolResult(_ text: String, isError: Bool) -> SeedJSON {
        ["content": [["type": "text", "text": .string(text)]], "isError": .bool(isError)]
    }

    private func write(into output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .string(let value): output += JSONText.quoted(value)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += ", " }
                element.write(into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            let ordered = members.sorted { a, b in
                let (x, y) = (Array(a.0.utf8), Array(b.0.utf8))
                return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
            }
            for (index, member) in ordered.enumerated() {
                if index > 0 { output += ", " }
                output += JSONText.quoted(member.0)
                output += ": "
                member.1.write(into: &output)
            }
            output += "}"
        }
    }
}
