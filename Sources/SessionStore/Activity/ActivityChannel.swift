/// The PostgreSQL channel that wakes `ActivityWatcher`: `NOTIFY sessionql_activity` (any
/// payload) makes it poll at once, and the payload `session:<id>` also tells the session's
/// subscribers that it changed. SessionQL notifies on it when it changes a session; a
/// platform may notify on it after its own writes to cut the polling delay.
public enum ActivityChannel {
    public static let name = "sessionql_activity"
    static let sessionPrefix = "session:"
}

extension SessionStore {
    /// Tells every SessionQL process on this database that the session changed. PostgreSQL
    /// only (a notification on `ActivityChannel`); elsewhere there is only this process.
    public func announceSessionChanged(sessionId: String) async throws {
        guard dialect == .postgres else { return }
        var builder = StatementBuilder()
        let channel = builder.bind(ActivityChannel.name), payload = builder.bind(ActivityChannel.sessionPrefix + sessionId)
        try await database.execute(builder.statement("SELECT pg_notify(\(channel), \(payload))"))
    }
}
