import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import SessionAPI
import SessionServer
import SessionStore
import Testing

/// The whole server over a real socket: HTTP routes, `SessionAPI` and a seeded embedded
/// database, wired the way `sessionql serve` wires them. The transport rules themselves are
/// in `GraphQLOverHTTPTests`; these check that real documents travel through them intact.
@Suite("Live server")
struct LiveServerTests {
    static let graphQLResponse = "application/graphql-response+json; charset=utf-8"
    static let json = "application/json; charset=utf-8"
    static let firstQuery = #"{ viewer { slug } session(id: "sess_acme_big") { toolCallCount supportTicketCount } }"#
    static let firstAnswer = #"{"data":{"viewer":{"slug":"acme"},"session":{"toolCallCount":520,"supportTicketCount":6}}}"#

    /// A server for `acme` over a fresh in-memory database holding the small demo data.
    func withServer(_ test: @escaping @Sendable (KeyedClient, any SQLDatabase) async throws -> Void) async throws {
        let logger = Logger(label: "sessionql.server.tests")
        let database = try await SQLiteDatabase.open(path: ":memory:", statementTimeout: .seconds(30), logger: logger)
        try await Migrator(database: database).migrate()
        _ = try await Seeder(seed: 1, scale: .small).seed(into: database)
        let keys = APIKeys(store: SessionStore(database: database))
        let key = try await keys.create(organizationId: SeedFixtures.acmeOrganizationId, name: "live tests").key
        let app = buildApplication(
            configuration: ServerConfiguration(host: "127.0.0.1", port: 0),
            dependencies: ServerDependencies(
                isDatabaseReady: { (try? await database.ping()) != nil },
                graphQL: try SessionAPI(database: database),
                keys: keys,
                schemaSDL: EmbeddedSchema.sdl
            ),
            logger: logger
        )
        try await app.test(.live) { client in try await test(KeyedClient(client: client, key: key), database) }
        try? await database.close()
    }

    func post(_ client: KeyedClient, _ body: String, accept: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let accept { headers[.accept] = accept }
        return try await client.execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }

    static func jsonString(_ text: String) throws -> String {
        String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
    }

    @Test func theREADMEsFirstQueryOverPostAndGet() async throws {
        try await withServer { client, _ in
            let posted = try await post(client, #"{"query":\#(try Self.jsonString(Self.firstQuery))}"#)
            #expect(posted.status == .ok)
            #expect(posted.headers[.contentType] == Self.json)
            #expect(String(buffer: posted.body) == Self.firstAnswer)

            let got = try await client.execute(uri: "/graphql?query=\(Self.formEncoded(Self.firstQuery))", method: .get)
            #expect(got.status == .ok)
            #expect(String(buffer: got.body) == Self.firstAnswer)
        }
    }

    @Test func variablesAndOperationNameReachTheEngine() async throws {
        try await withServer { client, _ in
            let document = """
                query Other { viewer { slug } }
                query Counts($id: ID!) { session(id: $id) { toolCallCount } }
                """
            let body = #"{"query":\#(try Self.jsonString(document)),"variables":{"id":"sess_acme_big"},"operationName":"Counts"}"#
            let response = try await post(client, body)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == #"{"data":{"session":{"toolCallCount":520}}}"#)
        }
    }

    @Test func aMutationOverPostIsSeenByTheNextQuery() async throws {
        try await withServer { client, _ in
            let mutation = #"mutation { setSessionTitle(id: "sess_acme_big", title: "Quarterly review") { title } }"#
            let renamed = try await post(client, #"{"query":\#(try Self.jsonString(mutation))}"#)
            #expect(renamed.status == .ok)
            #expect(String(buffer: renamed.body) == #"{"data":{"setSessionTitle":{"title":"Quarterly review"}}}"#)

            let read = #"{ session(id: "sess_acme_big") { title } }"#
            let after = try await client.execute(uri: "/graphql?query=\(Self.formEncoded(read))", method: .get)
            #expect(String(buffer: after.body) == #"{"data":{"session":{"title":"Quarterly review"}}}"#)

            let overGet = try await client.execute(uri: "/graphql?query=\(Self.formEncoded(mutation))", method: .get)
            #expect(overGet.status == .methodNotAllowed)
        }
    }

    @Test func documentsThatCannotRunAre400OnlyForGraphQLResponseClients() async throws {
        try await withServer { client, _ in
            let syntax = try await post(client, #"{"query":"{ viewer { slug }"}"#, accept: "application/graphql-response+json")
            #expect(syntax.status == .badRequest)
            #expect(syntax.headers[.contentType] == Self.graphQLResponse)
            #expect(String(buffer: syntax.body) == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":18}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#)

            let invalid = try await post(client, #"{"query":"{ viewer { nope } }"}"#, accept: "application/json")
            #expect(invalid.status == .ok)
            #expect(invalid.headers[.contentType] == Self.json)
            #expect(String(buffer: invalid.body) == #"{"errors":[{"message":"Cannot query field \"nope\" on type \"Organization\". Did you mean \"name\"?","locations":[{"line":1,"column":12}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"#)
        }
    }

    @Test func theSchemaEndpointServesTheContract() async throws {
        try await withServer { client, _ in
            let response = try await client.execute(uri: "/schema.graphql", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == EmbeddedSchema.sdl)
        }
    }

    @Test func aClosedDatabaseIsNotReadyAndQueriesAre503() async throws {
        try await withServer { client, database in
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            try await database.close()
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .serviceUnavailable)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)

            // The key cannot be checked either: the request stops there, as 503, not 401.
            let response = try await post(client, #"{"query":"{ viewer { slug } }"}"#)
            #expect(response.status == .serviceUnavailable)
            #expect(String(buffer: response.body) == #"{"errors":[{"message":"The database is unavailable; try again shortly.","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}"#)
        }
    }
}
