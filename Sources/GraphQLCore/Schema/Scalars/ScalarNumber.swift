import Foundation

/// Numeric strings read the way result coercion of the reference implementation reads them.
enum ScalarNumber {
    static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return 0 }
        return Double(trimmed)
    }
}
