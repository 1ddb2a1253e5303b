@testable import GraphQLCore
import Testing

/// The printer's layout, checked character for character against graphql-js's conventions.
@Suite("Printer")
struct PrinterTests {
    func reprinted(_ source: String) throws -> String {
        Printer.print(try Parser.parse(source))
    }

    func block(_ text: String) -> String {
        Printer.print(Value(.string(text, isBlock: true), loc: .unknown))
    }

    static let sdl = #"""
    """The schema."""
    schema @a {
      query: Query
      mutation: Mutation
    }

    """
    Multi-line
    description.
    """
    type Query implements Node & Entity @key(fields: "id") {
      """A field."""
      field(
        """An argument."""
        arg: [String!]! = ["a", "b"]
        other: Input = {a: 1, b: [true, null]}
      ): Int @deprecated(reason: "Use `other`.")
      plain(a: Int, b: Boolean = false @d): String
    }

    interface Node {
      id: ID!
    }

    union Result @u = Query | Node

    scalar Date @specifiedBy(url: "https://example.com/date")

    enum Color {
      """Red."""
      RED
      GREEN @deprecated
    }

    input Input @oneOf {
      a: Int
      b: [Boolean] = [true]
    }

    """A directive."""
    directive @key(fields: String!) repeatable on OBJECT | INTERFACE

    directive @d on ARGUMENT_DEFINITION

    extend schema @b

    extend type Query @c

    extend interface Node implements Entity

    extend union Result = Other

    extend enum Color {
      BLUE
    }

    extend input Input {
      c: String
    }

    extend scalar Date @e
    """#

    @Test func typeSystemDocumentPrintsAsWritten() throws {
        #expect(try reprinted(Self.sdl) == Self.sdl)
    }

    @Test func typeSystemLayoutIsNormalized() throws {
        let messy = #"""
        "quoted description" type   T implements & A&B{a(x:Int=1,
        y:String):Int}
        union U=|A|B enum E{A,B}
        directive @d(
          a: Int
        ) on | FIELD|QUERY
        """#
        #expect(try reprinted(messy) == #"""
        """quoted description"""
        type T implements A & B {
          a(x: Int = 1, y: String): Int
        }

        union U = A | B

        enum E {
          A
          B
        }

        directive @d(a: Int) on FIELD | QUERY
        """#)
    }

    @Test func executableDescriptions() throws {
        let source = #"""
        """Loads a user."""
        query Q(
          """The id."""
          $id: ID!
          $b: Int = 1
        ) {
          a
        }

        """Anonymous, so the keyword stays."""
        query {
          a
        }

