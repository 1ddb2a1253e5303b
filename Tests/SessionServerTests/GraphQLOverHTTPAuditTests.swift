import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import SessionAPI
import SessionServer
import SessionStore
import Testing

/// Every server audit of graphql-http (its `src/audits/server.ts`), MUSTs and SHOULDs alike,
/// by its id: the request each audit sends, made against the real API with a valid key, and
/// what it requires of the answer.
@Suite("GraphQL over HTTP audits")
struct GraphQLOverHTTPAuditTests {
    enum Expectation: Sendable {
        case status(Int)
        case statusIn(ClosedRange<Int>)
        /// 200 and an `errors` entry.
        case okWithErrors
        /// 200 and no `errors` entry.
        case okWithoutErrors
        /// 200 and a content type that contains this.
        case okAs(String)
        /// No `data` entry in the body.
        case noData
        /// A JSON answer must hold `errors`; any other must be 400.
        case errorsOr400
    }

    struct Audit: Sendable, CustomTestStringConvertible {
        var id: String
        var method: HTTPRequest.Method = .post
        var accept: String?
        var contentType: String? = "application/json"
        /// The POST body, or nil for none.
        var body: String?
        /// GET parameters, form-encoded into the URL.
        var parameters: [(String, String)] = []
        var expect: Expectation
        var testDescription: String { id }
    }

