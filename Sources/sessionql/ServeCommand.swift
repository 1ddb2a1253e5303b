import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SessionServer
import SessionStore
import ServiceLifecycle

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve GraphQL over HTTP (the default command)."
    )

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Slug or id of the organization requests act for (default: $SESSIONQL_ORGANIZATION or acme).")
    var organization: String?

    func run() async throws {
        let logger = makeLogger("sessionql")
        let (db, configuration) = try await database.open(logger: logger)
        let organizationID: String
        do {
            try await prepare(db, configuration: configuration, logger: logger)
            organizationID = try await resolveOrganization(in: db)
        } catch {
            try? await db.close()
            throw error
        }
        var services: [any Service] = []
        if let postgres = db as? PostgresDatabase { services.append(postgres) }
        // After the pool, so it stops before the pool closes.
        services.append(UserActivityService(database: db, logger: logger))
        let dependencies = ServerDependencies(
            isDatabaseReady: { (try? await db.ping()) != nil },
            graphQL: makeGraphQLService(database: db, logger: logger),
            organizationID: organizationID,
            schemaSDL: schemaSDL,
            services: services
        )
        let app = buildApplication(
            configuration: ServerConfiguration(host: host, port: port),
            dependencies: dependencies,
            logger: logger,
            onServerRunning: { [host] boundPort in
                announce("SessionQL is serving \(configuration.redacted) at \(ServerConfiguration(host: host, port: boundPort).baseURL)")
            }
        )
        do {
            try await app.runService()
        } catch {
            try? await db.close()
            throw error
        }
        if !(db is PostgresDatabase) { try await db.close() }
    }

    /// The embedded default migrates and seeds itself the first time; any other database must
    /// already hold every table and column SessionQL reads.
    private func prepare(_ db: any SQLDatabase, configuration: DatabaseConfiguration, logger: Logger) async throws {
        if case .sqlite = configuration {
            let applied = try await Migrator(database: db).migrate()
            if !applied.isEmpty { logger.info("applied \(applied.count) migrations") }
            if try await !Seeder.hasData(in: db) {
                let summary = try await Seeder(seed: 1, scale: .small).seed(into: db)
                announce("Seeded the embedded database with demo data: \(summary)")
            }
        }
        let missing = try await SchemaCheck.missing(in: db)
        guard missing.isEmpty else {
            throw ValidationError(
                "\(configuration.redacted) lacks what SessionQL reads (run `sessionql migrate` for SessionQL's own tables):\n"
                    + missing.map { "  missing \($0)" }.joined(separator: "\n"))
        }
    }

    private func resolveOrganization(in db: any SQLDatabase) async throws -> String {
        let wanted = organization ?? ProcessInfo.processInfo.environment["SESSIONQL_ORGANIZATION"] ?? "acme"
        let store = SessionStore(database: db)
        if let found = try await store.organization(slug: wanted) { return found.id }
        if let found = try await store.organization(id: wanted) { return found.id }
        throw ValidationError("No organization with slug or id \"\(wanted)\": pass --organization.")
    }
}