        """Shared."""
        fragment F on T {
          a
        }
        """#
        #expect(try reprinted(source) == source)
    }

    @Test func operationHeads() throws {
        #expect(try reprinted("query { a }") == "{\n  a\n}")
        #expect(try reprinted("query ($a: Int) { a(x: $a) }") == "query ($a: Int) {\n  a(x: $a)\n}")
        #expect(try reprinted("query @d { a }") == "query @d {\n  a\n}")
        #expect(try reprinted("mutation { a }") == "mutation {\n  a\n}")
        #expect(try reprinted("subscription S { a }") == "subscription S {\n  a\n}")
        #expect(try reprinted("query Q($a: Int = 1 @v, $b: [E!]! = [A]) @d(x: 1) { a }")
            == "query Q($a: Int = 1 @v, $b: [E!]! = [A]) @d(x: 1) {\n  a\n}")
    }

    @Test func selections() throws {
        #expect(try reprinted("{ a: b(c: 1) @d { e } ...F @g ... on T { h } ... @i { j } ... { k } }") == """
        {
          a: b(c: 1) @d {
            e
          }
          ...F @g
          ... on T {
            h
          }
          ... @i {
            j
          }
          ... {
            k
          }
        }
        """)
    }

    @Test func directiveArgumentsNeverWrap() throws {
        let source = "{\n  a @include(if: $aVeryLongVariableNameThatGoesOnAndOn) @skip(if: $anotherVeryLongVariableNameForTheSkip)\n}"
        #expect(try reprinted(source) == source)
    }

    @Test func fieldArgumentsWrapPastEightyColumns() throws {
        // 80 characters fit; 81 do not. Indentation does not count.
        let fits = "{\n  f(a: \"" + String(repeating: "x", count: 72) + "\")\n}"
        #expect(try reprinted(fits) == fits)
        let wraps = "{ f(a: \"" + String(repeating: "x", count: 73) + "\") }"
        #expect(try reprinted(wraps) == "{\n  f(\n    a: \"" + String(repeating: "x", count: 73) + "\"\n  )\n}")
    }

    @Test func blockStringArgumentsStayIndented() throws {
        let source = #"""
        {
          a {
            b(text: """
            line one
              line two
            """)
          }
        }
        """#
        #expect(try reprinted(source) == source)
        guard case .operation(let operation) = try Parser.parse(source).definitions[0],
              case .field(let a) = operation.selectionSet.selections[0],
              case .field(let b) = a.selectionSet?.selections[0] else { Issue.record("no field"); return }
        #expect(b.arguments[0].value.kind == .string("line one\n  line two", isBlock: true))
    }

    @Test func blockStrings() {
        #expect(block("short") == #""""short""""#)
        #expect(block("") == #""""""""#)
        #expect(block("a\nb") == "\"\"\"\na\nb\n\"\"\"")
        #expect(block("  indented first") == #""""  indented first""""#)
        #expect(block("ends with \"") == "\"\"\"\nends with \"\n\"\"\"")
        #expect(block("ends with \\") == "\"\"\"\nends with \\\n\"\"\"")
        #expect(block("has \"\"\" inside") == #""""has \""" inside""""#)
        #expect(block("a\n  b") == "\"\"\"\na\n  b\n\"\"\"")
        let long = String(repeating: "y", count: 71)
        #expect(block(long) == "\"\"\"\n\(long)\n\"\"\"")
        #expect(block(String(repeating: "y", count: 70)) == "\"\"\"\(String(repeating: "y", count: 70))\"\"\"")
    }

    @Test func blockStringsThatWouldChangeArePrintedQuoted() {
        #expect(block("a\rb") == #""a\rb""#)
        #expect(block("\nleading blank line") == #""\nleading blank line""#)
        #expect(block("trailing blank line\n ") == #""trailing blank line\n ""#)
        #expect(block("  a\n  b") == #""  a\n  b""#)
    }

    @Test func quotedStringEscapes() {
        let value = Value(.string("\u{00}\u{08}\t\n\u{0B}\u{0C}\r\u{1F} \"\\\u{7F}\u{9F}é/😀", isBlock: false), loc: .unknown)
        #expect(Printer.print(value) == #""\u0000\b\t\n\u000B\f\r\u001F \"\\\u007F\u009Fé/😀""#)
    }

    @Test func values() throws {
        #expect(Printer.print(try Parser.parseValue("[ ]")) == "[]")
        #expect(Printer.print(try Parser.parseValue("{ }")) == "{}")
        #expect(Printer.print(try Parser.parseValue("{a:[1,2.5,-3e2],b:{c:$d,e:null},f:ENUM,g:false}"))
            == "{a: [1, 2.5, -3e2], b: {c: $d, e: null}, f: ENUM, g: false}")
        #expect(Printer.print(try Parser.parseValue("\"\"\"\n  block\n\"\"\"")) == #""""block""""#)
    }

    @Test func descriptionsFromQuotedStringsThatBlocksCannotHold() throws {
        #expect(try reprinted(#""a\rb" scalar S"#) == "\"a\\rb\"\nscalar S")
        #expect(try reprinted(#""\n\nx" scalar S"#) == "\"\\n\\nx\"\nscalar S")
    }
}
