import Hummingbird

/// Cross-origin access to `/graphql` for an explicit list of origins (`--cors-origin`).
///
/// An allowed origin gets `Access-Control-Allow-Origin` naming it (never `*`), and its
/// preflight is answered here with the methods and headers a GraphQL client sends,
/// `Authorization` included. Other origins get no CORS headers (their preflight is 403), so
/// browsers keep their pages out. Requests without `Origin` pass untouched.
struct CORSAllowList<Context: RequestContext>: RouterMiddleware {
    let origins: Set<String>
    static var path: String { "/graphql" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path == Self.path, let origin = request.headers[.origin] else {
            return try await next(request, context)
        }
        let allowed = origins.contains(origin)
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            guard allowed else {
                return Response(status: .forbidden, headers: [.vary: "Origin", .cacheControl: "no-store"])
            }
            return Response(status: .noContent, headers: [
                .accessControlAllowOrigin: origin,
                .accessControlAllowMethods: "GET, POST, OPTIONS",
                .accessControlAllowHeaders: "Authorization, Content-Type, Accept",
                .accessControlMaxAge: "600",
                .vary: "Origin",
            ])
        }
        var response = try await next(request, context)
        response.headers[.vary] = "Origin"
        if allowed {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = "Retry-After, WWW-Authenticate"
        }
        return response
    }
}
