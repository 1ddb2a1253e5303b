/// Writes GraphQL values as JSON into a byte buffer: no Foundation, no Codable, one pass.
///
/// Strings are escaped as JSON requires (`"`, `\`, control characters) plus U+2028 and
/// U+2029, which some JavaScript consumers reject raw; other non-ASCII text is kept as UTF-8.
/// Doubles print in their shortest round-trip form, integral ones without a fraction (as
/// JavaScript does); NaN and infinities, which JSON cannot hold, print as `null`.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: GraphQLValue) {
        switch value {
        case .null: writeRaw("null")
        case .bool(let flag): writeRaw(flag ? "true" : "false")
        case .int(let number): write(int: number)
        case .float(let number): write(double: number)
        case .string(let text): write(string: text)
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(item)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in object.pairs {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                write(string: key)
                bytes.append(UInt8(ascii: ":"))
                write(item)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    mutating func writeRaw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func write(int number: Int) {
        // Integers print as small strings, which Swift keeps inline (no allocation).
        bytes.append(contentsOf: String(number).utf8)
    }

    public mutating func write(double number: Double) {
        guard number.isFinite else {
            writeRaw("null")
            return
        }
        if number == number.rounded(.towardZero), abs(number) < 1e15 {
            write(int: Int(number))
            return
        }
        // Swift prints the shortest representation that round-trips: "0.1", "1e-07", "1e+16".
        // JSON allows all of these; drop the exponent's leading zeros to read like JavaScript.
        var text = number.description
        if let e = text.firstIndex(of: "e") {
            var exponent = text[text.index(after: e)...]
            var sign = ""
            if let first = exponent.first, first == "-" || first == "+" {
                sign = first == "-" ? "-" : "+"
                exponent = exponent.dropFirst()
            }
            let trimmed = exponent.drop { $0 == "0" }
            text = String(text[..<e]) + "e" + sign + (trimmed.isEmpty ? "0" : trimmed)
        }
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func write(string text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                let escape: StaticString?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20: escape = nil
                case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    writeRaw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 3
                    runStart = index
                    continue
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if let escape {
                    writeRaw(escape)
                } else {
                    writeRaw("\\u00")
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

extension GraphQLValue {
    /// The value as JSON bytes.
    public func jsonData() -> [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.bytes
    }

    /// The value as a JSON string (for tests and logs).
    public var json: String {
        String(decoding: jsonData(), as: UTF8.self)
    }
}
