import Crypto
import Foundation

/// The text of an organization API key: `sq_live_` and 32 characters of base62 (190 random
/// bits from the system's secure generator). Only its SHA-256 is ever stored.
public enum APIKeySecret {
    public static let scheme = "sq_live_"
    static let bodyLength = 32
    /// How much of a key listings show: the scheme and four characters.
    static let shownLength = scheme.count + 4
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return scheme + String((0..<bodyLength).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Whether `text` has the shape of a key; anything else is refused before any lookup.
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.hasPrefix(scheme) else { return false }
        let body = text.utf8.dropFirst(scheme.utf8.count)
        return body.count == bodyLength && body.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
        }
    }

    /// Lowercase hex SHA-256 of the key's UTF-8 bytes.
    public static func hash(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    public static func shownPrefix(_ key: String) -> String {
        String(key.prefix(shownLength))
    }

    /// Compares in time that depends on the lengths only, not on where the texts differ.
    static func constantTimeEquals(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8), b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