    static let graphQLResponse = "application/graphql-response+json"
    static let json = "application/json"
    static let typename = #"{"query":"{ __typename }"}"#
    static let typeQuery = "query Type($name: String!) { __type(name: $name) { name } }"
    static let invalidValues = [#"{"obj":"ect"}"#, "0", "false", #"["array"]"#]
    static let invalidMaps = [#""string""#, "0", "false", #"["array"]"#]

    static let audits: [Audit] = {
        var all: [Audit] = [
            // Media types
            Audit(id: "22EB", accept: graphQLResponse, body: typename, expect: .okAs(graphQLResponse)),
            Audit(id: "4655", accept: json, body: typename, expect: .okAs(json)),
            Audit(id: "47DE", accept: "*/*", body: typename, expect: .okAs(json)),
            Audit(id: "80D8", method: .get, contentType: nil, parameters: [("query", "{ __typename }")], expect: .okAs(json)),
            Audit(id: "82A3", body: typename, expect: .status(200)),
            Audit(id: "BF61", contentType: "application/json; charset=utf-8", body: typename, expect: .status(200)),
            Audit(id: "78D5", body: typename, expect: .status(200)),
            // Requests
            Audit(id: "2C94", body: typename, expect: .status(200)),
            Audit(id: "5A70", method: .get, contentType: nil, parameters: [("query", "{ __typename }")], expect: .status(200)),
            Audit(id: "9C48", method: .get, accept: graphQLResponse, contentType: nil, parameters: [("query", "mutation { __typename }")], expect: .statusIn(400...499)),
            Audit(id: "9ABE", contentType: nil, expect: .statusIn(400...499)),
            Audit(id: "03D4", body: typename, expect: .status(200)),
            Audit(id: "7267", expect: .errorsOr400),
            // Parameters
            Audit(id: "6610", accept: graphQLResponse, body: #"{"notquery":"{ __typename }"}"#, expect: .status(400)),
            Audit(id: "3715", accept: json, body: #"{"notquery":"{ __typename }"}"#, expect: .okWithErrors),
            Audit(id: "34A2", accept: graphQLResponse, body: typename, expect: .status(200)),
            Audit(id: "13EE", accept: json, body: typename, expect: .okWithoutErrors),
            Audit(id: "8161", accept: graphQLResponse, body: #"{"operationName":"Query","query":"query Query { __typename }"}"#, expect: .status(200)),
            Audit(id: "B8B3", accept: json, body: #"{"operationName":"Query","query":"query Query { __typename }"}"#, expect: .okWithoutErrors),
            Audit(id: "2EA1", accept: graphQLResponse, body: #"{"query":"\#(typeQuery)","variables":{"name":"sometype"}}"#, expect: .status(200)),
            Audit(id: "28B9", accept: json, body: #"{"query":"\#(typeQuery)","variables":{"name":"sometype"}}"#, expect: .okWithoutErrors),
            Audit(id: "D6D5", method: .get, accept: graphQLResponse, contentType: nil,
                  parameters: [("query", typeQuery), ("variables", #"{"name":"sometype"}"#)], expect: .status(200)),
            Audit(id: "6A70", method: .get, accept: json, contentType: nil,
                  parameters: [("query", typeQuery), ("variables", #"{"name":"sometype"}"#)], expect: .okWithoutErrors),
            Audit(id: "428F", accept: graphQLResponse, body: #"{"query":"{ __typename }","extensions":{"some":"value"}}"#, expect: .status(200)),
            Audit(id: "1B7A", accept: json, body: #"{"query":"{ __typename }","extensions":{"some":"value"}}"#, expect: .okWithoutErrors),
            // application/json answers
            Audit(id: "D477", accept: json, body: #"{ "not a JSON"#, expect: .status(200)),
            Audit(id: "F5AF", accept: json, body: #"{"qeury":"{ __typename }"}"#, expect: .status(200)),
            Audit(id: "572B", accept: json, body: #"{"query":"{"}"#, expect: .status(200)),
            Audit(id: "FDE2", accept: json, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, expect: .status(200)),
            // application/graphql-response+json answers
            Audit(id: "60AA", accept: graphQLResponse, body: #"{ "not a JSON"#, expect: .statusIn(400...499)),
            Audit(id: "2163", accept: graphQLResponse, body: #"{ "not a JSON"#, expect: .status(400)),
            Audit(id: "3E36", accept: graphQLResponse, body: #"{"qeury":"{ __typename }"}"#, expect: .statusIn(400...599)),
            Audit(id: "17C5", accept: graphQLResponse, body: #"{"qeury":"{ __typename }"}"#, expect: .status(400)),
            Audit(id: "34D6", accept: graphQLResponse, body: #"{"qeury":"{ __typename }"}"#, expect: .noData),
            Audit(id: "865D", accept: graphQLResponse, body: #"{"query":"{"}"#, expect: .statusIn(400...599)),
            Audit(id: "556A", accept: graphQLResponse, body: #"{"query":"{"}"#, expect: .status(400)),
            Audit(id: "D586", accept: graphQLResponse, body: #"{"query":"{"}"#, expect: .noData),
            Audit(id: "51FE", accept: graphQLResponse, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, expect: .statusIn(400...599)),
            Audit(id: "74FF", accept: graphQLResponse, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, expect: .status(400)),
            Audit(id: "5E5B", accept: graphQLResponse, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, expect: .noData),
        ]
        for (index, value) in invalidValues.enumerated() {
            all.append(Audit(id: "4F5\(index)", accept: graphQLResponse, body: #"{"query":\#(value)}"#, expect: .status(400)))
            all.append(Audit(id: "9FE\(index)", accept: json, body: #"{"query":\#(value)}"#, expect: .okWithErrors))
            all.append(Audit(id: "E3E\(index)", accept: graphQLResponse, body: #"{"operationName":\#(value),"query":"{ __typename }"}"#, expect: .status(400)))
            all.append(Audit(id: "FB9\(index)", accept: json, body: #"{"operationName":\#(value),"query":"{ __typename }"}"#, expect: .okWithErrors))
        }
        for (index, parameter) in ["variables", "operationName", "extensions"].enumerated() {
            all.append(Audit(id: "94B\(index)", accept: graphQLResponse, body: #"{"query":"{ __typename }","\#(parameter)":null}"#, expect: .okWithoutErrors))
            all.append(Audit(id: "022\(index)", accept: json, body: #"{"query":"{ __typename }","\#(parameter)":null}"#, expect: .okWithoutErrors))
        }
        for (index, value) in invalidMaps.enumerated() {
            all.append(Audit(id: "69B\(index)", accept: graphQLResponse, body: #"{"query":"{ __typename }","variables":\#(value)}"#, expect: .status(400)))
            all.append(Audit(id: "F05\(index)", accept: json, body: #"{"query":"{ __typename }","variables":\#(value)}"#, expect: .okWithErrors))
            all.append(Audit(id: "904\(index)", accept: graphQLResponse, body: #"{"query":"{ __typename }","extensions":\#(value)}"#, expect: .status(400)))
            all.append(Audit(id: "368\(index)", accept: json, body: #"{"query":"{ __typename }","extensions":\#(value)}"#, expect: .okWithErrors))
        }
        return all
    }()

    @Test func theListHoldsEveryAuditOnce() {
        #expect(Self.audits.count == 78)
        #expect(Set(Self.audits.map(\.id)).count == Self.audits.count)
    }

    @Test(arguments: audits)
    func audit(_ audit: Audit) async throws {
        let logger = Logger(label: "sessionql.audit.tests")
        let database = try await SQLiteDatabase.open(path: ":memory:", statementTimeout: .seconds(30), logger: logger)
        try await Migrator(database: database).migrate()
        try await database.execute("INSERT INTO organization (id, name, slug, created_at) VALUES ('org_audit', 'Audit', 'audit', '2026-01-01 00:00:00')")
        let keys = APIKeys(store: SessionStore(database: database))
        let key = try await keys.create(organizationId: "org_audit", name: "audit").key
        let app = buildApplication(
            configuration: ServerConfiguration(host: "127.0.0.1", port: 0),
            dependencies: ServerDependencies(isDatabaseReady: { true }, graphQL: try SessionAPI(database: database), keys: keys, schemaSDL: EmbeddedSchema.sdl),
            logger: logger)
        try await app.test(.router) { client in
            var headers: HTTPFields = [.authorization: "Bearer \(key)"]
            if let accept = audit.accept { headers[.accept] = accept }
            if let contentType = audit.contentType { headers[.contentType] = contentType }
            var uri = "/graphql"
            if !audit.parameters.isEmpty {
                var allowed = CharacterSet.alphanumerics
                allowed.insert(charactersIn: "-._~")
                uri += "?" + audit.parameters.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
            }
            let response = try await client.execute(uri: uri, method: audit.method, headers: headers, body: audit.body.map { ByteBuffer(string: $0) })
            let status = Int(response.status.code)
            let text = String(decoding: response.body.readableBytesView, as: UTF8.self)
            let answer = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
            switch audit.expect {
            case .status(let expected):
                #expect(status == expected, "\(text)")
            case .statusIn(let range):
                #expect(range.contains(status), "\(status) \(text)")
            case .okWithErrors:
                #expect(status == 200 && answer?["errors"] != nil, "\(status) \(text)")
            case .okWithoutErrors:
                #expect(status == 200 && answer != nil && answer?["errors"] == nil, "\(status) \(text)")
            case .okAs(let type):
                #expect(status == 200 && (response.headers[.contentType] ?? "").contains(type), "\(status) \(response.headers[.contentType] ?? "")")
            case .noData:
                #expect(answer != nil && answer?.keys.contains("data") == false, "\(text)")
            case .errorsOr400:
                if (response.headers[.contentType] ?? "").contains("json") {
                    #expect(answer?["errors"] != nil, "\(text)")
                } else {
                    #expect(status == 400)
                }
            }
        }
        try await database.close()
    }
}
