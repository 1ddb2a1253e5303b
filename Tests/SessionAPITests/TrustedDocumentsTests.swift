import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// Trusted documents only (`serve --persisted-only`): manifests, the registered table, and
/// what a request may send.
@Suite(.serialized)
struct TrustedDocumentsTests {
    static let trusted = "query Trusted { __typename }"
    static let other = "{ __typename }"
    static let refused = #"{"errors":[{"message":"This server runs trusted documents only, and this document is not one of them.","extensions":{"code":"TRUSTED_DOCUMENT_REQUIRED"}}]}"#

    static func harness(_ backend: APIBackend, _ name: String, refresh: Duration = .zero) async throws -> APIHarness {
        var harness = try APIHarness(database: try await backend.openSeeded(schema: "sessionapi_trusted_\(name)"))
        harness.api.trustedDocuments = TrustedDocuments(
            manifest: [TrustedDocuments.hash(of: trusted): trusted], store: harness.api.store, refreshInterval: refresh)
        return harness
    }

    static func hashOnly(_ document: String) -> GraphQLObject {
        GraphQLObject([("persistedQuery", .object(GraphQLObject([("version", .int(1)), ("sha256Hash", .string(TrustedDocuments.hash(of: document)))])))])
    }

    @Test(arguments: APIBackend.available)
    func onlyTrustedDocumentsRunByTextOrByHash(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, "run")
        defer { Task { try? await harness.database.close() } }
        #expect(await harness.run(Self.trusted).json == #"{"data":{"__typename":"Query"}}"#)
        #expect(await harness.run("", extensions: Self.hashOnly(Self.trusted)).json == #"{"data":{"__typename":"Query"}}"#)
        let untrusted = await harness.run(Self.other)
        #expect(untrusted.isRejected && untrusted.json == Self.refused)
        // Automatic persisted queries register nothing here: the hash stays unknown.
        #expect(await harness.run(Self.other, extensions: Self.hashOnly(Self.other)).json == Self.refused)
        #expect(await harness.run("", extensions: Self.hashOnly(Self.other)).json == Self.refused)
        let mismatch = await harness.run(Self.other, extensions: Self.hashOnly(Self.trusted))
        #expect(mismatch.json == #"{"errors":[{"message":"provided sha does not match query","extensions":{"code":"PERSISTED_QUERY_HASH_MISMATCH"}}]}"#)
    }

    @Test(arguments: APIBackend.available)
    func aRegisteredDocumentRunsOnceTheTableIsReadAgain(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, "registered")
        defer { Task { try? await harness.database.close() } }
        #expect(await harness.run(Self.other).json == Self.refused)
        try await harness.api.store.addTrustedDocument(hash: TrustedDocuments.hash(of: Self.other), body: Self.other, name: nil, addedAt: 1)
        let admitted = await harness.run(Self.other)
        #expect(admitted.json == #"{"data":{"__typename":"Query"}}"#)
        // Known now: no more reads of the table.
        #expect(await harness.run(Self.other).statements == 0)
    }

    @Test(arguments: APIBackend.available)
    func unknownDocumentsReadTheTableAtMostOncePerInterval(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, "interval", refresh: .seconds(3600))
        defer { Task { try? await harness.database.close() } }
        #expect(await harness.run("{ a: __typename }").statements == 1)
        #expect(await harness.run("{ b: __typename }").statements == 0)
    }

    @Test func manifestsOfBothShapesAreReadAndEveryHashIsChecked() throws {
        let hash = TrustedDocuments.hash(of: Self.trusted)
        let apollo = #"{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id":"\#(hash)","name":"Trusted","type":"query","body":"\#(Self.trusted)"}]}"#
        #expect(try TrustedDocuments.manifest(json: Array(apollo.utf8)) == [hash: Self.trusted])
        let relay = #"{"\#(hash.uppercased())":"\#(Self.trusted)"}"#
        #expect(try TrustedDocuments.manifest(json: Array(relay.utf8)) == [hash: Self.trusted])
        let wrong = #"{"\#(hash)":"\#(Self.other)"}"#
        #expect(throws: TrustedDocuments.ManifestError.self) { try TrustedDocuments.manifest(json: Array(wrong.utf8)) }
        let version = #"{"format":"apollo-persisted-query-manifest","version":2,"operations":[]}"#
        #expect(throws: TrustedDocuments.ManifestError.self) { try TrustedDocuments.manifest(json: Array(version.utf8)) }
    }
}
