import GraphQLCore
import Testing

/// The fuzzer's check itself: its tree comparison sees what a document says and nothing else,
/// so a round trip that changes a name, a value or a nesting is caught, and one that only
/// moves text around or quotes a block string is not.
@Suite("Document check")
struct DocumentCheckTests {
    func shape(_ source: String) throws -> String {
        DocumentCheck.shape(of: try Parser.parse(source))
    }

    @Test func locationsAndLayoutDoNotCount() throws {
        #expect(try shape("{ a(b: [1, 2]) { c } }") == shape("{\n  a(b: [1 2]) {\n\n c }\n}"))
    }

    @Test func aBlockStringEqualsTheQuotedStringOfTheSameValue() throws {
        #expect(try shape(#"{ a(b: """x""") }"#) == shape(#"{ a(b: "x") }"#))
        #expect(try shape("\"\"\"d\"\"\" type T { a: Int }") == shape("\"d\" type T { a: Int }"))
    }

    @Test func whatADocumentSaysCounts() throws {
        #expect(try shape("{ a }") != shape("{ b }"))
        #expect(try shape("{ a: b }") != shape("{ b }"))
        #expect(try shape(#"{ a(b: "x") }"#) != shape(#"{ a(b: "y") }"#))
        #expect(try shape("{ a(b: 1) }") != shape("{ a(b: 1.0) }"))
        #expect(try shape("{ a(b: ONE) }") != shape(#"{ a(b: "ONE") }"#))
        #expect(try shape("query { a }") != shape("mutation { a }"))
        #expect(try shape("query ($v: [Int]!) { a }") != shape("query ($v: [Int!]) { a }"))
        #expect(try shape("{ a { b } c }") != shape("{ a { b c } }"))
        #expect(try shape("{ ... on T { a } }") != shape("{ ... { a } }"))
        #expect(try shape("type T { a: Int }") != shape("extend type T { a: Int }"))
        #expect(try shape("\"d\" type T { a: Int }") != shape("type T { a: Int }"))
    }

    @Test func documentsThatDoNotParseOrThatRoundTripPass() {
        #expect(DocumentCheck.failure(of: "{ a(", schema: nil) == nil)
        #expect(DocumentCheck.failure(of: "query Q($v: Int = 1) @d { a: b(c: {d: [null, $v]}) ...F ... on T { e } }", schema: nil) == nil)
    }

    /// Layouts where printing has to take care, checked with the fuzzer's check: block strings
    /// inside wrapped (indented) arguments and lists, descriptions of every kind of definition,
    /// strings that cannot be printed as a block, escapes and keywords used as names.
    @Test(arguments: [
        #"{ averyveryverylongfieldname(argumentnumberone: """line1\#n\#n  line2\#n""", argumenttwo: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") { b } }"#,
        #"{ averyveryverylongfieldname(argumentnumberone: ["""  a\#n  b""", {k: """\#n x\#n  y"""}], argumenttwo: "xxxxxxxxxxxxxxxxxxxx") }"#,
        "query Q(\"\"\"multi\nline\"\"\" $a: Int = 1, \"d\" $b: [String!] = [\"\"\"x\ny\"\"\"]) { a }",
        "\"\"\"d\n\"\"\" query { a }",
        "\"d\" fragment F on T { a }",
        "type T { f(\n\"\"\"\n desc\n\"\"\"\na: String = \"\"\"  a\n    b\n  c\"\"\" ): Int }",
        #""""a\"""b""" type T { "\"\"\"" a: Int "a\n b\n c" b: Int " \n x" c: Int }"#,
        #"{ a(b: """ a""", c: """\ta""", d: """a \""" """, e: """ " """) }"#,
        #"{ a(b: "  \n  x", c: "x\n", d: "\nx", e: "a\r\nb", f: "\"\"\"", g: "x\"\"\"\n", h: "a\\") }"#,
        #"{ a(b: "\u0000", c: "\uDBFF\uDFFF", d: "\u{10FFFF}", e: "\u{0000000041}", f: "\u{2028}\u{85}") }"#,
        "{ on: on(on: on) { on } } fragment F on on { on }",
        "query ($v: Int = -0, $w: Float = 0.0e-0, $x: Float = 1E5, $y: I = {a: {b: [{c: null}]}}) { a }",
        "query Q @a(b: \"\"\"x\ny\"\"\") { a @d(b: \"\"\"x\ny\"\"\") { c } }",
        "interface I implements J & K @d { a: Int } extend schema @a extend type T implements I",
        "union U @d = | A | B extend union U = C directive @d(a: Int) repeatable on | FIELD | QUERY",
    ])
    func edgeCasesRoundTrip(source: String) throws {
        _ = try Parser.parse(source, limits: DocumentCheck.limits)
        #expect(DocumentCheck.failure(of: source, schema: nil) == nil)
    }
}
