/// The PostgreSQL channel that wakes `ActivityWatcher`: `NOTIFY sessionql_activity` (any
/// payload) makes it poll at once, and the payload `session:<id>` also tells the session's
/// subscribers that it changed. SessionQL notifies on it when it changes a session; a
/// platform may notify on it after its own writes to cut the polling delay.
public enum ActivityChannel {
    public static let name = "sessionql_activity"
    static let sessionPrefix = "session:"
}
