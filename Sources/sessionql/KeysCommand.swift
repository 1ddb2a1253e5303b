import ArgumentParser
import Foundation
import SessionAPI
import SessionStore

/// `sessionql keys create|list|revoke`: organization API keys, on either backend, before or
/// while the server runs (it reads the key table on every request).
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create, list and revoke organization API keys.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a key for an organization; the key is printed once, as the last line.")

        @Option(help: "Slug or id of the organization the key acts for.")
        var organization: String

        @Option(help: "A label to recognise the key by in listings.")
        var name: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withKeys(database) { keys in
                let organizationId = try await resolveOrganization(organization, in: keys.store)
                let (record, key) = try await keys.create(organizationId: organizationId, name: name)
                print("Created key \(record.id) \"\(record.name)\" for \(organizationId). It is shown only now; store it safely:")
                print(key)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (never the keys themselves).")

        @Option(help: "Only this organization's keys (slug or id).")
        var organization: String?

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withKeys(database) { keys in
                let organizationId = try await organization.asyncMap { try await resolveOrganization($0, in: keys.store) }
                let records = try await keys.store.apiKeys(organizationId: organizationId)
                if records.isEmpty { print("No keys.") }
                for record in records {
                    let state = record.revokedAt.map { "revoked \(Self.time($0))" } ?? "active"
                    let used = record.lastUsedAt.map(Self.time) ?? "never"
                    print("\(record.id)  \(record.prefix)…  \(record.organizationId)  \"\(record.name)\"  created \(Self.time(record.createdAt))  last used \(used)  \(state)")
                }
            }
        }

        static func time(_ milliseconds: Int64) -> String {
            ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by id; it is refused from the next request on.")

        @Argument(help: "The key's id (key_…), as `keys list` shows it.")
        var id: String

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withKeys(database) { keys in
                guard try await keys.revoke(id: id) else {
                    throw ValidationError("No active key with id \(id).")
                }
                print("Revoked \(id).")
            }
        }
    }
}

/// Runs `body` over the keys of the database the options name, and closes it afterwards.
private func withKeys(_ options: DatabaseOptions, _ body: (APIKeys) async throws -> Void) async throws {
    let (db, _) = try await options.open(logger: makeLogger("sessionql.keys"))
    do {
        try await body(APIKeys(store: SessionStore(database: db)))
    } catch {
        try? await db.close()
        throw error
    }
    try await db.close()
}

/// An organization's id from its slug or id.
func resolveOrganization(_ wanted: String, in store: SessionStore) async throws -> String {
    if let found = try await store.organization(slug: wanted) { return found.id }
    if let found = try await store.organization(id: wanted) { return found.id }
    throw ValidationError("No organization with slug or id \"\(wanted)\".")
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
