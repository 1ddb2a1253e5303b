import Logging
import PostgresNIO
import Synchronization

/// Named prepared statements, so that PostgreSQL parses and plans each of SessionQL's
/// statements once per connection instead of on every request.
///
/// The reads are few distinct texts (a read's SQL depends on the document's shape, never
/// on its values, which are all bound), but each is a long statement with subqueries whose
/// parse and plan cost more than running it: at bench scale a user look-up spent 1.6 ms
/// being parsed and planned against 0.24 ms executing. Prepared, PostgreSQL plans it with
/// the values of its first few executions and then, when the plan does not depend on the
/// values, keeps one generic plan (`plan_cache_mode = auto`).
///
/// PostgresNIO prepares a statement on each connection on first use and reuses it by name
/// (`PostgresPreparedStatement`), but it takes the text and name from the statement's type.
/// So each distinct text (with the types of its values) gets a number in a process-wide
/// table, and the number is spelled as a type (`PreparedSlot`) that reads its text back
/// from the table: `sessionql_<number>` on every connection of this process.
///
/// A statement that fails while prepared is never prepared again in this process (the
/// driver would keep answering that connection's later uses with the same error), and runs
/// as an unnamed statement from then on; so does every text past `capacity`.
///
/// Named statements belong to the database session: behind a pooler in transaction mode
/// (PgBouncer before 1.21) they must be turned off (`SESSIONQL_PREPARED_STATEMENTS=off`).
final class PreparedStatements: Sendable {
    private struct State {
        var numbers: [String: Int] = [:]
        var texts: [String] = []
        var slots: [any PreparedSlotNumber.Type] = []
        var refused: Set<Int> = []
    }

    private let state = Mutex(State())
    /// Most distinct texts prepared; the reads have far fewer.
    static let capacity = 2048
    /// The table the slot types read their text from.
    static let shared = PreparedStatements()

    /// The slot of `sql` with bound values `binds`, numbering it on first use; nil when the
    /// statement is to run unnamed.
    func slot(sql: String, binds: [SQLValue]) -> (any PreparedSlotNumber.Type)? {
        let key = binds.map(\.preparedTypeName).joined(separator: ",") + "|" + sql
        return state.withLock { state -> (any PreparedSlotNumber.Type)? in
            if let number = state.numbers[key] {
                return state.refused.contains(number) ? nil : state.slots[number]
            }
            guard state.texts.count < Self.capacity else { return nil }
            let number = state.texts.count
            state.numbers[key] = number
            state.texts.append(sql)
            state.slots.append(PreparedSlotNumbers.type(for: number))
            return state.slots[number]
        }
    }

    func text(of number: Int) -> String {
        state.withLock { $0.texts[number] }
    }

    /// Runs the statement in `slot` on `connection` with `bindings`.
    func rows(
        _ slot: any PreparedSlotNumber.Type, bindings: PostgresBindings, on connection: PostgresConnection, logger: Logger
    ) async throws -> [SQLRow] {
        do {
            return try await execute(slot, bindings: bindings, on: connection, logger: logger)
        } catch let error as PSQLError where error.code == .server {
            let state = error.serverInfo?[.sqlState] ?? ""
            // A timeout or a cancellation says nothing about the statement itself.
            if state != "57014" {
                let number = slot.number
                self.state.withLock { _ = $0.refused.insert(number) }
            }
            throw error
        }
    }

    private func execute<Slot: PreparedSlotNumber>(
        _ slot: Slot.Type, bindings: PostgresBindings, on connection: PostgresConnection, logger: Logger
    ) async throws -> [SQLRow] {
        let rows = try await connection.execute(PreparedSlot<Slot>(bindings: bindings), logger: logger)
        return try await PostgresRowDecoding.rows(rows)
    }
}

/// One numbered statement of `PreparedStatements`, as PostgresNIO prepares and runs it.
struct PreparedSlot<Number: PreparedSlotNumber>: PostgresPreparedStatement {
    typealias Row = PostgresRow
    static var name: String { "sessionql_\(Number.number)" }
    static var sql: String { PreparedStatements.shared.text(of: Number.number) }

    let bindings: PostgresBindings

    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

extension SQLValue {
    /// The PostgreSQL type a value is bound as (`PostgresStatementEncoding`), part of a
    /// prepared statement's identity: a NULL lets the server infer its parameter's type.
    var preparedTypeName: String {
        switch self {
        case .null: "null"
        case .int: "int8"
        case .double: "float8"
        case .text: "text"
        case .bool: "bool"
        case .json: "jsonb"
        case .textArray: "text[]"
        case .intArray: "int8[]"
        }
    }
}
