import Hummingbird

/// Holds each API key to its `RateLimit`; over it, 429 with `Retry-After` and `RATE_LIMITED`.
/// Runs after authentication, so the limit follows the key, not the address.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = SessionRequestContext
    let limiter: KeyRateLimiter
    var metrics: ServerMetrics = .disabled

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let key = context.identity?.keyId else { return try await next(request, context) }
        switch await limiter.acquire(key) {
        case .limited(let seconds):
            metrics.rateLimited()
            return ErrorResponse.make(.tooManyRequests, "Too many requests for this API key; retry in \(seconds) s.",
                                      code: "RATE_LIMITED", mediaType: ErrorResponse.mediaType(for: request),
                                      headers: [.retryAfter: String(seconds)])
        case .allowed:
            do {
                let response = try await next(request, context)
                await limiter.release(key)
                return response
            } catch {
                await limiter.release(key)
                throw error
            }
        }
    }
}
