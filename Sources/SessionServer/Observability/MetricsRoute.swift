import Hummingbird

/// `GET /metrics`: the metrics in Prometheus' text format.
struct MetricsRoute: Sendable {
    /// The exposition text, produced on each request.
    let exposition: @Sendable () -> [UInt8]

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: exposition())))
        }
    }
}
