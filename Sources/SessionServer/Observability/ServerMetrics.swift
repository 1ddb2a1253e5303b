import Metrics
import Synchronization

/// The server's metrics, recorded through swift-metrics into the factory it is given
/// (Prometheus in `serve`, nothing in tests that do not ask):
/// - `sessionql_requests_total` and `sessionql_request_duration_seconds`, by operation and
///   outcome, for `/graphql`;
/// - `sessionql_sql_statements_total` (by outcome) and `sessionql_sql_duration_seconds`;
/// - `sessionql_sql_in_flight`, statements running now, each holding a pool connection;
/// - `sessionql_rate_limited_total`, requests refused by a key's rate limit;
/// - `sessionql_loader_batch_keys`, the keys each loader batch fetched, by loader;
/// - with read replicas: `sessionql_read_replica_lag_seconds` and `sessionql_read_replica_up`
///   by replica (`host:port/database`), and `sessionql_reads_total` by target (`replica`,
///   `primary`).
///
/// Operation names come from clients, so only GraphQL names of at most 64 characters count,
/// and at most `maxOperations` of them; any other is `other`, a request without one `-`.
public final class ServerMetrics: Sendable {
    let factory: any MetricsFactory
    private let operations = Mutex<Set<String>>([])
    static let maxOperations = 200

    // The metrics without client-given labels, made once: each statement records three.
    private let statementsOK: Counter
    private let statementsFailed: Counter
    private let statementDuration: Timer
    private let inFlight: Meter
    private let refusals: Counter
    private let readsOnReplicas: Counter
    private let readsOnPrimary: Counter

    public init(factory: any MetricsFactory) {
        self.factory = factory
        statementsOK = Counter(label: "sessionql_sql_statements_total", dimensions: [("outcome", "ok")], factory: factory)
        statementsFailed = Counter(label: "sessionql_sql_statements_total", dimensions: [("outcome", "error")], factory: factory)
        statementDuration = Timer(label: "sessionql_sql_duration_seconds", factory: factory)
        inFlight = Meter(label: "sessionql_sql_in_flight", factory: factory)
        refusals = Counter(label: "sessionql_rate_limited_total", factory: factory)
        readsOnReplicas = Counter(label: "sessionql_reads_total", dimensions: [("target", "replica")], factory: factory)
        readsOnPrimary = Counter(label: "sessionql_reads_total", dimensions: [("target", "primary")], factory: factory)
    }

    /// Records nothing.
    public static let disabled = ServerMetrics(factory: NOOPMetricsHandler.instance)

    func request(operation: String?, outcome: String, duration: Duration) {
        let dimensions = [("operation", label(for: operation)), ("outcome", outcome)]
        Counter(label: "sessionql_requests_total", dimensions: dimensions, factory: factory).increment()
        Timer(label: "sessionql_request_duration_seconds", dimensions: dimensions, factory: factory)
            .recordNanoseconds(Self.nanoseconds(duration))
    }

    func statement(duration: Duration, failed: Bool) {
        (failed ? statementsFailed : statementsOK).increment()
        statementDuration.recordNanoseconds(Self.nanoseconds(duration))
    }

    func statementsInFlight(_ change: Int) {
        change > 0 ? inFlight.increment(by: Double(change)) : inFlight.decrement(by: Double(-change))
    }

    /// The number of keys one batch of a loader fetched.
    public func loaderBatch(_ loader: String, keys: Int) {
        Recorder(label: "sessionql_loader_batch_keys", dimensions: [("loader", loader)], factory: factory).record(keys)
    }

    func rateLimited() {
        refusals.increment()
    }

    /// What the last lag check of a read replica found (`ReplicaLagMonitor`).
    public func readReplica(_ name: String, lag: Double?, answered: Bool) {
        let dimensions = [("replica", name)]
        Gauge(label: "sessionql_read_replica_up", dimensions: dimensions, factory: factory).record(answered ? 1 : 0)
        if let lag {
            Gauge(label: "sessionql_read_replica_lag_seconds", dimensions: dimensions, factory: factory).record(lag)
        }
    }

    /// A read ran on a replica, or on the primary (`ReplicatedDatabase`).
    public func read(onReplica: Bool) {
        (onReplica ? readsOnReplicas : readsOnPrimary).increment()
    }

    /// The label of an operation name: itself if it is a GraphQL name of at most 64
    /// characters among the first `maxOperations` seen, `other` if not, `-` for none.
    func label(for operation: String?) -> String {
        guard let operation, !operation.isEmpty else { return "-" }
        guard operation.utf8.count <= 64, Self.isName(operation) else { return "other" }
        return operations.withLock { seen in
            if seen.contains(operation) { return operation }
            guard seen.count < Self.maxOperations else { return "other" }
            seen.insert(operation)
            return operation
        }
    }

    private static func isName(_ text: String) -> Bool {
        text.utf8.enumerated().allSatisfy { index, byte in
            byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (index > 0 && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }
}
