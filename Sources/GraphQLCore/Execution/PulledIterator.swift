/// An async iterator shared by reference, for building a pull-based stream with
/// `AsyncThrowingStream(unfolding:)`: each element is produced only when the consumer asks
/// for it, so nothing queues between the source and the consumer. One consumer at a time
/// (which is how `unfolding` calls it).
public final class PulledIterator<Base: AsyncIteratorProtocol>: @unchecked Sendable {
    private var base: Base

    public init(_ base: Base) {
        self.base = base
    }

    public func next() async throws -> Base.Element? {
        try await base.next()
    }
}
