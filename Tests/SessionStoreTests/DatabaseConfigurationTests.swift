import SessionStore
import Testing

@Suite struct DatabaseConfigurationTests {
    @Test func postgresURLsAreParsed() throws {
        let configuration = try DatabaseConfiguration(
            url: "postgresql://app%40corp:p%3Ass@db.internal:6543/mcplatform?sslmode=require&schema=activity",
            environment: [:])
        #expect(configuration == .postgres(.init(
            host: "db.internal", port: 6543, username: "app@corp", password: "p:ss", database: "mcplatform",
            tlsMode: .require, schema: "activity")))
        #expect(configuration.redacted == "postgres://app@corp@db.internal:6543/mcplatform")
        #expect(try DatabaseConfiguration(url: "postgres://u@localhost/db", environment: [:])
            == .postgres(.init(host: "localhost", port: 5432, username: "u", password: nil, database: "db")))
    }

    @Test func anythingElseIsASQLitePath() throws {
        #expect(try DatabaseConfiguration(url: "data/demo.sqlite") == .sqlite(path: "data/demo.sqlite"))
        #expect(try DatabaseConfiguration(url: "sqlite:/tmp/x.db") == .sqlite(path: "/tmp/x.db"))
        #expect(try DatabaseConfiguration(url: "/tmp") == .sqlite(path: "/tmp/sessionql.sqlite"))
        #expect(throws: SQLError.self) { try DatabaseConfiguration(url: "sqlite:") }
    }

    @Test func environmentIsHonouredInOrder() throws {
        #expect(try DatabaseConfiguration.resolve("x.sqlite", environment: ["DATABASE_URL": "postgres://a@h/d"])
            == .sqlite(path: "x.sqlite"))
        #expect(try DatabaseConfiguration.resolve(nil, environment: ["DATABASE_URL": "postgres://a@h/d", "PGHOST": "other"])
            == .postgres(.init(host: "h", username: "a", database: "d")))
        #expect(try DatabaseConfiguration.resolve(nil, environment: [
            "PGHOST": "pg", "PGPORT": "5433", "PGUSER": "me", "PGPASSWORD": "pw", "PGDATABASE": "acts",
        ]) == .postgres(.init(host: "pg", port: 5433, username: "me", password: "pw", database: "acts")))
        #expect(try DatabaseConfiguration.resolve(nil, environment: [:]) == .sqlite(path: DatabaseConfiguration.defaultSQLitePath))
    }
}
