import Testing
@testable import GraphQLCore

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test func scalars() {
        #expect(GraphQLValue.null.json == "null")
        #expect(GraphQLValue.bool(true).json == "true")
        #expect(GraphQLValue.bool(false).json == "false")
        #expect(GraphQLValue.int(0).json == "0")
        #expect(GraphQLValue.int(-42).json == "-42")
        #expect(GraphQLValue.int(Int.min).json == "-9223372036854775808")
        #expect(GraphQLValue.int(Int.max).json == "9223372036854775807")
    }

    @Test func doublesPrintShortestAndValid() {
        #expect(GraphQLValue.float(1.0).json == "1")
        #expect(GraphQLValue.float(-0.0).json == "0")
        #expect(GraphQLValue.float(0.1).json == "0.1")
        #expect(GraphQLValue.float(-2.5).json == "-2.5")
        #expect(GraphQLValue.float(1e-7).json == "1e-7")
        #expect(GraphQLValue.float(1.5e300).json == "1.5e+300")
        #expect(GraphQLValue.float(1e16).json == "1e+16")
        #expect(GraphQLValue.float(123456789012345.0).json == "123456789012345")
        #expect(GraphQLValue.float(.nan).json == "null")
        #expect(GraphQLValue.float(.infinity).json == "null")
        #expect(GraphQLValue.float(-.infinity).json == "null")
    }

    @Test func stringEscaping() {
        #expect(GraphQLValue.string("plain").json == #""plain""#)
        #expect(GraphQLValue.string("q\"b\\s/").json == #""q\"b\\s/""#)
        #expect(GraphQLValue.string("\n\r\t\u{08}\u{0C}").json == #""\n\r\t\b\f""#)
        #expect(GraphQLValue.string("\u{00}\u{01}\u{1F}\u{7F}").json == "\"\\u0000\\u0001\\u001f\u{7F}\"")
        #expect(GraphQLValue.string("a\u{2028}b\u{2029}c").json == #""a\u2028b\u2029c""#)
        #expect(GraphQLValue.string("héllo – 日本 😀").json == "\"héllo – 日本 😀\"")
        #expect(GraphQLValue.string("\u{2027}\u{202A}").json == "\"\u{2027}\u{202A}\"")
    }

    @Test func containersKeepOrder() {
        let value = GraphQLValue.object(GraphQLObject([
            ("z", .int(1)), ("a", .list([.null, .string("x"), .object(GraphQLObject())])), ("m", .list([])),
        ]))
        #expect(value.json == #"{"z":1,"a":[null,"x",{}],"m":[]}"#)
    }

    @Test func responseListsErrorsFirst() {
        let response = GraphQLResponse(
            data: .object(GraphQLObject([("a", .null)])),
            errors: [GraphQLError("Boom", locations: [SourceLocation(line: 2, column: 3)], path: [.key("a"), .index(0)], code: .internalServerError)])
        #expect(response.json == #"{"errors":[{"message":"Boom","locations":[{"line":2,"column":3}],"path":["a",0],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"a":null}}"#)
    }

    @Test func responseWithoutDataOrErrors() {
        #expect(GraphQLResponse(errors: [GraphQLError("Bad")]).json == #"{"errors":[{"message":"Bad"}]}"#)
        #expect(GraphQLResponse(data: .null).json == #"{"data":null}"#)
        #expect(GraphQLResponse(data: .object(GraphQLObject())).json == #"{"data":{}}"#)
    }
}
