@testable import GraphQLCore
import Testing

/// Invalid documents: exact message, line and column, and the parse-failed code.
@Suite("Parser errors")
struct ParserErrorTests {
    static let cases: [(source: String, message: String, line: Int, column: Int)] = [
        ("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        ("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4),
        ("", "Syntax Error: Unexpected <EOF>.", 1, 1),
        ("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8),
        ("query {\n  a\n  }\n}", "Syntax Error: Unexpected \"}\".", 4, 1),
        ("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1),
        ("...", "Syntax Error: Unexpected \"...\".", 1, 1),
        ("{ ..", "Syntax Error: Unexpected character: \".\".", 1, 3),
        ("{ a(x: \"abc) }", "Syntax Error: Unterminated string.", 1, 15),
        ("{ a(x: \"a\nb\") }", "Syntax Error: Unterminated string.", 1, 10),
        ("{ a(x: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9),
        ("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9),
        ("{ a(x: \"\\uDE00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9),
        ("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9),
        ("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9),
        ("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10),
        ("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10),
        ("{ a(x: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9),
        ("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11),
        ("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9),
        ("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5),
        ("{ a }\u{00A0}", "Syntax Error: Unexpected character: U+00A0.", 1, 6),
        ("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10),
        ("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19),
        ("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1),
        ("\"desc\" extend type T @d", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("type T { f: Int }\nextend type T", "Syntax Error: Unexpected <EOF>.", 2, 14),
        ("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        ("directive @d on FIELD | NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 25),
        ("{ a(s: \"é\") b(x: ?) }", "Syntax Error: Unexpected character: \"?\".", 1, 18),
        ("\u{FEFF}{ ? }", "Syntax Error: Unexpected character: \"?\".", 1, 3),
        ("{\r\n  a(x: @) }", "Syntax Error: Unexpected \"@\".", 2, 8),
        ("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11),
    ]

    @Test(arguments: cases.indices)
    func rejects(index: Int) {
        let example = Self.cases[index]
        do {
            _ = try Parser.parse(example.source)
            Issue.record("parsed: \(example.source)")
        } catch let error as GraphQLError {
            #expect(error.message == example.message, "\(example.source)")
            #expect(error.locations.map { [$0.line, $0.column] } == [[example.line, example.column]], "\(example.source)")
            #expect(error.code == .parseFailed)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func absurdNestingIsAnErrorNotACrash() {
        let deepSelections = String(repeating: "{a", count: 100_000) + String(repeating: "}", count: 100_000)
        #expect(throws: GraphQLError.self) { try Parser.parse(deepSelections, limits: ParseLimits(maxTokens: 1_000_000)) }
        let deepList = "{ a(x: " + String(repeating: "[", count: 100_000) + ") }"
        #expect(throws: GraphQLError.self) { try Parser.parse(deepList, limits: ParseLimits(maxTokens: 1_000_000)) }
        let deepType = "query Q($a: " + String(repeating: "[", count: 100_000) + "Int" + ") { a }"
        #expect(throws: GraphQLError.self) { try Parser.parse(deepType, limits: ParseLimits(maxTokens: 1_000_000)) }
        do {
            _ = try Parser.parse(String(repeating: "{a", count: 300) + String(repeating: "}", count: 300))
        } catch let error as GraphQLError {
            #expect(error.message == "Syntax Error: Document nests deeper than 256 levels. Parsing aborted.")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func tokenLimitIsEnforced() {
        let wide = "{ " + Array(repeating: "a", count: 50).joined(separator: " ") + " }"
        #expect(throws: Never.self) { try Parser.parse(wide, limits: ParseLimits(maxTokens: 52)) }
        do {
            _ = try Parser.parse(wide, limits: ParseLimits(maxTokens: 51))
            Issue.record("parsed past the token limit")
        } catch let error as GraphQLError {
            #expect(error.message == "Syntax Error: Document contains more than 51 tokens. Parsing aborted.")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
