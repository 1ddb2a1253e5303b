/// Tool call payloads, read apart from the calls: a page of calls never reads them, and a
/// read of payloads reads only the forms asked for.
extension SessionStore {
    /// For each tool call of the organization among `ids`, the answer to each request,
    /// keyed by id then request; calls outside the organization's sessions are absent.
    /// One statement, whatever the number of calls and requests.
    public func toolCallPayloads(
        organizationId: String, ids: Set<String>, requests: Set<PayloadRequest>
    ) async throws -> [String: [PayloadRequest: PayloadValue]] {
        guard !ids.isEmpty, !requests.isEmpty else { return [:] }
        let ordered = requests.sorted { "\($0)" < "\($1)" }
        let columns = ordered.enumerated().map { index, request in
            "\(dialect.payloadExpression(request, column: "tc.\(request.part.rawValue)")) AS p\(index)"
        }
        let read: SQLFragment = """
            SELECT tc.id AS id, \(raw: columns.joined(separator: ", "))
            FROM \(dialect.organizationSessions(organization: "\(organizationId)"))
            JOIN mcp_tool_calls tc ON tc.mcp_server_session_id = s.mcp_server_session_id
            WHERE tc.id \(dialect.isMember(of: ids.sorted()))
            """
        var payloads: [String: [PayloadRequest: PayloadValue]] = [:]
        for row in try await database.query(read) {
            var values: [PayloadRequest: PayloadValue] = [:]
            for (index, request) in ordered.enumerated() {
                values[request] = try Self.payloadValue(request, row: row, column: "p\(index)")
            }
            payloads[try row.string("id")] = values
        }
        return payloads
    }

    private static func payloadValue(_ request: PayloadRequest, row: SQLRow, column: String) throws -> PayloadValue {
        switch request.form {
        case .full:
            return try row.optionalJSON(column).map(PayloadValue.text) ?? .missing
        case .bytes:
            return try row.optionalInt(column).map { .bytes(Int($0)) } ?? .missing
        case .preview(let maxBytes):
            guard let stored = try row.optionalString(column) else { return .missing }
            let wanted = CompactJSON.storedCharacters(forPreviewOf: maxBytes)
            let complete = stored.unicodeScalars.count <= wanted
            return .preview(CompactJSON.preview(stored: stored[...], complete: complete, maxBytes: maxBytes))
        }
    }
}

extension SQLDialect {
    /// The SQL of one payload request on a JSON column.
    func payloadExpression(_ request: PayloadRequest, column: String) -> String {
        switch request.form {
        case .full:
            return jsonText(column)
        case .bytes:
            return compactJSONBytes(column)
        case .preview(let maxBytes):
            // One character more than a preview needs tells whether the text goes on.
            let characters = CompactJSON.storedCharacters(forPreviewOf: maxBytes) + 1
            switch self {
            case .postgres: return "left(\(column)::text, \(characters))"
            case .sqlite: return "substr(\(sqliteCompact(column)), 1, \(characters))"
            }
        }
    }

    /// The byte size of a JSON column's compact text. PostgreSQL renders `jsonb` with one
    /// space after each `,` and `:` outside strings, which the expression drops: strings
    /// are matched whole (with their escapes) and kept, separators lose their space.
    func compactJSONBytes(_ column: String) -> String {
        switch self {
        case .postgres:
            #"octet_length(regexp_replace(\#(column)::text, '("(?:[^"\\]|\\.)*")|([,:]) ', '\1\2', 'g'))"#
        case .sqlite:
            "length(CAST(\(sqliteCompact(column)) AS BLOB))"
        }
    }

    /// SQLite's compact rendering of a JSON text column (`json()` minifies); a text that is
    /// not JSON is taken as it is.
    private func sqliteCompact(_ column: String) -> String {
        "(CASE WHEN json_valid(\(column)) THEN json(\(column)) ELSE \(column) END)"
    }
}
