import Foundation

/// Collects the keys one level of a document asks for and fetches them with one call of
/// its batch function; create one per request (it caches for the request's lifetime).
///
/// `load` never fetches: it queues the key and returns a `Deferred`. The executor runs every
/// loader with queued keys once all resolvers of a level have run, so a level costs one
/// batch per loader however many objects it has. Each key is fetched at most once per
/// request; a failed batch fails only the fields that waited on it and is not cached, so a
/// later `load` of the same key tries again.
///
/// `@unchecked Sendable`: all mutable state (`cache`, `queue`, every `Slot.state`) is read
/// and written only while holding `lock`, and the batch function is `@Sendable`.
public final class BatchLoader<Key: Hashable & Sendable, Value: Sendable>: BatchDispatching, @unchecked Sendable {
    public typealias BatchFunction = @Sendable ([Key]) async throws -> [Key: Value]

    private let lock = NSLock()
    private let batch: BatchFunction
    private var cache: [Key: Slot] = [:]
    private var queue: [(key: Key, slot: Slot)] = []

    /// `batch` receives distinct keys in the order they were first asked for and returns the
    /// values it found; a key missing from the result loads as nil.
    public init(_ batch: @escaping BatchFunction) {
        self.batch = batch
    }

    /// The value for `key`, once the executor has flushed this loader.
    public func load(_ key: Key) -> Deferred<Value?> {
        let slot = lock.withLock { queuedSlot(for: key) }
        return Deferred(dependencies: [self]) { [self] in
            let state: State = lock.withLock { slot.state }
            switch state {
            case .pending: return nil
            case .loaded(let value): return .ready(.success(value))
            case .failed(let error): return .ready(.failure(error))
            }
        }
    }

    /// The values for `keys`, in the same order.
    public func loadMany(_ keys: [Key]) -> Deferred<[Value?]> {
        Deferred.all(keys.map { load($0) })
    }

    /// Puts a value in the cache (e.g. an object a list query already fetched) so that
    /// a later `load` of its key needs no fetch. An existing entry is kept.
    public func prime(_ key: Key, _ value: Value?) {
        lock.withLock {
            guard cache[key] == nil else { return }
            cache[key] = Slot(state: .loaded(value))
        }
    }

    /// Forgets `key`, e.g. after a mutation changed it.
    public func clear(_ key: Key) {
        lock.withLock { _ = cache.removeValue(forKey: key) }
    }

    /// Must be called with `lock` held.
    private func queuedSlot(for key: Key) -> Slot {
        if let slot = cache[key] { return slot }
        let slot = Slot(state: .pending)
        cache[key] = slot
        queue.append((key, slot))
        return slot
    }

    func dispatch() async {
        let queued = lock.withLock {
            defer { queue.removeAll(keepingCapacity: true) }
            return queue
        }
        guard !queued.isEmpty else { return }
        let outcome: Result<[Key: Value], any Error>
        do { outcome = .success(try await batch(queued.map(\.key))) } catch { outcome = .failure(error) }
        lock.withLock {
            for (key, slot) in queued {
                switch outcome {
                case .success(let values):
                    slot.state = .loaded(values[key])
                case .failure(let error):
                    slot.state = .failed(error)
                    if cache[key] === slot { cache[key] = nil }
                }
            }
        }
    }

    /// One key's fetch. `@unchecked Sendable`: `state` is guarded by the owning loader's lock.
    private final class Slot: @unchecked Sendable {
        var state: State
        init(state: State) { self.state = state }
    }

    private enum State {
        case pending
        case loaded(Value?)
        case failed(any Error)
    }
}
