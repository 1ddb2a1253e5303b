/// Writes deterministic, realistic demo or load-test data (`sessionql seed`).
///
/// The same `seed` and `scale` write the same rows, value for value, on PostgreSQL and
/// on SQLite: every random choice comes from `SplitMix64` streams seeded by `seed`, and
/// times are measured back from a fixed reference instant, never from the clock.
/// Rows go in with multi-row INSERTs (`SeedScale.batchSize` rows per statement) inside
/// one transaction, and the tables are analyzed and the users rollup rebuilt afterwards. Seeding refuses a database that already has organizations
/// (`SeedError.alreadySeeded`), so it can never mix into real data or seed twice.
public struct Seeder: Sendable {
    public let seed: UInt64
    public let scale: SeedScale

    public init(seed: UInt64, scale: SeedScale = .small) {
        self.seed = seed
        self.scale = scale
    }

    /// Whether the database already holds any organization.
    public static func hasData(in db: any SQLDatabase) async throws -> Bool {
        try await !db.query("SELECT id FROM organization LIMIT 1").isEmpty
    }

    /// Writes the data set and returns how many rows went into each table.
    @discardableResult
    public func seed(into db: any SQLDatabase) async throws -> SeedSummary {
        let (seed, scale) = (self.seed, self.scale)
        let summary = try await db.transaction { tx in
            if try await Seeder.hasData(in: tx) { throw SeedError.alreadySeeded }
            var writer = SeedWriter(seed: seed, scale: scale)
            return try await writer.write(to: tx)
        }
        // Planner statistics for the new rows: until autovacuum gets to them, PostgreSQL
        // (and SQLite, which has none) would plan the first queries as if the tables were
        // empty. Table by table, since SQLite's ANALYZE takes one name.
        for table in SeedTable.insertionOrder {
            try await db.execute(SQLStatement("ANALYZE \(raw: table.name)"))
        }
        // The users list reads the rollup, which `migrate` built while the tables were empty.
        try await UserActivity(database: db).rebuild()
        try await db.execute("ANALYZE sessionql_user_activity")
        return summary
    }
}

/// Row counts written by one seeding.
public struct SeedSummary: Sendable, Equatable, CustomStringConvertible {
    public var organizations = 0
    public var servers = 0
    public var users = 0
    public var oauthUsers = 0
    public var sessions = 0
    public var toolCalls = 0
    public var tickets = 0

    public init() {}

    public var description: String {
        "\(organizations) organizations, \(servers) servers, \(users) users (\(oauthUsers) with OAuth profiles), "
            + "\(sessions) sessions, \(toolCalls) tool calls, \(tickets) tickets"
    }
}

public enum SeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database already has organizations; seeding would mix into existing data.
    case alreadySeeded

    public var description: String {
        switch self {
        case .alreadySeeded: "the database already holds data; seed only an empty, migrated database"
        }
    }
}
