import Synchronization

/// A streaming read replica of the primary, and what was last learned of it: how far its
/// replay lags behind, and whether it answered.
public final class ReadReplica: Sendable {
    /// `host:port/database`, for logs and metrics.
    public let name: String
    public let database: any SQLDatabase
    private let state = Mutex(Health())

    /// What the last lag check found.
    public struct Health: Sendable, Equatable {
        /// Seconds of replay lag; nil before the first check, or when the last one failed.
        public var lag: Double?
        /// Whether the last check got an answer.
        public var answered = false
    }

    public init(name: String, database: any SQLDatabase) {
        self.name = name
        self.database = database
    }

    public var health: Health { state.withLock { $0 } }

    /// Whether reads may go here: the last check answered within `maxLag`, and the
    /// database is not known to be unreachable since.
    func serves(maxLag: Double) -> Bool {
        let health = self.health
        guard health.answered, let lag = health.lag, lag <= maxLag else { return false }
        return !((database as? PostgresDatabase)?.isUnreachable ?? false)
    }

    /// Asks the replica how far behind it is, and keeps the answer.
    ///
    /// Lag is zero on a server that is not in recovery, and on a standby whose WAL receiver
    /// runs (its process id, which `pg_stat_wal_receiver` shows every role) and has
    /// replayed all it received. Otherwise it is the time since the last transaction
    /// it replayed was committed on the primary (which also grows while the primary
    /// is idle, and while the standby is cut off from it). A standby that has replayed no
    /// transaction since it started, and does not stream, has no known lag and serves no
    /// reads until it has.
    @discardableResult
    public func check() async -> Health {
        let lag: Double?
        do {
            let row = try await database.queryFirst(Self.lagQuery)
            lag = try row?.double("lag")
        } catch {
            lag = nil
        }
        let health = Health(lag: lag, answered: lag != nil)
        state.withLock { $0 = health }
        return health
    }

    /// Marks the replica as not answering until the next check.
    func failed() {
        state.withLock { $0 = Health(lag: $0.lag, answered: false) }
    }

    static let lagQuery: SQLStatement = """
        SELECT CASE
            WHEN NOT pg_is_in_recovery() THEN 0
            WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE pid IS NOT NULL) THEN 0
            ELSE extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())
        END::float8 AS lag
        """
}
