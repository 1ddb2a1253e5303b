import Synchronization

/// One unit of work (an HTTP request) in which a write sends every later read to the
/// primary, so the work reads what it wrote even when read replicas lag.
///
/// The server opens one per request (`ReadYourWrites.$current.withValue(ReadYourWrites())`);
/// child tasks inherit it. Outside any, each read goes where `ReplicatedDatabase` sends it.
public final class ReadYourWrites: Sendable {
    @TaskLocal public static var current: ReadYourWrites?

    private let wrote = Atomic<Bool>(false)

    public init() {}

    /// Whether anything was written (or a transaction opened) in this unit of work.
    public var hasWritten: Bool { wrote.load(ordering: .relaxed) }

    func written() {
        wrote.store(true, ordering: .relaxed)
    }
}
