/// GraphQL string literals for printed SDL: quoted strings and block strings (spec §2.9.4),
/// chosen and formatted as the reference printer chooses and formats them.
enum StringLiteral {
    static func quoted(_ text: String) -> String {
        Printer.printString(text)
    }

    /// Whether `text` survives the trip through a block string unchanged: no control
    /// characters or carriage returns, no leading or trailing blank line, and no
    /// indentation common to every line (block strings strip it).
    static func isPrintableAsBlock(_ text: String) -> Bool {
        if text.isEmpty { return true }
        var isEmptyLine = true
        var hasIndent = false
        var hasCommonIndent = true
        var seenNonEmptyLine = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0...0x8, 0xB, 0xC, 0xE...0x1F, 0xD:
                return false
            case 0xA:
                if isEmptyLine && !seenNonEmptyLine { return false }
                seenNonEmptyLine = true
                isEmptyLine = true
                hasIndent = false
            case 0x9, 0x20:
                hasIndent = hasIndent || isEmptyLine
            default:
                hasCommonIndent = hasCommonIndent && hasIndent
                isEmptyLine = false
            }
        }
        if isEmptyLine { return false }
        if hasCommonIndent && seenNonEmptyLine { return false }
        return true
    }

    static func block(_ text: String) -> String {
        BlockString.print(text)
    }
}
