import Foundation

@testable import SessionStore

/// The seeded databases the read-only API tests share, built once per process and backend:
/// `small` is `Seeder(seed: 1, scale: .small)`; `large` is the same plus `LargeData`, about
/// a hundred times the shared user's sessions and the big session's timeline.
actor APIData {
    static let seed: UInt64 = 1
    static let shared = APIData()

    enum Size: String, Sendable {
        case small
        case large
    }

    private struct Key: Hashable {
        var backend: APIBackend
        var size: Size
    }

    private var built: [Key: Task<any SQLDatabase, any Error>] = [:]

    func database(_ backend: APIBackend, _ size: Size = .small) async throws -> any SQLDatabase {
        let key = Key(backend: backend, size: size)
        if let task = built[key] { return try await task.value }
        let task = Task {
            let database = try await backend.openSeeded(schema: "sessionapi_seeded_\(size.rawValue)")
            if size == .large {
                try await LargeData.insert(into: database)
                try await UserActivity(database: database).rebuild()
            }
            return database
        }
        built[key] = task
        return try await task.value
    }

    func harness(_ backend: APIBackend, _ size: Size = .small) async throws -> APIHarness {
        try APIHarness(database: try await database(backend, size))
    }
}
