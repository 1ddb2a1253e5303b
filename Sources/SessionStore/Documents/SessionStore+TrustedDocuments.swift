/// The trusted documents table, `sessionql_trusted_documents`.
extension SessionStore {
    /// A document an operator registered.
    public struct TrustedDocumentRecord: Sendable, Equatable {
        public let hash: String
        public let body: String
        public let name: String?
        public let addedAt: Int64
    }

    /// Adds a document (or renames one already there); returns whether it was new.
    @discardableResult
    public func addTrustedDocument(hash: String, body: String, name: String?, addedAt: Int64) async throws -> Bool {
        let insert: SQLFragment = """
            INSERT INTO sessionql_trusted_documents (hash, body, name, added_at) VALUES (\(hash), \(body), \(name), \(addedAt))
            ON CONFLICT (hash) DO NOTHING RETURNING hash
            """
        let rows = try await database.query(insert)
        return !rows.isEmpty
    }

    /// Every registered document, oldest first.
    public func trustedDocuments() async throws -> [TrustedDocumentRecord] {
        try await database.query("SELECT hash, body, name, added_at FROM sessionql_trusted_documents ORDER BY added_at, hash").map { row in
            TrustedDocumentRecord(
                hash: try row.string("hash"), body: try row.string("body"), name: try row.optionalString("name"),
                addedAt: try row.int("added_at"))
        }
    }

    /// The body of the registered document with this hash.
    public func trustedDocument(hash: String) async throws -> String? {
        let read: SQLFragment = "SELECT body FROM sessionql_trusted_documents WHERE hash = \(hash)"
        return try await database.queryFirst(read).map { try $0.string("body") }
    }
}
