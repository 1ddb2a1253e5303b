import Foundation
import SessionAPI
import SessionStore

/// The embedded demo's API key: created for `acme` on the first start of the embedded default
/// and kept in the data directory (`demo-key`, readable by its owner only), so the next start
/// finds the same key. Other databases have no demo key.
enum DemoKey {
    static let organization = "acme"
    static let fileName = "demo-key"

    static func ensure(in configuration: DatabaseConfiguration, keys: APIKeys) async throws -> String? {
        guard case .sqlite(let path) = configuration else { return nil }
        let file = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(fileName)
        if let saved = try? String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
           try await keys.verify(saved) != nil {
            return saved
        }
        guard let acme = try await keys.store.organization(slug: organization) else { return nil }
        let (_, key) = try await keys.create(organizationId: acme.id, name: "demo")
        FileManager.default.createFile(atPath: file, contents: Data((key + "\n").utf8), attributes: [.posixPermissions: 0o600])
        return key
    }
}
