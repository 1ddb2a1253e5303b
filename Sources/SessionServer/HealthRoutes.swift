import Hummingbird

/// `GET /healthz`: the process is up. `GET /readyz`: the database answers too.
///
/// Orchestrators restart on a failing liveness probe and only route traffic on a passing
/// readiness probe, so a database outage must fail `/readyz` but never `/healthz`.
struct HealthRoutes: Sendable {
    /// Asks the database for a trivial answer; throws or returns false when it cannot.
    let isDatabaseReady: @Sendable () async -> Bool

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("healthz") { _, _ in
            Self.plain(.ok, "ok\n")
        }
        router.get("readyz") { _, _ in
            await isDatabaseReady()
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
