import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Prometheus
import SessionServer
import SessionStore
import Synchronization
import Testing

/// `/metrics`, request ids, and the one log line of each request.
@Suite("Observability")
struct ObservabilityTests {
    /// Keeps every log record, for checking what a request logs.
    final class Records: Sendable {
        struct Record: Sendable {
            var message: String
            var metadata: Logger.Metadata
        }

        private let records = Mutex<[Record]>([])
        var all: [Record] { records.withLock { $0 } }
        func append(_ record: Record) { records.withLock { $0.append(record) } }
    }

    struct RecordingHandler: LogHandler {
        let records: Records
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            records.append(.init(message: "\(event.message)", metadata: metadata.merging(event.metadata ?? [:]) { $1 }))
        }
    }

    func withApp(
        rateLimit: RateLimit = RateLimit(), _ test: @escaping @Sendable (KeyedClient, PrometheusCollectorRegistry, Records) async throws -> Void
    ) async throws {
        let registry = PrometheusCollectorRegistry()
        let records = Records()
        let app = buildApplication(
            configuration: ServerConfiguration(rateLimit: rateLimit),
            dependencies: ServerDependencies(
                isDatabaseReady: { true }, graphQL: StubGraphQLService(), keys: StubKeyVerifier(),
                schemaSDL: "type Query { ok: Boolean }\n",
                metrics: ServerMetrics(factory: PrometheusMetricsFactory(registry: registry)),
                metricsExposition: { registry.emitToBuffer() }),
            logger: Logger(label: "test") { _ in RecordingHandler(records: records) }
        )
        try await app.test(.router) { client in
            try await test(KeyedClient(client: client, key: StubKeyVerifier.key), registry, records)
        }
    }

    static let requestId = HTTPField.Name("X-Request-Id")!

    @Test func metricsCountRequestsByOperationAndOutcome() async throws {
        try await withApp { client, _, _ in
            for body in [#"{"query":"query UsersPage { ok }","operationName":"UsersPage"}"#,
                         #"{"query":"query UsersPage { ok }","operationName":"UsersPage"}"#,
                         #"{"query":"{ invalid }"}"#] {
                _ = try await client.execute(uri: "/graphql", method: .post, headers: [.contentType: "application/json"],
                                             body: ByteBuffer(string: body))
            }
            _ = try await client.execute(uri: "/graphql?query=%7Bok%7D", method: .get, headers: [.authorization: "Bearer sq_live_wrong"])
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let text = String(buffer: response.body)
            #expect(text.contains(#"sessionql_requests_total{operation="UsersPage",outcome="executed"} 2"#), "\(text)")
            #expect(text.contains(#"sessionql_requests_total{operation="-",outcome="rejected"} 1"#), "\(text)")
            #expect(text.contains(#"sessionql_requests_total{operation="-",outcome="unauthenticated"} 1"#), "\(text)")
            #expect(text.contains(#"sessionql_request_duration_seconds_count{operation="UsersPage",outcome="executed"} 2"#), "\(text)")
        }
    }

    @Test func rateLimitRefusalsAreCounted() async throws {
        try await withApp(rateLimit: RateLimit(requestsPerSecond: 0.01, burst: 1, concurrentRequests: 8)) { client, registry, _ in
            for _ in 0..<3 {
                _ = try await client.execute(uri: "/graphql?query=%7Bok%7D", method: .get)
            }
            let text = registry.emitToString()
            #expect(text.contains("sessionql_rate_limited_total 2"), "\(text)")
            #expect(text.contains(#"sessionql_requests_total{operation="-",outcome="rate_limited"} 2"#), "\(text)")
        }
    }

    @Test func everyResponseCarriesARequestIdAndTakesASaneOneFromTheClient() async throws {
        try await withApp { client, _, _ in
            let generated = try await client.execute(uri: "/healthz", method: .get)
            let id = try #require(generated.headers[Self.requestId])
            #expect(!id.isEmpty)
            let given = try await client.execute(uri: "/healthz", method: .get, headers: [Self.requestId: "trace-42"])
            #expect(given.headers[Self.requestId] == "trace-42")
            let tooLong = String(repeating: "x", count: 200)
            let replaced = try await client.execute(uri: "/healthz", method: .get, headers: [Self.requestId: tooLong])
            #expect(replaced.headers[Self.requestId] != tooLong)
        }
    }

    @Test func oneLogLinePerRequestWithoutKeysQueriesOrVariables() async throws {
        try await withApp { client, _, records in
            let query = "query%20Secret%20%7Bok%7D&operationName=Secret&variables=%7B%22token%22%3A%22hunter2%22%7D"
            _ = try await client.execute(uri: "/graphql?query=\(query)", method: .get, headers: [Self.requestId: "req-7"])
            let lines = records.all.filter { $0.message == "request" }
            #expect(lines.count == 1)
            let line = try #require(lines.first)
            #expect(line.metadata["hb.request.id"] == "req-7")
            #expect(line.metadata["method"] == "GET")
            #expect(line.metadata["path"] == "/graphql")
            #expect(line.metadata["status"] == "200")
            #expect(line.metadata["operation"] == "Secret")
            #expect(line.metadata["outcome"] == "executed")
            #expect(line.metadata["sql"] == "0")
            #expect(line.metadata["duration_ms"] != nil)
            let text = "\(line.metadata)"
            for secret in ["hunter2", StubKeyVerifier.key, "token", "query"] {
                #expect(!text.contains(secret), "\(secret) in \(text)")
            }
        }
    }

    @Test func statementsAreTimedCountedAndChargedToTheirRequest() async throws {
        let registry = PrometheusCollectorRegistry()
        let metrics = ServerMetrics(factory: PrometheusMetricsFactory(registry: registry))
        let base = try await SQLiteDatabase.open(path: ":memory:", logger: Logger(label: "test"))
        let database = ObservedDatabase(base, metrics: metrics)
        _ = try await database.query("SELECT 1 AS one")
        await #expect(throws: (any Error).self) { try await database.query("SELECT * FROM no_such_table") }
        try await database.close()
        let text = registry.emitToString()
        #expect(text.contains(#"sessionql_sql_statements_total{outcome="ok"} 1"#), "\(text)")
        #expect(text.contains(#"sessionql_sql_statements_total{outcome="error"} 1"#), "\(text)")
        #expect(text.contains("sessionql_sql_duration_seconds_count 2"), "\(text)")
        #expect(text.contains("sessionql_sql_in_flight 0"), "\(text)")
    }

    @Test func loaderBatchSizesAreRecordedByLoader() {
        let registry = PrometheusCollectorRegistry()
        let metrics = ServerMetrics(factory: PrometheusMetricsFactory(registry: registry))
        metrics.loaderBatch("sessionCounts", keys: 20)
        metrics.loaderBatch("sessionCounts", keys: 3)
        let text = registry.emitToString()
        #expect(text.contains(#"sessionql_loader_batch_keys_count{loader="sessionCounts"} 2"#), "\(text)")
        #expect(text.contains(#"sessionql_loader_batch_keys_sum{loader="sessionCounts"} 23.0"#), "\(text)")
    }
}
