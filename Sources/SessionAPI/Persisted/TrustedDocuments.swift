import Foundation
import GraphQLCore
import SessionStore
import Synchronization

/// Trusted documents (`serve --persisted-only`): only documents the operator listed run. They
/// come from manifests given at start (the playground's own among them) and from the
/// `sessionql_trusted_documents` table (`sessionql documents add`), which is read again at most
/// every `refreshInterval` (5 s by default) when a request names a document not known yet, so
/// an added document runs within that time on every running server.
///
/// A request names its document by hash (`extensions.persistedQuery.sha256Hash`, as
/// automatic persisted queries do, with or without the text) or sends the text, whose hash
/// must be trusted. Anything else is refused with `TRUSTED_DOCUMENT_REQUIRED`; nothing a
/// request sends is ever registered.
public final class TrustedDocuments: Sendable {
    public let refreshInterval: Duration
    private let manifest: [String: String]
    private let store: SessionStore?
    private let registered = Mutex<(documents: [String: String], readAt: ContinuousClock.Instant?)>(([:], nil))

    /// `manifest` maps hashes to documents; `store` holds the registered ones (nil: none).
    public init(manifest: [String: String], store: SessionStore?, refreshInterval: Duration = .seconds(5)) {
        self.manifest = manifest
        self.store = store
        self.refreshInterval = refreshInterval
    }

    /// How many documents the manifests hold.
    public var manifestCount: Int { manifest.count }

    /// The parameters with the trusted document's text, or the error to answer with.
    func admit(_ parameters: GraphQLParameters) async -> Result<GraphQLParameters, GraphQLError> {
        let named: String?
        if let value = parameters.extensions?["persistedQuery"] {
            guard case .object(let reference) = value, let hash = reference.string("sha256Hash")?.lowercased(),
                  Self.isHash(hash) else {
                return .failure(GraphQLError(
                    "\"extensions.persistedQuery.sha256Hash\" must be 64 hexadecimal digits.", code: .badRequest))
            }
            named = hash
        } else {
            named = nil
        }
        let hash = named ?? PersistedQueries.hash(of: parameters.query)
        if named != nil, !parameters.query.isEmpty, PersistedQueries.hash(of: parameters.query) != hash {
            return .failure(GraphQLError("provided sha does not match query", code: .persistedQueryHashMismatch))
        }
        let body: String?
        do {
            body = try await document(hash)
        } catch {
            return .failure(FailureCodes.storeFailure(error)
                ?? GraphQLError("The trusted documents could not be read.", code: .internalServerError))
        }
        guard let body else {
            return .failure(GraphQLError(
                "This server runs trusted documents only, and this document is not one of them.",
                code: .trustedDocumentRequired))
        }
        var admitted = parameters
        admitted.query = body
        return .success(admitted)
    }

    /// The trusted document with this hash, reading the table again if it is not known and
    /// was last read over `refreshInterval` ago.
    func document(_ hash: String) async throws -> String? {
        if let body = manifest[hash] ?? registered.withLock({ $0.documents[hash] }) { return body }
        guard let store else { return nil }
        let now = ContinuousClock.now
        let refreshInterval = self.refreshInterval
        let due = registered.withLock { state -> Bool in
            guard state.readAt.map({ now - $0 >= refreshInterval }) ?? true else { return false }
            state.readAt = now
            return true
        }
        guard due else { return nil }
        let records = try await store.trustedDocuments()
        let documents = Dictionary(records.map { ($0.hash, $0.body) }, uniquingKeysWith: { first, _ in first })
        registered.withLock { $0.documents = documents }
        return documents[hash]
    }

    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// The lower-case hexadecimal SHA-256 of a document's UTF-8 text.
    public static func hash(of document: String) -> String {
        PersistedQueries.hash(of: document)
    }

    /// Why a manifest cannot be read.
    public struct ManifestError: Error, CustomStringConvertible {
        public let description: String
    }

    /// A manifest's documents by hash. Two shapes are read: Apollo's persisted query manifest
    /// (`{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id",
    /// "body", …}]}`) and a plain object of hash to document (Relay's). Every hash must be
    /// the SHA-256 of its document.
    public static func manifest(json bytes: [UInt8]) throws -> [String: String] {
        guard case .object(let root) = try GraphQLValue(jsonData: bytes) else {
            throw ManifestError(description: "a manifest is a JSON object")
        }
        var pairs: [(String, String)] = []
        if root.string("format") != nil || root["operations"] != nil {
            guard root.string("format") == "apollo-persisted-query-manifest", root.int("version") == 1 else {
                throw ManifestError(description: "only version 1 of apollo-persisted-query-manifest is read")
            }
            for case .object(let operation) in root.list("operations") ?? [] {
                guard let id = operation.string("id"), let body = operation.string("body") else {
                    throw ManifestError(description: "every operation needs an \"id\" and a \"body\"")
                }
                pairs.append((id.lowercased(), body))
            }
        } else {
            for (key, value) in zip(root.keys, root.values) {
                guard case .string(let body) = value else { throw ManifestError(description: "\(key): the document must be a string") }
                pairs.append((key.lowercased(), body))
            }
        }
        var documents: [String: String] = [:]
        for (hash, body) in pairs {
            guard hash == Self.hash(of: body) else {
                throw ManifestError(description: "\(hash.prefix(16))…: not the SHA-256 of its document")
            }
            documents[hash] = body
        }
        return documents
    }
}
