/// Turns GraphQL source text into tokens (spec §2.1, Source Text and Lexical Tokens).
///
/// Scans UTF-8 bytes: outside strings and comments GraphQL is ASCII, so one switch on the
/// byte decides every token. Columns count Unicode scalars, so that a location after an
/// accented character in a string on the same line is still right.
struct Lexer {
    let bytes: [UInt8]
    private(set) var position: Int = 0
    private var line: Int = 1
    private var lineStart: Int = 0
    /// UTF-8 continuation bytes seen on the current line: bytes that are not columns.
    private var continuationBytesOnLine: Int = 0
    /// The last token read; starts as `<SOF>`.
    private(set) var token: Token
    private(set) var tokenCount: Int = 0

    init(_ source: String) {
        bytes = Array(source.utf8)
        token = Token(kind: .startOfFile, start: 0, end: 0, line: 1, column: 1)
        // Ignore a leading byte order mark.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
            lineStart = 3
        }
    }

    /// Reads the next token, skipping whitespace, line terminators, commas and comments.
    mutating func advance() throws {
        token = try readToken()
        tokenCount += 1
    }

    /// The token after the current one, without consuming it.
    func lookahead() throws -> Token {
        var copy = self
        return try copy.readToken()
    }

    func error(_ message: String, at offset: Int) -> GraphQLError {
        GraphQLError("Syntax Error: \(message)", locations: [location(of: offset)], code: .parseFailed)
    }

    /// Line and column of an offset; exact for any offset (counts from the start).
    func location(of offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < offset, index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    /// The source text between two offsets, read in place (a slice of `bytes` would retain
    /// and release the array for every token).
    private func text(_ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    private func makeToken(_ kind: TokenKind, _ start: Int, _ end: Int) -> Token {
        Token(kind: kind, start: start, end: end, line: line, column: start - lineStart - continuationBytesOnLine + 1)
    }

    // MARK: Token values

    /// The value of a token: the text of a name or number, the processed value of a string
    /// (escapes resolved, block-string indentation removed), "" for punctuators.
    ///
    /// A string is read again from its start; it was read without error once already.
    func value(of token: Token) -> String {
        switch token.kind {
        case .name, .int, .float:
            return text(token.start, token.end)
        case .string, .blockString:
            var reader = self
            reader.position = token.start
            let value = try? token.kind == .string ? reader.readString(keepingValue: true).value
                : reader.readBlockString(keepingValue: true).value
            return value ?? ""
        default:
            return ""
        }
    }

    /// Whether `token` is the name `keyword`, compared byte by byte without making a String.
    func isName(_ token: Token, _ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { source in
            keyword.withUTF8Buffer { expected in
                var index = 0
                while index < expected.count {
                    if source[token.start + index] != expected[index] { return false }
                    index += 1
                }
                return true
            }
        }
    }

    /// The token as a syntax error names it: `"}"`, `Name "foo"`, `<EOF>`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .startOfFile, .endOfFile: return token.kind.rawValue
        case _ where token.kind.isPunctuator: return "\"\(token.kind.rawValue)\""
        default: return "\(token.kind.rawValue) \"\(value(of: token))\""
        }
    }

    private mutating func newLine(at nextLineStart: Int) {
        line += 1
        lineStart = nextLineStart
        continuationBytesOnLine = 0
    }

    private mutating func readToken() throws -> Token {
        let count = bytes.count
        while position < count {
            let start = position
            let byte = bytes[position]
            switch byte {
            case 0x09, 0x20, 0x2C: // tab, space, comma
                position += 1
                continue
            case 0x0A:
                position += 1
                newLine(at: position)
                continue
            case 0x0D:
                position += 1
                if position < count, bytes[position] == 0x0A { position += 1 }
                newLine(at: position)
                continue
            case 0xEF where position + 2 < count && bytes[position + 1] == 0xBB && bytes[position + 2] == 0xBF:
                // UnicodeBOM is an ignored token anywhere, not only at the start.
                position += 3
                continuationBytesOnLine += 2
                continue
            case 0x23: // # comment to the end of the line
                position += 1
                while position < count, bytes[position] != 0x0A, bytes[position] != 0x0D {
                    if bytes[position] & 0xC0 == 0x80 { continuationBytesOnLine += 1 }
                    position += 1
                }
                continue
            case 0x21: position += 1; return makeToken(.bang, start, position)
            case 0x24: position += 1; return makeToken(.dollar, start, position)
            case 0x26: position += 1; return makeToken(.ampersand, start, position)
            case 0x28: position += 1; return makeToken(.parenLeft, start, position)
            case 0x29: position += 1; return makeToken(.parenRight, start, position)
            case 0x3A: position += 1; return makeToken(.colon, start, position)
            case 0x3D: position += 1; return makeToken(.equals, start, position)
            case 0x40: position += 1; return makeToken(.at, start, position)
            case 0x5B: position += 1; return makeToken(.bracketLeft, start, position)
            case 0x5D: position += 1; return makeToken(.bracketRight, start, position)
            case 0x7B: position += 1; return makeToken(.braceLeft, start, position)
            case 0x7C: position += 1; return makeToken(.pipe, start, position)
            case 0x7D: position += 1; return makeToken(.braceRight, start, position)
            case 0x2E: // ...
                if position + 2 < count, bytes[position + 1] == 0x2E, bytes[position + 2] == 0x2E {
                    position += 3
                    return makeToken(.spread, start, position)
                }
                throw error("Unexpected character: \".\".", at: start)
            case 0x22: // " or """
                if position + 2 < count, bytes[position + 1] == 0x22, bytes[position + 2] == 0x22 {
                    return try readBlockString(keepingValue: false).token
                }
                return try readString(keepingValue: false).token
            case 0x2D, 0x30...0x39:
                return try readNumber()
            case 0x41...0x5A, 0x61...0x7A, 0x5F:
                position = endOfName(from: position + 1)
                return makeToken(.name, start, position)
            case 0x27:
                throw error("Unexpected single quote character ('), did you mean to use a double quote (\")?", at: start)
            default:
                throw error("Unexpected character: \(describeCharacter(at: start)).", at: start)
            }
        }
        return makeToken(.endOfFile, count, count)
    }

    /// The offset after the last name character at or after `offset`. The hottest loop of
    /// the lexer: it reads through a buffer pointer, without a bounds check per byte.
    private func endOfName(from offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { source in
            var end = offset
            while end < source.count, Self.isNameContinue(source[end]) { end += 1 }
            return end
        }
    }

    // Letters are tested as one unsigned range: setting bit 5 maps A–Z onto a–z, and no
    // other byte onto that range.
    @inline(__always)
    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte == 0x5F
    }

    @inline(__always)
    static func isNameContinue(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
    }

    /// `"x"` for printable ASCII, `U+00A0` for any other character (as graphql-js prints them),
    /// so a message never carries an invisible or confusable character.
    func describeCharacter(at offset: Int) -> String {
        guard offset < bytes.count else { return "<EOF>" }
        let scalar = decodeScalar(at: offset).scalar
        if scalar.value >= 0x20, scalar.value <= 0x7E {
            return scalar == "\"" ? "'\"'" : "\"\(Character(scalar))\""
        }
        return "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
    }

    /// The Unicode scalar starting at `offset` and its length in bytes.
    func decodeScalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var iterator = bytes[offset..<min(offset + length, bytes.count)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return ("\u{FFFD}", 1)
    }

    // MARK: Numbers

    /// IntValue :: IntegerPart ; FloatValue :: IntegerPart FractionalPart? ExponentPart?
    private mutating func readNumber() throws -> Token {
        let start = position
        var isFloat = false
        if bytes[position] == 0x2D { position += 1 } // -
        if position < bytes.count, bytes[position] == 0x30 {
            position += 1
            if position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                throw error("Invalid number, unexpected digit after 0: \(describeCharacter(at: position)).", at: position)
            }
        } else {
            try readDigits()
        }
        if position < bytes.count, bytes[position] == 0x2E {
            isFloat = true
            position += 1
            try readDigits()
        }
        if position < bytes.count, bytes[position] == 0x45 || bytes[position] == 0x65 {
            isFloat = true
            position += 1
            if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
            try readDigits()
        }
        // A number may not be followed by a dot or a name start (`1.2.3`, `0x1`, `1e`).
        if position < bytes.count, bytes[position] == 0x2E || Self.isNameStart(bytes[position]) {
            throw error("Invalid number, expected digit but got: \(describeCharacter(at: position)).", at: position)
        }
        return makeToken(isFloat ? .float : .int, start, position)
    }

    private mutating func readDigits() throws {
        guard position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 else {
            throw error("Invalid number, expected digit but got: \(describeCharacter(at: position)).", at: position)
        }
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
    }

    // MARK: Strings

    /// StringValue :: `"` StringCharacter* `"`
    ///
    /// Tokens are read with `keepingValue` false (the escapes are checked, no String is
    /// made); `value(of:)` reads the string again to keep its value.
    private mutating func readString(keepingValue: Bool) throws -> (token: Token, value: String) {
        let start = position
        let tokenLine = line
        let tokenColumn = start - lineStart - continuationBytesOnLine + 1
        position += 1
        var chunkStart = position
        var value: [UInt8] = []
        var escaped = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x22 {
                var string = ""
                if keepingValue, escaped {
                    value.append(contentsOf: bytes[chunkStart..<position])
                    string = String(decoding: value, as: UTF8.self)
                } else if keepingValue {
                    string = text(chunkStart, position)
                }
                position += 1
                return (Token(kind: .string, start: start, end: position, line: tokenLine, column: tokenColumn), string)
            }
            if byte == 0x0A || byte == 0x0D { break }
            if byte == 0x5C {
                escaped = true
                value.append(contentsOf: bytes[chunkStart..<position])
                try readEscape(into: &value)
                chunkStart = position
                continue
            }
            if byte & 0xC0 == 0x80 { continuationBytesOnLine += 1 }
            position += 1
        }
        throw error("Unterminated string.", at: position)
    }

    /// StringCharacter :: `\` EscapedCharacter | `\u` EscapedUnicode
    ///
    /// EscapedUnicode :: `{` HexDigit+ `}` | HexDigit HexDigit HexDigit HexDigit
    ///
    /// A variable-width escape must name a Unicode scalar value; a fixed-width leading
    /// surrogate is accepted only when a fixed-width trailing surrogate follows it.
    private mutating func readEscape(into value: inout [UInt8]) throws {
        let start = position
        guard position + 1 < bytes.count else { throw error("Unterminated string.", at: bytes.count) }
        let next = bytes[position + 1]
        let simple: UInt8
        switch next {
        case 0x22: simple = 0x22
        case 0x5C: simple = 0x5C
        case 0x2F: simple = 0x2F
        case 0x62: simple = 0x08
        case 0x66: simple = 0x0C
        case 0x6E: simple = 0x0A
        case 0x72: simple = 0x0D
        case 0x74: simple = 0x09
        case 0x75:
            let scalar = position + 2 < bytes.count && bytes[position + 2] == 0x7B
                ? try readVariableWidthEscape()
                : try readFixedWidthEscape()
            value.append(contentsOf: String(Character(scalar)).utf8)
            return
        default:
            throw error("Invalid character escape sequence: \"\(sourceText(from: start, scalars: 2))\".", at: start)
        }
        position += 2
        value.append(simple)
    }

    /// `\u{X…}`: any number of hex digits, value at most U+10FFFF and not a surrogate.
    private mutating func readVariableWidthEscape() throws -> Unicode.Scalar {
        let start = position
        position += 3
        var code: UInt32 = 0
        var digits = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == 0x7D {
                guard digits > 0, let scalar = Unicode.Scalar(code) else { break }
                return scalar
            }
            guard let digit = Self.hexValue(byte) else { break }
            // Clamp instead of overflowing: anything past U+10FFFF is rejected at `}`.
            code = min(code << 4 | digit, 0x110000)
            digits += 1
        }
        throw invalidUnicodeEscape(start, through: position)
    }

    /// `\uXXXX`, or two of them forming a surrogate pair.
    private mutating func readFixedWidthEscape() throws -> Unicode.Scalar {
        let start = position
        guard let code = fourHexDigits(at: start + 2) else { throw invalidUnicodeEscape(start) }
        if let scalar = Unicode.Scalar(code) {
            position += 6
            return scalar
        }
        if (0xD800...0xDBFF).contains(code), start + 7 < bytes.count, bytes[start + 6] == 0x5C, bytes[start + 7] == 0x75,
           let trailing = fourHexDigits(at: start + 8), (0xDC00...0xDFFF).contains(trailing),
           let scalar = Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00)) {
            position += 12
            return scalar
        }
        throw invalidUnicodeEscape(start)
    }

    private func fourHexDigits(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var code: UInt32 = 0
        for index in offset..<offset + 4 {
            guard let digit = Self.hexValue(bytes[index]) else { return nil }
            code = code << 4 | digit
        }
        return code
    }

    /// The message quotes the escape as written: six characters for `\uXXXX`, up to the
    /// offending character for `\u{…}`.
    private func invalidUnicodeEscape(_ start: Int, through end: Int? = nil) -> GraphQLError {
        let shown = end.map { String(decoding: bytes[start..<min($0, bytes.count)], as: UTF8.self) }
            ?? sourceText(from: start, scalars: 6)
        return error("Invalid Unicode escape sequence: \"\(shown)\".", at: start)
    }

    /// Up to `scalars` characters of source text starting at `offset`.
    private func sourceText(from offset: Int, scalars: Int) -> String {
        var end = offset
        for _ in 0..<scalars where end < bytes.count { end += decodeScalar(at: end).length }
        return String(decoding: bytes[offset..<min(end, bytes.count)], as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// BlockString :: `"""` BlockStringCharacter* `"""`, value by BlockStringValue().
    private mutating func readBlockString(keepingValue: Bool) throws -> (token: Token, value: String) {
        let start = position
        let tokenLine = line
        let tokenColumn = start - lineStart - continuationBytesOnLine + 1
        position += 3
        var raw: [UInt8] = []
        var chunkStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x22, position + 2 < bytes.count, bytes[position + 1] == 0x22, bytes[position + 2] == 0x22 {
                raw.append(contentsOf: bytes[chunkStart..<position])
                position += 3
                let value = keepingValue ? BlockString.value(of: String(decoding: raw, as: UTF8.self)) : ""
                return (Token(kind: .blockString, start: start, end: position, line: tokenLine, column: tokenColumn), value)
            }
            if byte == 0x5C, position + 3 < bytes.count, bytes[position + 1] == 0x22, bytes[position + 2] == 0x22, bytes[position + 3] == 0x22 {
                raw.append(contentsOf: bytes[chunkStart..<position])
                raw.append(contentsOf: [0x22, 0x22, 0x22])
                position += 4
                chunkStart = position
                continue
            }
            if byte == 0x0A {
                position += 1
                newLine(at: position)
                continue
            }
            if byte == 0x0D {
                position += 1
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                newLine(at: position)
                continue
            }
            if byte & 0xC0 == 0x80 { continuationBytesOnLine += 1 }
            position += 1
        }
        throw error("Unterminated string.", at: position)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
