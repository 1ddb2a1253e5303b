import Hummingbird

/// `GET /healthz`: the process is up. `GET /readyz`: the database answers too, and the server
/// is not shutting down.
///
/// Orchestrators restart on a failing liveness probe and only route traffic on a passing
/// readiness probe, so a database outage or a shutdown under way must fail `/readyz` but
/// never `/healthz`.
struct HealthRoutes: Sendable {
    /// Asks the database for a trivial answer; throws or returns false when it cannot.
    let isDatabaseReady: @Sendable () async -> Bool
    /// Whether graceful shutdown has begun (see `ShutdownDrain`).
    let isShuttingDown: @Sendable () -> Bool

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("healthz") { _, _ in
            Self.plain(.ok, "ok\n")
        }
        router.get("readyz") { _, _ in
            if isShuttingDown() { return Self.plain(.serviceUnavailable, "shutting down\n") }
            return await isDatabaseReady()
                ? Self.plain(.ok, "ready\n")
                : Self.plain(.serviceUnavailable, "database unavailable\n")
        }
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}
