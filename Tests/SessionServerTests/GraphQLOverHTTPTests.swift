import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import SessionServer
import Testing

/// The transport rules of GraphQL over HTTP: methods, media types, status codes, body limits.
@Suite("GraphQL over HTTP")
struct GraphQLOverHTTPTests {
    static let graphQLResponse = "application/graphql-response+json; charset=utf-8"
    static let json = "application/json; charset=utf-8"

    func withApp(_ test: @escaping @Sendable (KeyedClient) async throws -> Void) async throws {
        let app = buildApplication(
            configuration: ServerConfiguration(maxBodySize: 256),
            dependencies: ServerDependencies(
                isDatabaseReady: { true },
                graphQL: StubGraphQLService(),
                keys: StubKeyVerifier(),
                schemaSDL: "type Query { ok: Boolean }\n"
            ),
            logger: Logger(label: "test")
        )
        try await app.test(.router) { client in try await test(KeyedClient(client: client, key: StubKeyVerifier.key)) }
    }

    func post(_ client: KeyedClient, _ body: String, contentType: String? = "application/json", accept: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let contentType { headers[.contentType] = contentType }
        if let accept { headers[.accept] = accept }
        return try await client.execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func postWithoutAcceptAnswersApplicationJSON() async throws {
        try await withApp { client in
            let response = try await post(client, #"{"query":"{ ok }","variables":{"a":1},"operationName":"Q"}"#)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == Self.json)
            #expect(String(buffer: response.body) == #"{"data":{"org":"org_test","variables":"1","operation":"Q"}}"#)
        }
    }

    @Test func acceptApplicationJSONIsHonoured() async throws {
        try await withApp { client in
            let response = try await post(client, #"{"query":"{ ok }"}"#, accept: "application/json")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == Self.json)
        }
    }

    @Test func acceptPicksTheHigherQuality() async throws {
        try await withApp { client in
            let response = try await post(client, #"{"query":"{ ok }"}"#, accept: "application/graphql-response+json;q=0.5, application/json;q=0.9")
            #expect(response.headers[.contentType] == Self.json)
            let wildcard = try await post(client, #"{"query":"{ ok }"}"#, accept: "*/*")
            #expect(wildcard.headers[.contentType] == Self.json)
            let named = try await post(client, #"{"query":"{ ok }"}"#, accept: "application/graphql-response+json")
            #expect(named.headers[.contentType] == Self.graphQLResponse)
        }
    }

    @Test func unacceptableMediaTypeIs406() async throws {
        try await withApp { client in
            let response = try await post(client, #"{"query":"{ ok }"}"#, accept: "text/html")
            #expect(response.status == .notAcceptable)
            #expect(String(buffer: response.body).contains("NOT_ACCEPTABLE"))
        }
    }

    @Test func rejectedRequestIs400WithGraphQLResponseJSONAnd200WithJSON() async throws {
        try await withApp { client in
            let strict = try await post(client, #"{"query":"{ invalid }"}"#, accept: "application/graphql-response+json")
            #expect(strict.status == .badRequest)
            #expect(strict.headers[.contentType] == Self.graphQLResponse)
            #expect(String(buffer: strict.body).contains("GRAPHQL_VALIDATION_FAILED"))
            let legacy = try await post(client, #"{"query":"{ invalid }"}"#, accept: "application/json")
            #expect(legacy.status == .ok)
        }
    }

    @Test func wrongContentTypeIs415() async throws {
        try await withApp { client in
            let response = try await post(client, "{ ok }", contentType: "application/graphql")
            #expect(response.status == .unsupportedMediaType)
            let missing = try await post(client, #"{"query":"{ ok }"}"#, contentType: nil)
            #expect(missing.status == .unsupportedMediaType)
            let charset = try await post(client, #"{"query":"{ ok }"}"#, contentType: "application/json; charset=utf-8")
            #expect(charset.status == .ok)
        }
    }

    /// 400 for `application/graphql-response+json`; 200 with the error for `application/json`.
    @Test func malformedBodiesAre400OrErrorsInGraphQLErrorShape() async throws {
        try await withApp { client in
            for (body, message) in [
                ("NONSENSE", "The request body is not valid JSON."),
                (#"{"query":"#, "The request body is not valid JSON."),
                ("[1]", "The request body must be a JSON object with a \\\"query\\\" string."),
                (#"{"qeury":"{ ok }"}"#, "The request has no \\\"query\\\": send the GraphQL document as a string."),
                (#"{"query":1}"#, "\\\"query\\\" must be a string."),
                (#"{"query":"{ ok }","variables":[7]}"#, "\\\"variables\\\" must be an object or null."),
                (#"{"query":"{ ok }","operationName":3}"#, "\\\"operationName\\\" must be a string or null."),
            ] {
                let response = try await post(client, body, accept: "application/graphql-response+json")
                #expect(response.status == .badRequest, "\(body)")
                let text = String(buffer: response.body)
                #expect(text.hasPrefix(#"{"errors":[{"message":""# + message), "\(body): \(text)")
                #expect(text.contains(#""extensions":{"code":"BAD_REQUEST"}"#), "\(body)")
                let legacy = try await post(client, body, accept: "application/json")
                #expect(legacy.status == .ok, "\(body)")
                #expect(String(buffer: legacy.body) == text)
            }
        }
    }

    @Test func oversizeBodyIs413() async throws {
        try await withApp { client in
            let padding = String(repeating: " ", count: 300)
            let response = try await post(client, #"{"query":"{ ok }"\#(padding)}"#)
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("larger than 256 bytes"))
        }
    }

    @Test func getRunsQueriesFromURLParameters() async throws {
        try await withApp { client in
            let uri = "/graphql?query=%7B%20ok%20%7D&variables=%7B%22a%22%3A1%2C%22b%22%3A2%7D&operationName=Q"
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == #"{"data":{"org":"org_test","variables":"2","operation":"Q"}}"#)
        }
    }

    @Test func getDecodesFormEncodedParameters() async throws {
        try await withApp { client in
            // `+` is a space, names may be escaped too, and the first of a repeated name wins.
            let uri = "/graphql?query=%7B+ok+%7D&operation%4Eame=My+Query&operationName=Other"
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == #"{"data":{"org":"org_test","variables":"none","operation":"My Query"}}"#)
            let broken = try await client.execute(uri: "/graphql?query=%7B+ok+%7D%E2%28", method: .get, headers: [.accept: "application/graphql-response+json"])
            #expect(broken.status == .badRequest)
            #expect(String(buffer: broken.body).contains("is not valid percent-encoded UTF-8"))
        }
    }

    @Test func getWithBadVariablesIs400() async throws {
        try await withApp { client in
            let strict: HTTPFields = [.accept: "application/graphql-response+json"]
            let response = try await client.execute(uri: "/graphql?query=%7B%20ok%20%7D&variables=%7Bnope", method: .get, headers: strict)
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains(#"The \"variables\" parameter is not valid JSON."#))
            let noQuery = try await client.execute(uri: "/graphql", method: .get, headers: strict)
            #expect(noQuery.status == .badRequest)
            let legacy = try await client.execute(uri: "/graphql", method: .get)
            #expect(legacy.status == .ok)
            #expect(String(buffer: legacy.body).contains("BAD_REQUEST"))
        }
    }

    @Test func mutationOverGetIs405WithAllowHeader() async throws {
        try await withApp { client in
            let response = try await client.execute(uri: "/graphql?query=mutation%20%7B%20renamed%20%7D", method: .get)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "POST")
            let post = try await post(client, #"{"query":"mutation { renamed }"}"#)
            #expect(post.status == .ok)
        }
    }

    @Test func otherMethodsAreRefused() async throws {
        try await withApp { client in
            let response = try await client.execute(uri: "/graphql", method: .put)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, POST")
        }
    }
}
