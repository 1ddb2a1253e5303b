import GraphQLCore

/// An export ready to be sent: its file name and media type, and the writer that produces
/// its bytes a chunk at a time (each `emit` may wait for the reader, which bounds memory).
public struct ExportFile: Sendable {
    public let filename: String
    public let contentType: String
    let produce: @Sendable (_ emit: ([UInt8]) async throws -> Void) async throws -> Void

    init(filename: String, contentType: String,
         produce: @escaping @Sendable (_ emit: ([UInt8]) async throws -> Void) async throws -> Void) {
        self.filename = filename
        self.contentType = contentType
        self.produce = produce
    }

    /// Writes the whole file through `emit`; a read that fails midway throws `ExportFailure`.
    public func write(_ emit: ([UInt8]) async throws -> Void) async throws {
        try await produce(emit)
    }

    /// `text` with every character outside letters, digits, `.`, `-` and `_` replaced by
    /// `_`, so that it can stand in a `Content-Disposition` filename as it is.
    static func safeName(_ text: String) -> String {
        let kept = text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        }
        let name = String(kept)
        return name.isEmpty ? "export" : String(name.prefix(120))
    }
}

/// Why an export stopped: the errors of the read that failed.
public struct ExportFailure: Error, Sendable, CustomStringConvertible {
    public let errors: [GraphQLError]

    /// Whether the database was away (503 if nothing was sent yet).
    public var isUnavailable: Bool { errors.contains { $0.code == .serviceUnavailable } }

    public var description: String { errors.map(\.message).joined(separator: "; ") }
}
