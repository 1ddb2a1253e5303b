@testable import GraphQLCore
import Testing

/// String, block string and number tokens: the values the parser hands on.
@Suite("Lexer values")
struct LexerValueTests {
    func stringValue(_ literal: String) throws -> String {
        let value = try Parser.parseValue(literal)
        guard case .string(let text, _) = value.kind else {
            Issue.record("not a string: \(value)")
            return ""
        }
        return text
    }

    @Test func simpleEscapes() throws {
        #expect(try stringValue(#""quote \" backslash \\ slash \/ b \b f \f n \n r \r t \t""#)
            == "quote \" backslash \\ slash / b \u{08} f \u{0C} n \n r \r t \t")
    }

    @Test func unicodeEscapes() throws {
        #expect(try stringValue(#""\u00e9\u00C9""#) == "éÉ")
        #expect(try stringValue(#""\u{1F600}""#) == "😀")
        #expect(try stringValue(#""\u{0000000041}""#) == "A")
        #expect(try stringValue(#""\uD83D\uDE00""#) == "😀")
        #expect(try stringValue("\"unescaped 東京 ☀️\"") == "unescaped 東京 ☀️")
    }

    @Test func blockStringIndentationFollowsTheSpec() throws {
        let source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\""
        #expect(try stringValue(source) == "Hello,\n  World!\n\nYours,\n  GraphQL.")
        #expect(try stringValue("\"\"\"  first line kept\n    second\n  \"\"\"") == "  first line kept\nsecond")
        #expect(try stringValue("\"\"\"escaped \\\"\"\" quotes\"\"\"") == "escaped \"\"\" quotes")
        #expect(try stringValue("\"\"\"no \\n escapes \\u0041\"\"\"") == "no \\n escapes \\u0041")
        #expect(try stringValue("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"") == "crlf\nlines")
        #expect(try stringValue("\"\"\"\n\n   \n\"\"\"") == "")
    }

    @Test func escapesOfEveryKind() throws {
        #expect(try stringValue(#""\u0000\u001F\u007f""#) == "\u{00}\u{1F}\u{7F}")
        #expect(try stringValue(#""\u{0}\u{41}\u{e9}\u{10FFFF}""#) == "\u{00}Aé\u{10FFFF}")
        #expect(try stringValue(#""\uD800\uDC00 \uDBFF\uDFFF""#) == "\u{10000} \u{10FFFF}")
        #expect(try stringValue(#""\u{D7FF}\u{E000}""#) == "\u{D7FF}\u{E000}")
        #expect(try stringValue(#""\\u0041""#) == "\\u0041")
        #expect(try stringValue(#""a\u0041b\nc""#) == "aAb\nc")
    }

    @Test func controlCharactersAreSourceCharacters() throws {
        // September 2025: SourceCharacter is any Unicode scalar value.
        #expect(try stringValue("\"bell \u{07} nul \u{00} del \u{7F}\"") == "bell \u{07} nul \u{00} del \u{7F}")
        #expect(try stringValue("\"\"\"bell \u{07}\"\"\"") == "bell \u{07}")
    }

    /// The spec's examples of BlockStringValue().
    @Test func blockStringValueExamples() throws {
        #expect(BlockString.value(of: "\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ") == "Hello,\n  World!\n\nYours,\n  GraphQL.")
        #expect(BlockString.value(of: "\n\n    This starts with and ends with an empty line,\n    which makes it easier to read.\n\n")
            == "This starts with and ends with an empty line,\nwhich makes it easier to read.")
        #expect(BlockString.value(of: "This does not start with or end with any empty lines,\nwhich makes it a little harder to read.")
            == "This does not start with or end with any empty lines,\nwhich makes it a little harder to read.")
        // The first line never sets or loses indentation; blank lines never set it.
        #expect(BlockString.value(of: "  first\n    second\n      third") == "  first\nsecond\n  third")
        #expect(BlockString.value(of: "\n  a\n \n    b\n") == "a\n\n  b")
        #expect(BlockString.value(of: "\n\ta\n\t\tb") == "a\n\tb")
        #expect(BlockString.value(of: "   \n  \t ") == "")
        #expect(BlockString.value(of: "") == "")
        #expect(BlockString.value(of: "a\r\n  b\r  c") == "a\nb\nc")
    }

    @Test func blockStringsKeepEscapesVerbatim() throws {
        #expect(try stringValue("\"\"\"\\t \\\" \\\\ \\u{41} \\\"\"\" \\\\ end\"\"\"") == "\\t \\\" \\\\ \\u{41} \"\"\" \\\\ end")
        #expect(try stringValue("\"\"\" \"inner\" \"\"x\"\"\"") == " \"inner\" \"\"x")
    }

    @Test func numbersKeepTheirDigits() throws {
        let value = try Parser.parseValue("[0, -0, 123, -45, 1.5, -0.25e10, 6E-3, 1e+2]")
        guard case .list(let items) = value.kind else { Issue.record("not a list"); return }
        #expect(items.map(\.kind) == [
            .int("0"), .int("-0"), .int("123"), .int("-45"),
            .float("1.5"), .float("-0.25e10"), .float("6E-3"), .float("1e+2"),
        ])
    }

    @Test func otherLiterals() throws {
        let value = try Parser.parseValue(#"{a: true, b: false, c: null, d: ENUM, e: $v, f: [], g: {}}"#)
        guard case .object(let fields) = value.kind else { Issue.record("not an object"); return }
        #expect(fields.map(\.name.value) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(fields.map(\.value.kind) == [.boolean(true), .boolean(false), .null, .enumValue("ENUM"), .variable("v"), .list([]), .object([])])
    }

    @Test func ignoredTokensAndLocations() throws {
        let document = try Parser.parse("\u{FEFF}# comment\r\n,,{\n\ta , b # trailing\n}")
        guard case .operation(let operation) = document.definitions.first else { Issue.record("no operation"); return }
        #expect(operation.loc.line == 2 && operation.loc.column == 3)
        let names = operation.selectionSet.selections.compactMap { selection -> String? in
            if case .field(let field) = selection { return "\(field.name.value)@\(field.loc.line):\(field.loc.column)" }
            return nil
        }
        #expect(names == ["a@3:2", "b@3:6"])
    }

    @Test func typeReferences() throws {
        #expect(Printer.print(try Parser.parseType("[[String!]]!")) == "[[String!]]!")
        #expect(TypeRef(try Parser.parseType("[ID!]")).description == "[ID!]")
    }
}
