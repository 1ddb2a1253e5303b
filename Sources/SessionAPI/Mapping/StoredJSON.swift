import GraphQLCore

/// JSON columns arrive as text; the `JSON` scalar passes the parsed value on unchanged.
enum StoredJSON {
    /// The parsed value; text that is not valid JSON (possible in a SQLite file written by
    /// hand) is passed on as a string rather than failing the field.
    static func value(_ text: String?) -> GraphQLValue {
        guard let text else { return .null }
        return (try? GraphQLValue(json: text)) ?? .string(text)
    }

    /// The text blocks of an MCP CallToolResult (`{"content": [{"type": "text", "text": …}]}`)
    /// joined by blank lines; nil when the output is not such a result.
    static func callToolResultText(_ output: GraphQLValue) -> String? {
        guard case .object(let result) = output, case .list(let blocks)? = result["content"] else { return nil }
        var texts: [String] = []
        for case .object(let block) in blocks where block.string("type") == "text" {
            if let text = block.string("text") { texts.append(text) }
        }
        return texts.joined(separator: "\n\n")
    }
}
