import Synchronization

/// A primary with streaming read replicas: statements that only read go to a replica, in
/// rotation, skipping any that lags more than `maxLag` seconds or does not answer; every
/// other statement, transaction and connection goes to the primary.
///
/// A read goes to the primary too once the unit of work it belongs to has written
/// (`ReadYourWrites`), and when no replica serves. A read that a replica fails because
/// it became unreachable, or because replay cancelled it (SQLSTATE 40001), runs again on
/// the primary at once: reads are safe to repeat.
public final class ReplicatedDatabase: SQLDatabase {
    public let primary: any SQLDatabase
    public let replicas: [ReadReplica]
    /// Seconds of replay lag beyond which a replica serves no reads.
    public let maxLag: Double
    private let rotation = Atomic<Int>(0)
    /// Told where each read ran: true for a replica, false for the primary (metrics).
    let routed: @Sendable (_ onReplica: Bool) -> Void

    public init(
        primary: any SQLDatabase, replicas: [ReadReplica], maxLag: Double,
        routed: @escaping @Sendable (_ onReplica: Bool) -> Void = { _ in }
    ) {
        self.primary = primary
        self.replicas = replicas
        self.maxLag = maxLag
        self.routed = routed
    }

    public var dialect: SQLDialect { primary.dialect }

    public var statementCount: Int {
        replicas.reduce(primary.statementCount) { $0 + $1.database.statementCount }
    }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        let unit = ReadYourWrites.current
        guard statement.onlyReads else {
            unit?.written()
            return try await primary.query(statement)
        }
        if unit?.hasWritten != true, let replica = nextReplica() {
            do {
                let rows = try await replica.database.query(statement)
                routed(true)
                return rows
            } catch let error where Self.repeatable(error) {
                replica.failed()
            }
        }
        routed(false)
        return try await primary.query(statement)
    }

    /// The next replica in rotation that serves, if any.
    func nextReplica() -> ReadReplica? {
        guard !replicas.isEmpty else { return nil }
        let start = rotation.add(1, ordering: .relaxed).oldValue
        for offset in 0..<replicas.count {
            let replica = replicas[(start &+ offset) % replicas.count]
            if replica.serves(maxLag: maxLag) { return replica }
        }
        return nil
    }

    /// Whether a read failed for reasons of the replica, not of the statement.
    static func repeatable(_ error: any Error) -> Bool {
        switch error as? SQLError {
        case .unavailable?: true
        case .failed(let message)?: message.hasSuffix("(SQLSTATE 40001)")
        default: false
        }
    }

    public func execute(_ statement: SQLStatement) async throws {
        _ = try await query(statement)
    }

    public func executeScript(_ sql: String) async throws {
        ReadYourWrites.current?.written()
        try await primary.executeScript(sql)
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        ReadYourWrites.current?.written()
        return try await primary.transaction(body)
    }

    public func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        ReadYourWrites.current?.written()
        return try await primary.withConnection(body)
    }

    public func ping() async throws {
        try await primary.ping()
    }

    public func close() async throws {
        for replica in replicas { try? await replica.database.close() }
        try await primary.close()
    }
}
