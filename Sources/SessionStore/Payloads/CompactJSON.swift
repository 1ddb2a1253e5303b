/// Compact JSON: the text without the whitespace outside strings. It works on a prefix of a
/// document as well as on a whole one, so a preview needs only the start of a payload.
enum CompactJSON {
    /// `text` without whitespace outside strings; a cut document stays cut where it was.
    static func compact(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                bytes.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "\""):
                inString = true
            default:
                break
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The longest prefix of `text` of at most `maxBytes` UTF-8 bytes that ends on a
    /// character boundary.
    static func prefix(_ text: String, maxBytes: Int) -> String {
        let utf8 = Array(text.utf8)
        guard utf8.count > maxBytes else { return text }
        var end = max(maxBytes, 0)
        // A continuation byte (10xxxxxx) at the cut means a character is split: back off.
        while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }

    /// How many characters of stored JSON text are enough for a preview of `maxBytes`:
    /// compacting removes at most one whitespace character per kept one on the backends'
    /// renderings (PostgreSQL writes `", "` and `": "`), so twice the bytes plus two
    /// characters hold at least `maxBytes + 1` compact bytes.
    static func storedCharacters(forPreviewOf maxBytes: Int) -> Int {
        2 * max(maxBytes, 0) + 2
    }

    /// The preview of a payload of which `stored` is the start (`complete` when it is all).
    static func preview(stored: Substring, complete: Bool, maxBytes: Int) -> PayloadPreview {
        let compacted = compact(stored)
        let text = prefix(compacted, maxBytes: maxBytes)
        return PayloadPreview(text: text, truncated: !complete || text.utf8.count < compacted.utf8.count)
    }
}
