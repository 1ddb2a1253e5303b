import Crypto
import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// Automatic persisted queries: a hash alone once the document is known, the document with
/// its hash to make it known, and clear refusals otherwise.
@Suite(.serialized)
struct PersistedQueryTests {
    static let query = "query Viewer { viewer { slug } }"
    static let hash = SHA256.hash(data: Data(query.utf8)).map { String(format: "%02x", $0) }.joined()

    static func extensions(_ hash: String, version: Int = 1) -> GraphQLObject {
        GraphQLObject([("persistedQuery", .object(GraphQLObject([("version", .int(version)), ("sha256Hash", .string(hash))])))])
    }

    static func codes(_ result: APIHarness.Result) -> [String] {
        result.errors.compactMap { $0["extensions", "code"].stringValue }
    }

    @Test(arguments: APIBackend.available)
    func anUnknownHashIsNotFoundUntilTheDocumentIsSentWithIt(_ backend: APIBackend) async throws {
        let harness = try APIHarness(database: try await APIData.shared.harness(backend).database)
        let unknown = await harness.run("", extensions: Self.extensions(Self.hash))
        #expect(unknown.isRejected)
        #expect(unknown.json == #"{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}"#)
        #expect(unknown.statements == 0)
        let registered = await harness.run(Self.query, extensions: Self.extensions(Self.hash.uppercased()))
        #expect(registered.json == #"{"data":{"viewer":{"slug":"acme"}}}"#)
        let byHash = await harness.run("", extensions: Self.extensions(Self.hash))
        #expect(byHash.json == #"{"data":{"viewer":{"slug":"acme"}}}"#)
    }

    @Test(arguments: APIBackend.available)
    func aDocumentIsRememberedOnlyOnceItIsAccepted(_ backend: APIBackend) async throws {
        let harness = try APIHarness(database: try await APIData.shared.harness(backend).database)
        let invalid = "{ viewer { nope } }"
        let invalidHash = SHA256.hash(data: Data(invalid.utf8)).map { String(format: "%02x", $0) }.joined()
        let refused = await harness.run(invalid, extensions: Self.extensions(invalidHash))
        #expect(Self.codes(refused) == ["GRAPHQL_VALIDATION_FAILED"])
        let later = await harness.run("", extensions: Self.extensions(invalidHash))
        #expect(Self.codes(later) == ["PERSISTED_QUERY_NOT_FOUND"])
    }

    @Test(arguments: APIBackend.available)
    func badExtensionsAreRefusedClearly(_ backend: APIBackend) async throws {
        let harness = try APIHarness(database: try await APIData.shared.harness(backend).database)
        let mismatch = await harness.run("{ viewer { id } }", extensions: Self.extensions(Self.hash))
        #expect(mismatch.json == #"{"errors":[{"message":"provided sha does not match query","extensions":{"code":"PERSISTED_QUERY_HASH_MISMATCH"}}]}"#)
        let version = await harness.run(Self.query, extensions: Self.extensions(Self.hash, version: 2))
        #expect(Self.codes(version) == ["PERSISTED_QUERY_NOT_SUPPORTED"])
        let short = await harness.run("", extensions: Self.extensions("abc"))
        #expect(Self.codes(short) == ["BAD_REQUEST"])
        let notObject = await harness.run(Self.query, extensions: GraphQLObject([("persistedQuery", .string("x"))]))
        #expect(Self.codes(notObject) == ["BAD_REQUEST"])
    }

    @Test(arguments: APIBackend.available)
    func aPersistedMutationIsStillKnownAsOneByItsHash(_ backend: APIBackend) async throws {
        let harness = try APIHarness(database: try await APIData.shared.harness(backend).database)
        let mutation = #"mutation { setSessionTitle(id: "nope", title: "x") { id } }"#
        let hash = SHA256.hash(data: Data(mutation.utf8)).map { String(format: "%02x", $0) }.joined()
        _ = await harness.run(mutation, extensions: Self.extensions(hash))
        // What the transport asks before refusing it over GET.
        #expect(await harness.api.operationKind(GraphQLParameters(query: "", extensions: Self.extensions(hash))) == .mutation)
    }
}
