import ArgumentParser
import SessionStore

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations (SessionQL's own tables and recommended indexes)."
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let logger = makeLogger("sessionql.migrate")
        let (db, configuration) = try await database.open(logger: logger)
        do {
            let applied = try await Migrator(database: db).migrate()
            if applied.isEmpty {
                print("\(configuration.redacted): up to date")
            } else {
                for migration in applied { print("\(configuration.redacted): applied \(migration.version) \(migration.name)") }
            }
        } catch {
            try? await db.close()
            throw error
        }
        try await db.close()
    }
}
