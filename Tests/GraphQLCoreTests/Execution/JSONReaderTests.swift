import Testing
@testable import GraphQLCore

@Suite("JSONReader")
struct JSONReaderTests {
    @Test func readsEveryKind() throws {
        let value = try GraphQLValue(json: #" {"a": [1, -2, 3.5, 1e2, true, false, null], "b": {"c": "d"}, "e": ""} "#)
        #expect(value.json == #"{"a":[1,-2,3.5,100,true,false,null],"b":{"c":"d"},"e":""}"#)
        if case .object(let object) = value, case .list(let items)? = object["a"] {
            #expect(items[0] == .int(1))
            #expect(items[3] == .float(100))
        } else {
            Issue.record("expected an object")
        }
    }

    @Test func integersBeyondIntBecomeFloats() throws {
        #expect(try GraphQLValue(json: "9223372036854775807") == .int(Int.max))
        #expect(try GraphQLValue(json: "-9223372036854775808") == .int(Int.min))
        #expect(try GraphQLValue(json: "9223372036854775808") == .float(9223372036854775808))
        #expect(try GraphQLValue(json: "-0") == .int(0))
    }

    @Test func decodesEscapes() throws {
        #expect(try GraphQLValue(json: #""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try GraphQLValue(json: #""\u00e9\u2028\ud83d\ude00""#) == .string("é\u{2028}😀"))
        #expect(try GraphQLValue(json: "\"日本 😀\"") == .string("日本 😀"))
    }

    @Test func duplicateKeysKeepTheLastValue() throws {
        #expect(try GraphQLValue(json: #"{"a":1,"b":2,"a":3}"#).json == #"{"a":3,"b":2}"#)
        let many = (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(try GraphQLValue(json: "{\(many),\"k3\":99}").json == "{\(many.replacingOccurrences(of: "\"k3\":3", with: "\"k3\":99"))}")
    }

    @Test(arguments: [
        ("", "Malformed JSON: Unexpected end of input at byte 0."),
        ("{", "Malformed JSON: Expected a string key at byte 1."),
        ("[1,]", "Malformed JSON: Unexpected character at byte 3."),
        ("{\"a\":1,}", "Malformed JSON: Expected a string key at byte 7."),
        ("01", "Malformed JSON: Leading zeros are not allowed at byte 1."),
        ("1.", "Malformed JSON: Expected a digit after '.' at byte 2."),
        ("-", "Malformed JSON: Expected a digit at byte 1."),
        ("1e", "Malformed JSON: Expected a digit in the exponent at byte 2."),
        ("NaN", "Malformed JSON: Unexpected character at byte 0."),
        ("tru", "Malformed JSON: Unexpected end of input at byte 0."),
        ("\"a\u{01}\"", "Malformed JSON: Unescaped control character in string at byte 2."),
        ("\"\\x\"", "Malformed JSON: Invalid escape at byte 3."),
        ("\"\\ud800\"", "Malformed JSON: Lone surrogate in string at byte 7."),
        ("\"\\udc00\"", "Malformed JSON: Lone surrogate in string at byte 7."),
        ("\"abc", "Malformed JSON: Unterminated string at byte 4."),
        ("1 2", "Malformed JSON: Unexpected data after the JSON value at byte 2."),
        ("// c\n1", "Malformed JSON: Unexpected character at byte 0."),
        ("1e999", "Malformed JSON: Number out of range at byte 5."),
    ])
    func rejects(input: String, message: String) {
        #expect(throws: GraphQLError(message)) { try GraphQLValue(json: input) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: GraphQLError("Malformed JSON: Invalid UTF-8 in string at byte 3.")) {
            try GraphQLValue(jsonData: [0x22, 0x61, 0xFF, 0x22])
        }
    }

    @Test func limitsNesting() throws {
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: GraphQLError("Malformed JSON: Nesting deeper than 512 levels at byte 512.")) { try GraphQLValue(json: deep) }
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try GraphQLValue(json: fine)
    }
}
