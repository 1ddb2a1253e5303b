import Synchronization

/// A bounded map that forgets its least recently used entry first: at most `capacity`
/// entries (0 keeps none). Reading an entry counts as using it.
final class RecentlyUsed<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let capacity: Int

    private struct State {
        var values: [Key: Value] = [:]
        /// Keys from least to most recently used.
        var order: [Key] = []

        mutating func touch(_ key: Key) {
            guard order.last != key else { return }
            order.removeAll { $0 == key }
            order.append(key)
        }
    }

    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
    }

    subscript(key: Key) -> Value? {
        guard capacity > 0 else { return nil }
        return state.withLock { state in
            guard let value = state.values[key] else { return nil }
            state.touch(key)
            return value
        }
    }

    func insert(_ value: Value, for key: Key) {
        guard capacity > 0 else { return }
        state.withLock { state in
            if state.values.updateValue(value, forKey: key) != nil {
                state.touch(key)
                return
            }
            state.order.append(key)
            if state.order.count > capacity {
                state.values[state.order.removeFirst()] = nil
            }
        }
    }
}
