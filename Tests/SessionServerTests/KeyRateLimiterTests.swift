import Foundation
@testable import SessionServer
import Testing

/// The per-key bucket on a clock the test moves: refills at the rate, caps at the burst, and
/// counts requests in flight.
@Suite("Key rate limiter")
struct KeyRateLimiterTests {
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var seconds = 1000.0
        var now: Double { lock.withLock { seconds } }
        func advance(_ by: Double) { lock.withLock { seconds += by } }
    }

    @Test func theBucketRefillsAtTheRateUpToTheBurst() async {
        let clock = Clock()
        let limiter = KeyRateLimiter(limit: RateLimit(requestsPerSecond: 2, burst: 3, concurrentRequests: 100), now: { clock.now })
        var decisions: [KeyRateLimiter.Decision] = []
        for _ in 0..<4 { decisions.append(await limiter.acquire("a")) }
        #expect(decisions == [.allowed, .allowed, .allowed, .limited(retryAfter: 1)])
        clock.advance(0.5)
        #expect(await limiter.acquire("a") == .allowed)
        #expect(await limiter.acquire("a") == .limited(retryAfter: 1))
        clock.advance(60)
        for _ in 0..<3 { #expect(await limiter.acquire("a") == .allowed) }
        #expect(await limiter.acquire("a") == .limited(retryAfter: 1))
        #expect(await limiter.acquire("b") == .allowed, "another key has its own bucket")
    }

    @Test func requestsInFlightAreCappedAndReleased() async {
        let clock = Clock()
        let limiter = KeyRateLimiter(limit: RateLimit(requestsPerSecond: 1000, burst: 1000, concurrentRequests: 2), now: { clock.now })
        #expect(await limiter.acquire("a") == .allowed)
        #expect(await limiter.acquire("a") == .allowed)
        #expect(await limiter.acquire("a") == .limited(retryAfter: 1))
        await limiter.release("a")
        #expect(await limiter.acquire("a") == .allowed)
    }

    @Test func retryAfterIsTheWaitForTheNextToken() async {
        let clock = Clock()
        let limiter = KeyRateLimiter(limit: RateLimit(requestsPerSecond: 0.25, burst: 1, concurrentRequests: 10), now: { clock.now })
        #expect(await limiter.acquire("a") == .allowed)
        #expect(await limiter.acquire("a") == .limited(retryAfter: 4))
        clock.advance(3)
        #expect(await limiter.acquire("a") == .limited(retryAfter: 1))
        clock.advance(1)
        #expect(await limiter.acquire("a") == .allowed)
    }
}
