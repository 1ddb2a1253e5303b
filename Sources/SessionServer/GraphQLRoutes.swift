import Foundation
import GraphQLCore
import Hummingbird
import SessionAPI
import SessionStore

/// `/graphql` over HTTP as the GraphQL-over-HTTP specification describes it: POST with a JSON
/// body for any operation, GET with URL parameters for queries only. Every request acts for
/// the organization of its API key (see `APIKeyAuthenticator`), within its key's rate limit.
struct GraphQLRoutes: Sendable {
    let service: any GraphQLService
    let maxBodySize: Int
    let requestTimeout: Duration
    let verifier: any KeyVerifier
    let limiter: KeyRateLimiter
    let metrics: ServerMetrics
    /// Answers `Accept: text/event-stream`; nil when the service has no subscriptions.
    let eventStream: EventStreamResponse?

    func register(on router: Router<SessionRequestContext>) {
        let group = router.group()
            .add(middleware: APIKeyAuthenticator(verifier: verifier))
            .add(middleware: RateLimitMiddleware(limiter: limiter, metrics: metrics))
        group.post("graphql") { request, context in
            try await post(request, context: context)
        }
        group.get("graphql") { request, context in
            await get(request, context: context)
        }
        for method in [HTTPRequest.Method.put, .patch, .delete] {
            router.on("graphql", method: method) { _, _ in
                var response = Self.plainError(.methodNotAllowed, "Use GET for queries or POST.", mediaType: .json)
                response.headers[.allow] = "GET, POST"
                return response
            }
        }
    }

    private func post(_ request: Request, context: SessionRequestContext) async throws -> Response {
        if eventStream != nil, EventStreamResponse.isRequested(request.headers[.accept]) {
            return try await postEventStream(request, context: context)
        }
        guard let mediaType = ResponseMediaType.negotiate(accept: request.headers[.accept]) else {
            return Self.notAcceptable()
        }
        guard Self.isJSONContentType(request.headers[.contentType]) else {
            return Self.plainError(.unsupportedMediaType, "Send the request as application/json.", mediaType: mediaType)
        }
        guard let body = try await Self.collect(request.body, upTo: maxBodySize) else {
            var response = Self.plainError(.contentTooLarge, "The request body is larger than \(maxBodySize) bytes.", mediaType: mediaType)
            response.headers[.connection] = "close"
            return response
        }
        let parameters: GraphQLParameters
        do {
            parameters = try GraphQLRequestParameterReader.fromJSONBody(Array(buffer: body))
        } catch {
            return Self.requestError(error.message, mediaType: mediaType)
        }
        return await respond(to: parameters, context: context, mediaType: mediaType)
    }

    private func get(_ request: Request, context: SessionRequestContext) async -> Response {
        if eventStream != nil, EventStreamResponse.isRequested(request.headers[.accept]) {
            let parameters: GraphQLParameters
            do {
                parameters = try GraphQLRequestParameterReader.fromQueryItems(URLQueryItems.decode(request.uri.query))
            } catch {
                return await streamEvents(.refused([GraphQLError(error.message, code: .badRequest)]), context: context)
            }
            if await service.operationKind(parameters) == .mutation {
                return await streamEvents(.refused([GraphQLError("Mutations must be sent with POST.", code: .badRequest)]), context: context)
            }
            return await streamEvents(parameters, context: context)
        }
        guard let mediaType = ResponseMediaType.negotiate(accept: request.headers[.accept]) else {
            return Self.notAcceptable()
        }
        let parameters: GraphQLParameters
        do {
            parameters = try GraphQLRequestParameterReader.fromQueryItems(URLQueryItems.decode(request.uri.query))
        } catch {
            return Self.requestError(error.message, mediaType: mediaType)
        }
        // The transport's own rule, before any other work: GET is for queries. A mutation over
        // GET is 405 even when its document would not validate.
        if await service.operationKind(parameters) == .mutation {
            var response = Self.plainError(.methodNotAllowed, "Mutations must be sent with POST.", mediaType: mediaType)
            response.headers[.allow] = "POST"
            RequestStatistics.current?.ran(operation: parameters.operationName, outcome: "mutation_not_allowed")
            return response
        }
        return await respond(to: parameters, context: context, mediaType: mediaType)
    }

    private func postEventStream(_ request: Request, context: SessionRequestContext) async throws -> Response {
        guard Self.isJSONContentType(request.headers[.contentType]) else {
            return Self.plainError(.unsupportedMediaType, "Send the request as application/json.", mediaType: .json)
        }
        guard let body = try await Self.collect(request.body, upTo: maxBodySize) else {
            var response = Self.plainError(.contentTooLarge, "The request body is larger than \(maxBodySize) bytes.", mediaType: .json)
            response.headers[.connection] = "close"
            return response
        }
        do {
            let parameters = try GraphQLRequestParameterReader.fromJSONBody(Array(buffer: body))
            return await streamEvents(parameters, context: context)
        } catch {
            return await streamEvents(.refused([GraphQLError(error.message, code: .badRequest)]), context: context)
        }
    }

