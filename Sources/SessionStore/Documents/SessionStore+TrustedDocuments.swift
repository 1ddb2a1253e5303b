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
        var builder = StatementBuilder()
        let slots = (builder.bind(hash), builder.bind(body), builder.bind(name), builder.bind(addedAt))
        let rows = try await database.query(builder.statement("""
            INSERT INTO sessionql_trusted_documents (hash, body, name, added_at) VALUES (\(slots.0), \(slots.1), \(slots.2), \(slots.3))
            ON CONFLICT (hash) DO NOTHING RETURNING hash
            """))
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
        var builder = StatementBuilder()
        let slot = builder.bind(hash)
        return try await database.queryFirst(builder.statement(
            "SELECT body FROM sessionql_trusted_documents WHERE hash = \(slot)")).map { try $0.string("body") }
    }
}
