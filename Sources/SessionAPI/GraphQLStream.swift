import GraphQLCore

/// How a request on a streaming transport (WebSocket, server-sent events) starts.
public enum GraphQLStreamStart: Sendable {
    /// A query or mutation: its one outcome.
    case single(GraphQLOutcome)
    /// Refused before anything ran (parse, validation, limits, variables, or a subscription
    /// whose session or user the organization does not have): these errors, no `data`.
    case refused([GraphQLError])
    /// A subscription: one response body (JSON) per event, each read as the consumer asks
    /// for it. The stream throws `ActivityStreamEnd` when the subscriber is dropped (too
    /// slow) or the server shuts down.
    case events(AsyncThrowingStream<[UInt8], any Error>)
}

/// A `GraphQLService` that also serves subscriptions.
public protocol GraphQLStreamingService: GraphQLService {
    func stream(_ parameters: GraphQLParameters, organizationID: String) async -> GraphQLStreamStart
}

extension SessionAPI: GraphQLStreamingService {
    /// Runs any operation for a streaming transport: a subscription becomes a stream of
    /// responses, anything else one outcome. Transport rules (no mutation over GET) are the
    /// transport's, checked with `operationKind` before.
    public func stream(_ given: GraphQLParameters, organizationID: String) async -> GraphQLStreamStart {
        let parameters: GraphQLParameters, persistedHash: String?
        switch await resolveDocument(given) {
        case .failure(let error): return .refused([error])
        case .success(let resolved): (parameters, persistedHash) = resolved
        }
        let prepared: PreparedOperation
        switch prepare(parameters) {
        case .failure(.rejected(let errors)): return .refused(errors)
        case .success(let operation): prepared = operation
        }
        if let persistedHash { persistedQueries.remember(parameters.query, hash: persistedHash) }
        guard prepared.kind == .subscription else {
            return .single(await execute(prepared, organizationID: organizationID))
        }
        let api = self
        switch await executor.subscribe(prepared, context: context(for: organizationID), eventContext: {
            api.context(for: organizationID)
        }) {
        case .failed(let response):
            return .refused(response.errors)
        case .events(let responses):
            let pulled = PulledIterator(responses.makeAsyncIterator())
            return .events(AsyncThrowingStream {
                guard let response = try await pulled.next() else { return nil }
                return api.finished(response).jsonData()
            })
        }
    }
}