    private func streamEvents(_ parameters: GraphQLParameters, context: SessionRequestContext) async -> Response {
        guard let streaming = service as? any GraphQLStreamingService, let organizationID = context.identity?.organizationId else {
            return Self.plainError(.internalServerError, "The request has no authenticated organization.", mediaType: .json)
        }
        let start = await streaming.stream(parameters, organizationID: organizationID)
        RequestStatistics.current?.ran(operation: parameters.operationName, outcome: start.label)
        return await streamEvents(start, context: context)
    }

    private func streamEvents(_ start: GraphQLStreamStart, context: SessionRequestContext) async -> Response {
        guard let eventStream, let keyId = context.identity?.keyId else {
            return Self.plainError(.internalServerError, "The request has no authenticated organization.", mediaType: .json)
        }
        return eventStream.response(start, keyId: keyId, gone: await ClientGoneHandler.signal(on: context.channel))
    }

    private func respond(to parameters: GraphQLParameters, context: SessionRequestContext, mediaType: ResponseMediaType) async -> Response {
        guard let organizationID = context.identity?.organizationId else {
            // The authenticator stands in front of every route here; this is a wiring mistake.
            return Self.plainError(.internalServerError, "The request has no authenticated organization.", mediaType: mediaType)
        }
        let service = self.service
        let gone = await ClientGoneHandler.signal(on: context.channel)
        guard let outcome = await RequestDeadline.run(within: requestTimeout, {
            await ClientDisconnect.cancelling(when: gone) {
                await service.run(parameters, organizationID: organizationID)
            }
        }) else {
            RequestStatistics.current?.ran(operation: parameters.operationName, outcome: "timeout")
            let seconds = Double(requestTimeout.components.seconds) + Double(requestTimeout.components.attoseconds) / 1e18
            return ErrorResponse.make(
                .serviceUnavailable, "The request did not finish within \(secondsText(seconds)) seconds; it was cancelled.",
                code: "REQUEST_TIMEOUT", mediaType: mediaType, headers: [.retryAfter: ErrorResponse.unavailableRetryAfter])
        }
        RequestStatistics.current?.ran(operation: parameters.operationName, outcome: outcome.label)
        switch outcome {
        case .executed(let body):
            return Self.json(.ok, body, mediaType: mediaType)
        case .rejected(let body):
            return Self.json(mediaType == .graphQLResponse ? .badRequest : .ok, body, mediaType: mediaType)
        case .unavailable(let body):
            var response = Self.json(.serviceUnavailable, body, mediaType: mediaType)
            response.headers[.retryAfter] = ErrorResponse.unavailableRetryAfter
            return response
        }
    }

    /// The body if it holds at most `limit` bytes, else nil. A longer body is still read to
    /// its end (and dropped), up to `drainLimit` bytes, so that a client still sending it can
    /// read the 413 instead of stalling, or meeting a reset, on a server that stopped reading.
    static func collect(_ body: RequestBody, upTo limit: Int) async throws -> ByteBuffer? {
        var collected = ByteBuffer()
        var dropped = 0
        for try await chunk in body {
            if dropped == 0, collected.readableBytes + chunk.readableBytes <= limit {
                collected.writeImmutableBuffer(chunk)
                continue
            }
            dropped += collected.readableBytes + chunk.readableBytes
            collected.clear()
            if dropped > drainLimit { break }
        }
        return dropped == 0 ? collected : nil
    }

    /// Most bytes of an oversized body read (and dropped) before answering 413.
    static let drainLimit = 64 * 1024 * 1024

    private static func isJSONContentType(_ value: String?) -> Bool {
        guard let value else { return false }
        let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard parts.first == "application/json" else { return false }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if charset != "utf-8" { return false }
        }
        return true
    }

    private static func json(_ status: HTTPResponse.Status, _ body: [UInt8], mediaType: ResponseMediaType) -> Response {
        Response(
            status: status,
            headers: [.contentType: mediaType.contentType, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: body))
        )
    }

    /// A request that is not a well-formed GraphQL request (body not JSON, parameters of the
    /// wrong type): 400 for `application/graphql-response+json`, and for `application/json`
    /// 200 with the error in the body, as that type's clients expect.
    static func requestError(_ message: String, mediaType: ResponseMediaType) -> Response {
        plainError(mediaType == .graphQLResponse ? .badRequest : .ok, message, mediaType: mediaType)
    }

    /// An error outside GraphQL execution, still in GraphQL's error shape.
    static func plainError(_ status: HTTPResponse.Status, _ message: String, mediaType: ResponseMediaType) -> Response {
        ErrorResponse.make(status, message, code: "BAD_REQUEST", mediaType: mediaType)
    }

    private static func notAcceptable() -> Response {
        ErrorResponse.make(
            .notAcceptable,
            "None of the media types in Accept can be served: accept application/graphql-response+json or application/json.",
            code: "NOT_ACCEPTABLE", mediaType: .json)
    }
}

extension GraphQLStreamStart {
    /// How the start is counted in metrics and logs.
    var label: String {
        switch self {
        case .single(let outcome): outcome.label
        case .refused: "rejected"
        case .events: "subscribed"
        }
    }
}

extension GraphQLOutcome {
    /// How the outcome is counted in metrics and logs.
    var label: String {
        switch self {
        case .executed: "executed"
        case .rejected: "rejected"
        case .unavailable: "unavailable"
        }
    }
}
