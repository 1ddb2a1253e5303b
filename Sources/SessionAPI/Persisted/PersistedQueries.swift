import Crypto
import Foundation
import GraphQLCore

/// Automatic persisted queries, as Apollo's clients send them: a request may carry
/// `extensions.persistedQuery = { version: 1, sha256Hash }` and leave `query` out. A hash
/// the server has not seen is `PERSISTED_QUERY_NOT_FOUND` (message `PersistedQueryNotFound`,
/// which the clients look for); the client then sends the query with its hash, which must
/// be the SHA-256 of the query's UTF-8 text, and once that document has been accepted the
/// hash alone is enough — on GET too, so a CDN can cache the URL.
///
/// Documents are remembered per process, at most `capacity` of them, the least recently used
/// dropped first: a server that restarts, or a replica that has not seen a document, answers
/// `PERSISTED_QUERY_NOT_FOUND` and the client sends the query again.
final class PersistedQueries: Sendable {
    /// Documents by the lower-case hexadecimal SHA-256 of their text.
    private let documents: RecentlyUsed<String, String>

    init(capacity: Int = 1_000) {
        documents = RecentlyUsed(capacity: capacity)
    }

    /// The request a persisted-query extension stands for: the parameters with their query
    /// filled in from the hash, or the error to answer with. Requests without the extension
    /// pass unchanged. `hash` is set when the query should be remembered once accepted.
    func resolve(_ parameters: GraphQLParameters) -> Result<(parameters: GraphQLParameters, hash: String?), GraphQLError> {
        guard let value = parameters.extensions?["persistedQuery"] else { return .success((parameters, nil)) }
        guard case .object(let reference) = value else {
            return .failure(GraphQLError("\"extensions.persistedQuery\" must be an object.", code: .badRequest))
        }
        guard reference.int("version") == 1 else {
            return .failure(GraphQLError(
                "Only version 1 of persisted queries is supported.", code: .persistedQueryNotSupported))
        }
        guard let hash = reference.string("sha256Hash")?.lowercased(), hash.utf8.count == 64,
              hash.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            return .failure(GraphQLError(
                "\"extensions.persistedQuery.sha256Hash\" must be 64 hexadecimal digits.", code: .badRequest))
        }
        if parameters.query.isEmpty {
            guard let query = documents[hash] else {
                return .failure(GraphQLError("PersistedQueryNotFound", code: .persistedQueryNotFound))
            }
            var resolved = parameters
            resolved.query = query
            return .success((resolved, nil))
        }
        guard Self.hash(of: parameters.query) == hash else {
            return .failure(GraphQLError("provided sha does not match query", code: .persistedQueryHashMismatch))
        }
        return .success((parameters, hash))
    }

    /// Remembers an accepted document under its hash.
    func remember(_ query: String, hash: String) {
        documents.insert(query, for: hash)
    }

    /// The lower-case hexadecimal SHA-256 of a document's UTF-8 text.
    static func hash(of query: String) -> String {
        SHA256.hash(data: Data(query.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
