/// Splits a SQL script (a migration file) into single statements.
///
/// Both drivers run one statement per call, so scripts are cut at top-level `;`,
/// respecting quoted strings and identifiers, `--` and `/* */` comments and PostgreSQL
/// dollar-quoted bodies (`DO $$ … $$`). Empty and comment-only pieces are dropped.
enum SQLScript {
    static func statements(in script: String) -> [String] {
        let characters = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var hasCode = false
        var index = 0

        func matches(_ needle: [Unicode.Scalar], at position: Int) -> Bool {
            guard position + needle.count <= characters.count else { return false }
            return zip(needle.indices, needle).allSatisfy { characters[position + $0] == $1 }
        }

        /// `$$` or `$name$` opening a dollar-quoted body (not a `$1` placeholder).
        func dollarTag(at position: Int) -> [Unicode.Scalar]? {
            var end = position + 1
            while end < characters.count {
                let scalar = characters[end]
                if scalar == "$" { return Array(characters[position...end]) }
                guard scalar == "_" || scalar.properties.isAlphabetic
                    || (end > position + 1 && ("0"..."9").contains(scalar))
                else { return nil }
                end += 1
            }
            return nil
        }

        func finishStatement() {
            let text = String(current).trimmingWhitespace()
            if hasCode, !text.isEmpty { statements.append(text) }
            current = String.UnicodeScalarView()
            hasCode = false
        }

        func copy(until terminator: [Unicode.Scalar]) {
            while index < characters.count {
                if matches(terminator, at: index) {
                    current.append(contentsOf: terminator)
                    index += terminator.count
                    return
                }
                current.append(characters[index])
                index += 1
            }
        }

        while index < characters.count {
            let scalar = characters[index]
            if scalar == "-", matches(["-", "-"], at: index) {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if scalar == "/", matches(["/", "*"], at: index) {
                index += 2
                while index < characters.count, !matches(["*", "/"], at: index) { index += 1 }
                index += 2
            } else if scalar == "'" || scalar == "\"" {
                hasCode = true
                current.append(scalar)
                index += 1
                copy(until: [scalar])
            } else if scalar == "$", let tag = dollarTag(at: index) {
                hasCode = true
                current.append(contentsOf: tag)
                index += tag.count
                copy(until: tag)
            } else if scalar == ";" {
                index += 1
                finishStatement()
            } else {
                if !scalar.properties.isWhitespace { hasCode = true }
                current.append(scalar)
                index += 1
            }
        }
        finishStatement()
        return statements
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
