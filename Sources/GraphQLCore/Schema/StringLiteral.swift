import Foundation

/// GraphQL string literals for printed SDL: quoted strings and block strings (spec §2.9.4),
/// chosen and formatted as the reference printer chooses and formats them.
enum StringLiteral {
    static func quoted(_ text: String) -> String {
        ValueText.quote(text)
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
        let escaped = text.replacingOccurrences(of: "\"\"\"", with: "\\\"\"\"")
        let lines = escaped.split(separator: "\n", omittingEmptySubsequences: false)
        let isSingleLine = lines.count == 1
        let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { line in
            line.isEmpty || line.first == " " || line.first == "\t"
        }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = text.hasSuffix("\"") && !hasTrailingTripleQuotes
        let hasTrailingSlash = text.hasSuffix("\\")
        let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || text.unicodeScalars.count > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes
        let skipLeadingNewLine = isSingleLine && (text.first == " " || text.first == "\t")
        var result = ""
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
        result += escaped
        if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
        return "\"\"\"" + result + "\"\"\""
    }
}
