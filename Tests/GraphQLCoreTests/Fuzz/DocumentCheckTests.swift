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
}
