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

/// One token: its kind, where it starts and ends (UTF-8 offsets), and its line and column.
///
/// A token holds no text: it is a handful of integers, so reading, copying and replacing
/// tokens never retains or releases anything. `Lexer.value(of:)` gives the text of a name or
/// number and the processed value of a string when the parser keeps one.
public struct Token: Sendable {
    public var kind: TokenKind
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedLine: Int32
    private var storedColumn: Int32

    public var start: Int { Int(storedStart) }
    public var end: Int { Int(storedEnd) }
    public var line: Int { Int(storedLine) }
    public var column: Int { Int(storedColumn) }

    init(kind: TokenKind, start: Int, end: Int, line: Int, column: Int) {
        self.kind = kind
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        storedLine = Int32(truncatingIfNeeded: line)
        storedColumn = Int32(truncatingIfNeeded: column)
    }

    var location: SourceLocation { SourceLocation(line: storedLine, column: storedColumn, offset: storedStart) }
}
