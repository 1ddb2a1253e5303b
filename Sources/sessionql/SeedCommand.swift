import ArgumentParser
import SessionStore

extension SeedScale: ExpressibleByArgument {}

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill an empty, migrated database with deterministic generated data."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Seed of the generator: the same seed writes the same rows.")
    var seed: UInt64 = 1

    @Option(help: "small (demo and tests) or bench (≥10,000 users, ≥100,000 sessions, ≥1,000,000 tool calls).")
    var scale: SeedScale = .small

    func run() async throws {
        let logger = makeLogger("sessionql.seed")
        let (db, configuration) = try await database.open(logger: logger)
        do {
            try await Migrator(database: db).migrate()
            let clock = ContinuousClock()
            let start = clock.now
            let summary = try await Seeder(seed: seed, scale: scale).seed(into: db)
            let tenths = Int(((clock.now - start) / .milliseconds(100)).rounded())
            print("\(configuration.redacted): seeded \(summary) in \(tenths / 10).\(tenths % 10) s")
        } catch {
            try? await db.close()
            throw error
        }
        try await db.close()
    }
}
