import SessionStore
import Testing

/// `sslmode` and `sslrootcert`, from the URL and from `PGSSLMODE` / `PGSSLROOTCERT`.
@Suite struct DatabaseConfigurationTLSTests {
    static let modes: [(String, PostgresTLSMode)] = [
        ("disable", .disable), ("allow", .allow), ("prefer", .prefer),
        ("require", .require), ("verify-ca", .verifyCA), ("verify-full", .verifyFull),
    ]

    private func settings(_ configuration: DatabaseConfiguration) -> DatabaseConfiguration.PostgresSettings? {
        guard case .postgres(let settings) = configuration else { return nil }
        return settings
    }

    @Test(arguments: modes) func modeFromTheURL(_ value: String, _ mode: PostgresTLSMode) throws {
        let configuration = try DatabaseConfiguration(url: "postgres://u@db/app?sslmode=\(value)", environment: [:])
        #expect(settings(configuration)?.tlsMode == mode)
    }

    @Test(arguments: modes) func modeFromPGSSLMODE(_ value: String, _ mode: PostgresTLSMode) throws {
        let fromVariables = try DatabaseConfiguration.resolve(nil, environment: ["PGHOST": "db", "PGSSLMODE": value])
        #expect(settings(fromVariables)?.tlsMode == mode)
        // As in libpq, the variable applies to a URL that does not name a mode.
        let fromURL = try DatabaseConfiguration(url: "postgres://u@db/app", environment: ["PGSSLMODE": value])
        #expect(settings(fromURL)?.tlsMode == mode)
    }

    @Test func theURLWinsOverTheEnvironment() throws {
        let configuration = try DatabaseConfiguration(
            url: "postgres://u@db/app?sslmode=verify-full&sslrootcert=/etc/url.pem",
            environment: ["PGSSLMODE": "disable", "PGSSLROOTCERT": "/etc/env.pem"])
        #expect(settings(configuration)?.tlsMode == .verifyFull)
        #expect(settings(configuration)?.tlsRootCertificatePath == "/etc/url.pem")
    }

    @Test func withoutAModeTLSIsOff() throws {
        let configuration = try DatabaseConfiguration(url: "postgres://u@db/app?sslmode=", environment: [:])
        #expect(settings(configuration)?.tlsMode == .disable)
        #expect(settings(configuration)?.tlsRootCertificatePath == nil)
        let fromVariables = try DatabaseConfiguration.resolve(nil, environment: ["PGHOST": "db", "PGSSLMODE": ""])
        #expect(settings(fromVariables)?.tlsMode == .disable)
    }

    @Test func rootCertificateFromTheURL() throws {
        let configuration = try DatabaseConfiguration(
            url: "postgres://u@db/app?sslmode=verify-ca&sslrootcert=%2Fetc%2Fssl%2Fdb%20roots.pem", environment: [:])
        #expect(settings(configuration)?.tlsRootCertificatePath == "/etc/ssl/db roots.pem")
    }

    @Test func rootCertificateFromPGSSLROOTCERT() throws {
        let environment = ["PGHOST": "db", "PGSSLMODE": "verify-full", "PGSSLROOTCERT": "/etc/ssl/db.pem"]
        #expect(try DatabaseConfiguration.resolve(nil, environment: environment) == .postgres(.init(
            host: "db", username: environment["USER"] ?? "postgres", database: environment["USER"] ?? "postgres",
            tlsMode: .verifyFull, tlsRootCertificatePath: "/etc/ssl/db.pem")))
        let fromURL = try DatabaseConfiguration(url: "postgres://u@db/app", environment: ["PGSSLROOTCERT": "/etc/ssl/db.pem"])
        #expect(settings(fromURL)?.tlsRootCertificatePath == "/etc/ssl/db.pem")
    }

    @Test func anUnknownModeIsAConfigurationError() {
        let expected = "invalid database configuration: unknown sslmode 'verify'; "
            + "expected one of disable, allow, prefer, require, verify-ca, verify-full"
        #expect { try DatabaseConfiguration(url: "postgres://u@db/app?sslmode=verify", environment: [:]) } throws: { error in
            (error as? SQLError)?.description == expected
        }
        #expect { try DatabaseConfiguration.resolve(nil, environment: ["PGHOST": "db", "PGSSLMODE": "verify"]) } throws: { error in
            (error as? SQLError)?.description == expected
        }
    }

    @Test func theRedactedFormHidesThePassword() throws {
        let configuration = try DatabaseConfiguration(
            url: "postgres://u:secret@db/app?sslmode=require&sslrootcert=/etc/ssl/db.pem", environment: [:])
        #expect(!configuration.redacted.contains("secret"))
    }
}
