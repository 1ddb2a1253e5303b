/// A value that is not known yet: it waits on loader keys (or on an async operation) that
/// the executor fetches when every resolver of the current level has asked for its keys.
///
/// There are no timers: the executor polls a deferred value only after it has run the
/// loaders the value depends on, so batching is deterministic. `map` and `then` chain work;
/// a `then` that asks a loader for more keys is served by the next flush of the same level.
public struct Deferred<Value: Sendable>: Sendable {
    /// The loaders this value waits on; the executor runs those with queued keys.
    let dependencies: [any BatchDispatching]
    /// After a flush: nil while still waiting, else the result or a follow-up value.
    let poll: @Sendable () -> DeferredPoll<Value>?

    init(dependencies: [any BatchDispatching], poll: @escaping @Sendable () -> DeferredPoll<Value>?) {
        self.dependencies = dependencies
        self.poll = poll
    }

    /// A value that is already known.
    public init(value: Value) {
        dependencies = []
        poll = { .ready(.success(value)) }
    }

    /// A failure that is already known.
    public init(error: any Error) {
        dependencies = []
        poll = { .ready(.failure(error)) }
    }

    /// Runs `operation` once, at the next flush, concurrently with the level's loaders
    /// (for mutations and other one-off async work).
    public init(_ operation: @escaping @Sendable () async throws -> Value) {
        let work = AsyncWork(operation)
        dependencies = [work]
        poll = { work.result.map { .ready($0) } }
    }

    /// Transforms the value once it is known; a thrown error fails the field.
    public func map<T: Sendable>(_ transform: @escaping @Sendable (Value) throws -> T) -> Deferred<T> {
        let poll = self.poll
        return Deferred<T>(dependencies: dependencies) {
            guard let step = poll() else { return nil }
            switch step {
            case .ready(let result):
                return .ready(result.flatMap { value in Result { try transform(value) } })
            case .next(let following):
                return .next(following.map(transform))
            }
        }
    }

    /// Continues with another deferred value, e.g. a second loader keyed by the first result.
    public func then<T: Sendable>(_ next: @escaping @Sendable (Value) throws -> Deferred<T>) -> Deferred<T> {
        let poll = self.poll
        return Deferred<T>(dependencies: dependencies) {
            guard let step = poll() else { return nil }
            switch step {
            case .ready(.success(let value)):
                do { return .next(try next(value)) } catch { return .ready(.failure(error)) }
            case .ready(.failure(let error)):
                return .ready(.failure(error))
            case .next(let following):
                return .next(following.then(next))
            }
        }
    }

    /// All values, in order, once every one is known; the first failure fails the whole.
    public static func all(_ values: [Deferred<Value>]) -> Deferred<[Value]> {
        gather(values.map { .waiting($0) })
    }

    private enum Slot: Sendable {
        case known(Value)
        case waiting(Deferred<Value>)
    }

    private static func gather(_ slots: [Slot]) -> Deferred<[Value]> {
        var seen = Set<ObjectIdentifier>()
        var dependencies: [any BatchDispatching] = []
        for case .waiting(let value) in slots {
            for dependency in value.dependencies where seen.insert(ObjectIdentifier(dependency)).inserted {
                dependencies.append(dependency)
            }
        }
        return Deferred<[Value]>(dependencies: dependencies) {
            var updated = slots
            var progressed = false
            var complete = true
            for index in slots.indices {
                guard case .waiting(let value) = slots[index] else { continue }
                guard let step = value.poll() else {
                    complete = false
                    continue
                }
                progressed = true
                switch step {
                case .ready(.success(let result)):
                    updated[index] = .known(result)
                case .ready(.failure(let error)):
                    return .ready(.failure(error))
                case .next(let following):
                    updated[index] = .waiting(following)
                    complete = false
                }
            }
            if complete {
                return .ready(.success(updated.map { slot in
                    guard case .known(let value) = slot else { preconditionFailure("gathered slot not known") }
                    return value
                }))
            }
            return progressed ? .next(gather(updated)) : nil
        }
    }
}

/// One step of a deferred value after a flush.
enum DeferredPoll<Value: Sendable>: Sendable {
    case ready(Result<Value, any Error>)
    case next(Deferred<Value>)
}

/// Something the executor runs between resolving a level and completing it.
protocol BatchDispatching: AnyObject, Sendable {
    /// Fetches everything queued since the last dispatch; does nothing when nothing is queued.
    func dispatch() async
}
