/// The file formats a session can be exported in.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// One JSON object: the session and every timeline item with full payloads.
    case json
    /// One timeline item per line (JSON Lines).
    case jsonl
    /// One timeline item per row, RFC 4180.
    case csv

    /// The format named by a file extension (`json`, `jsonl`, `csv`).
    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }

    public var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .jsonl: "application/jsonl; charset=utf-8"
        case .csv: "text/csv; charset=utf-8; header=present"
        }
    }
}
