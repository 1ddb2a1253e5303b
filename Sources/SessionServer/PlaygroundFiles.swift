import Foundation

/// Where the playground's files come from: compiled into the binary (the default, so a binary
/// copied alone serves them), or read from a folder on every request (`--playground-dir`),
/// so that editing the page needs no rebuild.
public enum PlaygroundFiles: Sendable {
    case embedded
    case directory(String)

    /// The file called `name` (a plain file name: no folders, no leading dot); nil when there
    /// is none.
    public func file(named name: String) -> PlaygroundFile? {
        guard Self.isPlainName(name) else { return nil }
        switch self {
        case .embedded:
            return EmbeddedPlayground.files[name]
        case .directory(let path):
            let url = URL(fileURLWithPath: path).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return PlaygroundFile(name: name, bytes: Array(data))
        }
    }

    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "." else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
        }
    }
}
