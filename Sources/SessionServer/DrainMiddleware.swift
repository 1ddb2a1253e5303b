import Hummingbird

/// Counts each request in flight, for the drain before shutdown (`ShutdownDrain`): until its
/// handler returns, or, for a streamed body (an export, an event stream), until the body is
/// written. Once the drain has begun, answers every new request 503 with `SHUTTING_DOWN`,
/// except the probes `/healthz` and `/readyz`, which answer as always.
struct DrainMiddleware<Context: RequestContext>: RouterMiddleware {
    let drain: ShutdownDrain
    static var probes: Set<String> { ["/healthz", "/readyz"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.probes.contains(request.uri.path) {
            return try await next(request, context)
        }
        guard drain.admit() else {
            return ErrorResponse.make(
                .serviceUnavailable, "The server is shutting down; send the request again.", code: "SHUTTING_DOWN",
                mediaType: ErrorResponse.mediaType(for: request), headers: [.retryAfter: ErrorResponse.unavailableRetryAfter])
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            drain.leave()
            throw error
        }
        // A body of known length is written at once (and keeps the server's single-write path).
        guard response.body.contentLength == nil else {
            drain.leave()
            return response
        }
        let (body, drain) = (response.body, self.drain)
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            defer { drain.leave() }
            try await body.write(writer)
        }
        return response
    }
}
