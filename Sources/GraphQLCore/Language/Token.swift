/// The lexical tokens of GraphQL. Raw values are the printed form, so error messages read
/// `Expected Name, found "}".` without a lookup table.
public enum TokenKind: String, Sendable {
    case startOfFile = "<SOF>"
    case endOfFile = "<EOF>"
    case bang = "!"
    case dollar = "$"
    case ampersand = "&"
    case parenLeft = "("
    case parenRight = ")"
    case spread = "..."
    case colon = ":"
    case equals = "="
    case at = "@"
    case bracketLeft = "["
    case bracketRight = "]"
    case braceLeft = "{"
    case pipe = "|"
    case braceRight = "}"
    case name = "Name"
    case int = "Int"
    case float = "Float"
    case string = "String"
    case blockString = "BlockString"

    var isPunctuator: Bool {
        switch self {
        case .name, .int, .float, .string, .blockString, .startOfFile, .endOfFile: return false
        default: return true
        }
    }
}

/// One token: its kind, where it starts and ends (UTF-8 offsets) and, for names, numbers and
/// strings, its value (strings with escapes already processed).
public struct Token: Sendable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    public var value: String

    var location: SourceLocation { SourceLocation(line: line, column: column, offset: start) }

    /// The token as a syntax error names it: `"}"`, `Name "foo"`, `<EOF>`.
    var errorDescription: String {
        switch kind {
        case .startOfFile, .endOfFile: return kind.rawValue
        case _ where kind.isPunctuator: return "\"\(kind.rawValue)\""
        case .string, .blockString: return "\(kind.rawValue) \"\(value)\""
        default: return "\(kind.rawValue) \"\(value)\""
        }
    }
}
