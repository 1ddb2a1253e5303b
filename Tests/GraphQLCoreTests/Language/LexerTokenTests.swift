@testable import GraphQLCore
import Testing

/// Every token kind, the ignored tokens between them, and where each token is said to start.
@Suite("Lexer tokens")
struct LexerTokenTests {
    /// `kind value @line:column` for every token up to and including `<EOF>`.
    func tokens(_ source: String) throws -> [String] {
        var lexer = Lexer(source)
        var result: [String] = []
        repeat {
            try lexer.advance()
            let token = lexer.token
            let text = lexer.value(of: token)
            let value = text.isEmpty ? "" : " \(text)"
            result.append("\(token.kind.rawValue)\(value) @\(token.line):\(token.column)")
        } while lexer.token.kind != .endOfFile
        return result
    }

    func lexError(_ source: String) -> String {
        var lexer = Lexer(source)
        do {
            repeat { try lexer.advance() } while lexer.token.kind != .endOfFile
            return "no error"
        } catch let error as GraphQLError {
            return "\(error.message) @\(error.locations.map { "\($0.line):\($0.column)" }.joined())"
        } catch {
            return "\(error)"
        }
    }

    @Test func everyPunctuator() throws {
        #expect(try tokens("! $ & ( ) ... : = @ [ ] { | }") == [
            "! @1:1", "$ @1:3", "& @1:5", "( @1:7", ") @1:9", "... @1:11", ": @1:15", "= @1:17",
            "@ @1:19", "[ @1:21", "] @1:23", "{ @1:25", "| @1:27", "} @1:29", "<EOF> @1:30",
        ])
    }

    @Test func punctuatorsNeedNoSpaces() throws {
        #expect(try tokens("{a(b:$c)@d...e}") == [
            "{ @1:1", "Name a @1:2", "( @1:3", "Name b @1:4", ": @1:5", "$ @1:6", "Name c @1:7", ") @1:8",
            "@ @1:9", "Name d @1:10", "... @1:11", "Name e @1:14", "} @1:15", "<EOF> @1:16",
        ])
    }

    @Test func names() throws {
        #expect(try tokens("_ a Z __typename name_with_123 a1b2") == [
            "Name _ @1:1", "Name a @1:3", "Name Z @1:5", "Name __typename @1:7",
            "Name name_with_123 @1:18", "Name a1b2 @1:32", "<EOF> @1:36",
        ])
    }

    @Test func numbers() throws {
        #expect(try tokens("0 -0 9 1234567890 -12 0.0 -1.5 1e3 1E+3 2e-3 1.25e10 123456789012345678901234567890") == [
            "Int 0 @1:1", "Int -0 @1:3", "Int 9 @1:6", "Int 1234567890 @1:8", "Int -12 @1:19",
            "Float 0.0 @1:23", "Float -1.5 @1:27", "Float 1e3 @1:32", "Float 1E+3 @1:36", "Float 2e-3 @1:41",
            "Float 1.25e10 @1:46", "Int 123456789012345678901234567890 @1:54", "<EOF> @1:84",
        ])
    }

    @Test func stringsAndBlockStrings() throws {
        #expect(try tokens(#" "" "simple" """""" "a\tb" """block""" "#) == [
            "String @1:2", "String simple @1:5", "BlockString @1:14", "String a\tb @1:21",
            "BlockString block @1:28", "<EOF> @1:40",
        ])
    }

    @Test func ignoredTokens() throws {
        // Whitespace, commas, comments and byte order marks separate tokens and are dropped.
        #expect(try tokens("\u{FEFF}a,,,b\t c # comment, { not a token\n\u{FEFF}d,") == [
            "Name a @1:1", "Name b @1:5", "Name c @1:8", "Name d @2:2", "<EOF> @2:4",
        ])
        #expect(try tokens("") == ["<EOF> @1:1"])
        #expect(try tokens("# only a comment") == ["<EOF> @1:17"])
    }

    @Test func everyLineTerminatorStartsALine() throws {
        #expect(try tokens("a\nb\r\nc\rd\n\re") == [
            "Name a @1:1", "Name b @2:1", "Name c @3:1", "Name d @4:1", "Name e @6:1", "<EOF> @6:2",
        ])
        // Lines inside block strings and after comments count too.
        #expect(try tokens("\"\"\"x\r\ny\rz\"\"\" a # c\r\n b") == [
            "BlockString x\ny\nz @1:1", "Name a @3:6", "Name b @4:2", "<EOF> @4:3",
        ])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        #expect(try tokens("\"é東😀\" a # ü\n\"\"\"ö\"\"\" b") == [
            "String é東😀 @1:1", "Name a @1:7", "BlockString ö @2:1", "Name b @2:9", "<EOF> @2:10",
        ])
        #expect(lexError("\"é\" ?") == "Syntax Error: Unexpected character: \"?\". @1:5")
    }

    @Test func numbersMayNotRunIntoNamesOrDots() {
        #expect(lexError("01") == "Syntax Error: Invalid number, unexpected digit after 0: \"1\". @1:2")
        #expect(lexError("-01") == "Syntax Error: Invalid number, unexpected digit after 0: \"1\". @1:3")
        #expect(lexError("1a") == "Syntax Error: Invalid number, expected digit but got: \"a\". @1:2")
        #expect(lexError("1_") == "Syntax Error: Invalid number, expected digit but got: \"_\". @1:2")
        #expect(lexError("1.5e") == "Syntax Error: Invalid number, expected digit but got: <EOF>. @1:5")
        #expect(lexError("1.5.5") == "Syntax Error: Invalid number, expected digit but got: \".\". @1:4")
        #expect(lexError(".5") == "Syntax Error: Unexpected character: \".\". @1:1")
        #expect(lexError("1e+") == "Syntax Error: Invalid number, expected digit but got: <EOF>. @1:4")
        #expect(lexError("- 1") == "Syntax Error: Invalid number, expected digit but got: \" \". @1:2")
        #expect(lexError("+1") == "Syntax Error: Unexpected character: \"+\". @1:1")
    }

    @Test func unexpectedCharacters() {
        #expect(lexError("..") == "Syntax Error: Unexpected character: \".\". @1:1")
        #expect(lexError("a.b") == "Syntax Error: Unexpected character: \".\". @1:2")
        #expect(lexError("'single'") == "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")? @1:1")
        #expect(lexError("\u{07}") == "Syntax Error: Unexpected character: U+0007. @1:1")
        #expect(lexError("é") == "Syntax Error: Unexpected character: U+00E9. @1:1")
        #expect(lexError("😀") == "Syntax Error: Unexpected character: U+1F600. @1:1")
        #expect(lexError("a\n  ~") == "Syntax Error: Unexpected character: \"~\". @2:3")
    }

    @Test func stringErrors() {
        #expect(lexError("\"no end") == "Syntax Error: Unterminated string. @1:8")
        #expect(lexError("\"line\nbreak\"") == "Syntax Error: Unterminated string. @1:6")
        #expect(lexError("\"line\rbreak\"") == "Syntax Error: Unterminated string. @1:6")
        #expect(lexError("\"\"\"no end\n  ") == "Syntax Error: Unterminated string. @2:3")
        #expect(lexError("\"ends in \\") == "Syntax Error: Unterminated string. @1:11")
        #expect(lexError(#""\z""#) == #"Syntax Error: Invalid character escape sequence: "\z". @1:2"#)
        #expect(lexError(#""\é""#) == #"Syntax Error: Invalid character escape sequence: "\é". @1:2"#)
        #expect(lexError(#""\u12 x""#) == #"Syntax Error: Invalid Unicode escape sequence: "\u12 x". @1:2"#)
        #expect(lexError(#""\uXYZW""#) == #"Syntax Error: Invalid Unicode escape sequence: "\uXYZW". @1:2"#)
        #expect(lexError(#""\u{}""#) == #"Syntax Error: Invalid Unicode escape sequence: "\u{}". @1:2"#)
        #expect(lexError(#""\u{12x}""#) == #"Syntax Error: Invalid Unicode escape sequence: "\u{12x". @1:2"#)
        #expect(lexError(#""\u{1F600""#) == #"Syntax Error: Invalid Unicode escape sequence: "\u{1F600"". @1:2"#)
        #expect(lexError(#""\u{FFFFFFFFFF}""#) == #"Syntax Error: Invalid Unicode escape sequence: "\u{FFFFFFFFFF}". @1:2"#)
    }

    @Test func loneSurrogatesAreRejected() {
        #expect(lexError(#""\uD83D""#) == #"Syntax Error: Invalid Unicode escape sequence: "\uD83D". @1:2"#)
        #expect(lexError(#""\uDE00\uD83D""#) == #"Syntax Error: Invalid Unicode escape sequence: "\uDE00". @1:2"#)
        #expect(lexError(#""\uD83D\u0041""#) == #"Syntax Error: Invalid Unicode escape sequence: "\uD83D". @1:2"#)
        #expect(lexError(#""\uD83D\uD83D""#) == #"Syntax Error: Invalid Unicode escape sequence: "\uD83D". @1:2"#)
        // A variable-width escape must be a scalar value itself, and cannot finish a pair.
        #expect(lexError(#""\u{D83D}""#) == #"Syntax Error: Invalid Unicode escape sequence: "\u{D83D}". @1:2"#)
        #expect(lexError(#""\u{DE00}""#) == #"Syntax Error: Invalid Unicode escape sequence: "\u{DE00}". @1:2"#)
        #expect(lexError(#""\uD83D\u{DE00}""#) == #"Syntax Error: Invalid Unicode escape sequence: "\uD83D". @1:2"#)
    }

    @Test func tokensDescribeThemselvesForErrors() throws {
        var lexer = Lexer("} name 1 2.5 \"s\" \"\"\"b\"\"\"")
        var descriptions: [String] = []
        repeat {
            try lexer.advance()
            descriptions.append(lexer.describe(lexer.token))
        } while lexer.token.kind != .endOfFile
        #expect(descriptions == ["\"}\"", "Name \"name\"", "Int \"1\"", "Float \"2.5\"", "String \"s\"", "BlockString \"b\"", "<EOF>"])
    }

    @Test func lookaheadDoesNotConsume() throws {
        var lexer = Lexer("a b")
        try lexer.advance()
        #expect(lexer.value(of: try lexer.lookahead()) == "b")
        #expect(lexer.value(of: lexer.token) == "a")
        try lexer.advance()
        #expect(lexer.value(of: lexer.token) == "b")
    }
}
