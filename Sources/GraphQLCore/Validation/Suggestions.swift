/// "Did you mean" hints for misspelt names, worded like the reference implementation.
enum Suggestions {
    static let maxSuggestions = 5

    /// ` Did you mean "a", "b", or "c"?`, or "" when there is nothing to suggest.
    static func didYouMean(_ suggestions: [String], prefix: String? = nil) -> String {
        let quoted = suggestions.prefix(maxSuggestions).map { "\"\($0)\"" }
        guard let last = quoted.last else { return "" }
        var message = " Did you mean "
        if let prefix { message += prefix + " " }
        switch quoted.count {
        case 1: return message + last + "?"
        case 2: return message + quoted[0] + " or " + last + "?"
        default: return message + quoted.dropLast().joined(separator: ", ") + ", or " + last + "?"
        }
    }

    /// The options close enough to `input` to be a likely typo, closest first.
    static func list(_ input: String, options: [String]) -> [String] {
        let threshold = input.count * 4 / 10 + 1
        var scored: [(String, Int)] = []
        for option in options {
            let distance = lexicalDistance(input, option)
            if distance <= threshold { scored.append((option, distance)) }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    /// Edit distance counting adjacent transpositions; a change of case alone costs one.
    static func lexicalDistance(_ first: String, _ second: String) -> Int {
        if first == second { return 0 }
        let a = Array(first.lowercased()), b = Array(second.lowercased())
        if a == b { return 1 }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, rows[i - 2][j - 2] + 1)
                }
                rows[i][j] = best
            }
        }
        return rows[a.count][b.count]
    }
}
