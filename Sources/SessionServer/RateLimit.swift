/// How much one API key may ask of the server: a token bucket of `requestsPerSecond` that
/// holds at most `burst` requests, and at most `concurrentRequests` in flight.
public struct RateLimit: Sendable, Equatable {
    public var requestsPerSecond: Double
    public var burst: Int
    public var concurrentRequests: Int

    public init(requestsPerSecond: Double = 100, burst: Int = 200, concurrentRequests: Int = 8) {
        self.requestsPerSecond = requestsPerSecond
        self.burst = burst
        self.concurrentRequests = concurrentRequests
    }
}
