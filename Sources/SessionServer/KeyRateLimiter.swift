import Foundation

/// The per-key state behind `RateLimit`: one bucket and one in-flight count per key, so a
/// noisy key spends only its own allowance.
actor KeyRateLimiter {
    enum Decision: Equatable {
        case allowed
        /// Refused; retry after this many whole seconds.
        case limited(retryAfter: Int)
    }

    private struct Bucket {
        var tokens: Double
        var refilledAt: Double
        var inFlight: Int
    }

    let limit: RateLimit
    private let now: @Sendable () -> Double
    private var buckets: [String: Bucket] = [:]

    init(limit: RateLimit, now: @escaping @Sendable () -> Double = { Date().timeIntervalSinceReferenceDate }) {
        self.limit = limit
        self.now = now
    }

    /// Takes a request's token and a place in flight; `release` must follow an `.allowed`.
    func acquire(_ key: String) -> Decision {
        let time = now()
        var bucket = buckets[key] ?? Bucket(tokens: Double(limit.burst), refilledAt: time, inFlight: 0)
        bucket.tokens = min(Double(limit.burst), bucket.tokens + (time - bucket.refilledAt) * limit.requestsPerSecond)
        bucket.refilledAt = time
        defer { buckets[key] = bucket }
        if bucket.inFlight >= limit.concurrentRequests { return .limited(retryAfter: 1) }
        guard bucket.tokens >= 1 else {
            return .limited(retryAfter: max(1, Int(((1 - bucket.tokens) / limit.requestsPerSecond).rounded(.up))))
        }
        bucket.tokens -= 1
        bucket.inFlight += 1
        return .allowed
    }

    func release(_ key: String) {
        buckets[key]?.inFlight -= 1
    }
}
