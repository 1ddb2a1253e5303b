import Synchronization
import Testing

@testable import SessionServer

/// `ClientGoneSignal`: what a connection's requests registered runs once, when the client
/// goes; a request that ended and unregistered is no longer held.
@Suite struct ClientGoneSignalTests {
    final class Count: Sendable {
        let value = Mutex(0)
        func add() { value.withLock { $0 += 1 } }
        var current: Int { value.withLock { $0 } }
    }

    @Test func registeredActionsRunOnceAndUnregisteredOnesNever() {
        let signal = ClientGoneSignal()
        let inFlight = Count(), ended = Count()
        let first = signal.register { inFlight.add() }
        let finished = signal.register { ended.add() }
        signal.unregister(finished)
        _ = first
        signal.fire()
        signal.fire()
        #expect(inFlight.current == 1)
        #expect(ended.current == 0)
        // A request that starts after the client left is cancelled at once.
        let late = Count()
        _ = signal.register { late.add() }
        #expect(late.current == 1)
    }
}
