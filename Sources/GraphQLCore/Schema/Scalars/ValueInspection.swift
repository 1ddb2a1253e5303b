/// Values quoted in coercion messages the way the reference implementation quotes them:
/// strings in double quotes, `[1, 2]`, `{ a: 1 }`, nesting cut off at depth two and lists
/// at ten items, so a hostile input cannot make a message grow without bound.
enum ValueInspection {
    static let maxListLength = 10
    static let maxDepth = 2

    static func inspect(_ value: GraphQLValue) -> String {
        format(value, depth: 0)
    }

    private static func format(_ value: GraphQLValue, depth: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let double): return number(double)
        case .string(let text): return quote(text)
        case .list(let items):
            if items.isEmpty { return "[]" }
            if depth + 1 > maxDepth { return "[Array]" }
            var parts = items.prefix(maxListLength).map { format($0, depth: depth + 1) }
            let remaining = items.count - parts.count
            if remaining == 1 { parts.append("... 1 more item") }
            if remaining > 1 { parts.append("... \(remaining) more items") }
            return "[" + parts.joined(separator: ", ") + "]"
        case .object(let object):
            if object.isEmpty { return "{}" }
            if depth + 1 > maxDepth { return "[Object]" }
            let parts = object.pairs.map { "\($0.0): \(format($0.1, depth: depth + 1))" }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }

    /// A double as JavaScript prints it: integral values without a fraction, `1e-7` not `1e-07`.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e21 {
            if let exact = Int(exactly: value) { return String(exact) }
        }
        var text = value.description
        if let e = text.firstIndex(of: "e") {
            let mantissa = text[..<e]
            var exponent = text[text.index(after: e)...]
            var sign = "+"
            if let first = exponent.first, first == "-" || first == "+" {
                sign = String(first)
                exponent = exponent.dropFirst()
            }
            let digits = exponent.drop { $0 == "0" }
            text = mantissa + "e" + sign + (digits.isEmpty ? "0" : String(digits))
        }
        return text
    }

    /// JSON string quoting.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{8}": result += "\\b"
            case "\u{C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
