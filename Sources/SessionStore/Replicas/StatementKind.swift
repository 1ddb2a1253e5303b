extension SQLStatement {
    /// Whether the statement only reads, so a read replica may run it: its first word is
    /// `SELECT` or `WITH`, and no word of it writes, locks rows, notifies, takes an advisory
    /// lock or moves a sequence (`INSERT`, `UPDATE` — `FOR UPDATE` too —, `DELETE`,
    /// `MERGE`, `pg_notify`, `pg_advisory_…`, `nextval`…). Quoted text is skipped.
    ///
    /// Erring towards "writes" is safe: such a statement runs on the primary.
    public var onlyReads: Bool {
        var words = SQLWords(sql)
        guard let first = words.next(), first == "select" || first == "with" else { return false }
        while let word = words.next() {
            if Self.writingWords.contains(word) || word.hasPrefix("pg_advisory") || word.hasPrefix("pg_try_advisory") {
                return false
            }
        }
        return true
    }

    static let writingWords: Set<Substring> = [
        "insert", "update", "delete", "merge", "truncate", "share", "pg_notify", "nextval", "setval",
    ]
}

/// The words (letters, digits, `_`) of SQL text, lower-cased, outside quotes and comments.
struct SQLWords: IteratorProtocol {
    private let text: [UInt8]
    private var index = 0

    init(_ sql: String) {
        text = Array(sql.utf8)
    }

    mutating func next() -> Substring? {
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                index += 1
                while index < text.count, text[index] != byte { index += 1 }
                index += 1
            } else if byte == UInt8(ascii: "-"), index + 1 < text.count, text[index + 1] == UInt8(ascii: "-") {
                while index < text.count, text[index] != UInt8(ascii: "\n") { index += 1 }
            } else if Self.isWordByte(byte) {
                let start = index
                while index < text.count, Self.isWordByte(text[index]) { index += 1 }
                return Substring(String(decoding: text[start..<index], as: UTF8.self).lowercased())
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
