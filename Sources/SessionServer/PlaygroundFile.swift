/// One file of the playground, ready to serve: its bytes, media type and entity tag.
public struct PlaygroundFile: Sendable, Equatable {
    public let bytes: [UInt8]
    public let contentType: String
    /// A strong entity tag derived from the bytes (quoted, as sent in `ETag`).
    public let etag: String

    public init(name: String, bytes: [UInt8]) {
        self.bytes = bytes
        contentType = Self.contentType(ofName: name)
        etag = "\"\(Self.fingerprint(bytes))\""
    }

    static func contentType(ofName name: String) -> String {
        let suffix = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch suffix {
        case "html": return "text/html; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "json": return "application/json; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    /// 64-bit FNV-1a of the bytes, in hex: enough to tell two versions of a file apart.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
