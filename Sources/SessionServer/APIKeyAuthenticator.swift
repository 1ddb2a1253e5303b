import Hummingbird
import HummingbirdAuth
import SessionAPI

/// Sets the request's identity from `Authorization: Bearer <key>` (or, for a GET event
/// stream only, the URL's `access_token`), and refuses the request
/// when there is none: 401 with `WWW-Authenticate: Bearer` and code `UNAUTHENTICATED`, the
/// same for a missing, malformed, unknown or revoked key, so an answer never tells which keys
/// exist. A store that cannot answer is 503. Keys appear in no message and no log line.
struct APIKeyAuthenticator: AuthenticatorMiddleware {
    typealias Context = SessionRequestContext
    let verifier: any KeyVerifier

    func authenticate(request: Request, context: Context) async throws -> KeyIdentity? {
        guard let token = request.headers.bearer?.token ?? Self.eventSourceToken(request) else { return nil }
        return try await verifier.verify(token)
    }

    /// The key of a GET event stream without an Authorization header, from its URL's
    /// `access_token` parameter (RFC 6750, section 2.3): a browser's `EventSource` cannot send
    /// headers. Only there; query strings never reach the log.
    static func eventSourceToken(_ request: Request) -> String? {
        guard request.method == .get, request.headers[.authorization] == nil,
              EventStreamResponse.isRequested(request.headers[.accept]),
              let token = (try? URLQueryItems.decode(request.uri.query))?["access_token"], !token.isEmpty
        else { return nil }
        return token
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let identity: KeyIdentity?
        do {
            identity = try await authenticate(request: request, context: context)
        } catch {
            context.logger.error("cannot check an API key: the database did not answer", metadata: ["error": "\(error)"])
            return ErrorResponse.make(.serviceUnavailable, "The database is unavailable; try again shortly.",
                                      code: "SERVICE_UNAVAILABLE", mediaType: ErrorResponse.mediaType(for: request),
                                      headers: [.retryAfter: ErrorResponse.unavailableRetryAfter])
        }
        guard let identity else { return Self.refusal(request) }
        var context = context
        context.identity = identity
        context.logger[metadataKey: "key"] = .string(identity.keyId)
        return try await next(request, context)
    }

    static func refusal(_ request: Request) -> Response {
        let presented = request.headers[.authorization]
        let (message, challenge): (String, String)
        if presented == nil {
            message = "Send an organization API key: Authorization: Bearer <key>."
            challenge = #"Bearer realm="SessionQL""#
        } else if request.headers.bearer == nil {
            message = "The Authorization header must read \"Bearer <key>\"."
            challenge = #"Bearer realm="SessionQL", error="invalid_request""#
        } else {
            message = "The API key is not valid: it is unknown, revoked or mistyped."
            challenge = #"Bearer realm="SessionQL", error="invalid_token""#
        }
        return ErrorResponse.make(.unauthorized, message, code: "UNAUTHENTICATED",
                                  mediaType: ErrorResponse.mediaType(for: request), headers: [.wwwAuthenticate: challenge])
    }
}
