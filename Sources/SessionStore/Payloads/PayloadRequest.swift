/// One thing a client asked about a tool call's payload: the whole JSON, its size, or a
/// preview. A read of payloads reads only what its requests name.
public struct PayloadRequest: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable {
        case input
        case output
    }

    public enum Form: Sendable, Hashable {
        /// The JSON text as the database renders it.
        case full
        /// The size in bytes of the compact JSON (UTF-8).
        case bytes
        /// The compact JSON cut to at most this many bytes.
        case preview(maxBytes: Int)
    }

    public var part: Part
    public var form: Form

    public init(_ part: Part, _ form: Form) {
        self.part = part
        self.form = form
    }
}

/// The answer to one `PayloadRequest`; `missing` when the column is NULL.
public enum PayloadValue: Sendable, Hashable {
    case missing
    case text(String)
    case bytes(Int)
    case preview(PayloadPreview)
}

/// The start of a payload's compact JSON.
public struct PayloadPreview: Sendable, Hashable {
    /// At most the asked number of bytes, cut at a UTF-8 character boundary.
    public var text: String
    /// Whether the payload is longer than `text`.
    public var truncated: Bool

    public init(text: String, truncated: Bool) {
        self.text = text
        self.truncated = truncated
    }
}
