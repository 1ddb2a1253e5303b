import Foundation

/// Block strings' indentation rules (spec §2.9.4, BlockStringValue()) and their printing.
enum BlockString {
    /// The value of a block string from its raw text between the triple quotes: common
    /// indentation removed, leading and trailing blank lines dropped, lines joined by `\n`.
    static func value(of raw: String) -> String {
        let lines = splitLines(raw)
        var commonIndent: Int?
        for line in lines.dropFirst() {
            let indent = leadingWhitespace(line)
            guard indent < line.count else { continue }
            if commonIndent == nil || indent < commonIndent! { commonIndent = indent }
        }
        var result = lines
        if let commonIndent, commonIndent > 0 {
            for index in result.indices.dropFirst() {
                result[index] = Substring(result[index].unicodeScalars.dropFirst(commonIndent))
            }
        }
        while let first = result.first, isBlank(first) { result.removeFirst() }
        while let last = result.last, isBlank(last) { result.removeLast() }
        return result.joined(separator: "\n")
    }

    /// Splits on `\r\n`, `\n` and `\r`.
    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.unicodeScalars.startIndex
        var index = start
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
                continue
            }
            index = scalars.index(after: index)
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    /// Tabs and spaces at the start of a line, in scalars.
    private static func leadingWhitespace(_ line: Substring) -> Int {
        var count = 0
        for scalar in line.unicodeScalars {
            guard scalar == " " || scalar == "\t" else { break }
            count += 1
        }
        return count
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Prints `value` as a block string that reads back to the same value.
    static func print(_ value: String) -> String {
        let escaped = value.replacingOccurrences(of: "\"\"\"", with: "\\\"\"\"")
        let lines = escaped.split(separator: "\n", omittingEmptySubsequences: false)
        let isSingleLine = lines.count == 1
        let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { $0.isEmpty || $0.first == " " || $0.first == "\t" }
        let hasTrailingTripleQuote = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuote
        let hasTrailingSlash = value.hasSuffix("\\")
        let forceTrailingNewline = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || value.count > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuote
        var result = ""
        let skipLeadingNewLine = isSingleLine && (value.first == " " || value.first == "\t")
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
        result += escaped
        if printAsMultipleLines || forceTrailingNewline { result += "\n" }
        return "\"\"\"" + result + "\"\"\""
    }
}

