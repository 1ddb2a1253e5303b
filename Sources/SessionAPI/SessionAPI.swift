import GraphQLCore
import SessionStore

/// The GraphQL API over the activity database: `schema.graphql` bound to loaders over a
/// `SessionStore`. Create one per process and share it; each request gets its own loaders.
///
/// `run` refuses, before anything executes, documents that are too large, too deep, too
/// wide or that could return too many objects (`QueryLimits`), then parses, validates and
/// executes on behalf of one organization.
public struct SessionAPI: GraphQLService {
    public let store: SessionStore
    public let limits: QueryLimits
    let executor: Executor<QueryContext>
    let persistedQueries = PersistedQueries()
    let preparedDocuments: PreparedDocuments
    let reportError: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)?
    /// Sees the size of every loader batch, by loader name (e.g. for metrics).
    public var observeBatch: (@Sendable (_ loader: String, _ keys: Int) -> Void)?
    /// Where subscriptions get their events; without one, subscribing is refused.
    public var watcher: ActivityWatcher?
    /// When set, only these documents run (and automatic persisted queries register none).
    public var trustedDocuments: TrustedDocuments?

    /// `reportError` sees every unexpected failure of a resolver or a read (clients get a
    /// generic "Internal server error") and the cause of every database outage (clients get
    /// `SERVICE_UNAVAILABLE`), e.g. to log it.
    /// `documentCache` is how many validated documents are kept to skip parsing and
    /// validating them again (0: none).
    /// `aroundLevel` wraps each execution level (a tracing span, say).
    public init(
        store: SessionStore, limits: QueryLimits = QueryLimits(), documentCache: Int = 500,
        aroundLevel: LevelObserver? = nil,
        reportError: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)? = nil
    ) throws {
        self.store = store
        self.limits = limits
        self.preparedDocuments = PreparedDocuments(capacity: documentCache)
        self.reportError = reportError
        let schema = try GraphQLSchema(sdl: EmbeddedSchema.sdl, scalars: Self.scalars)
        var executor = Executor(schema: schema, resolvers: SchemaResolvers.make(), onResolverError: reportError)
        executor.aroundLevel = aroundLevel
        self.executor = executor
    }

    public init(
        database: any SQLDatabase, limits: QueryLimits = QueryLimits(), documentCache: Int = 500,
        aroundLevel: LevelObserver? = nil,
        reportError: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)? = nil
    ) throws {
        try self.init(
            store: SessionStore(database: database), limits: limits, documentCache: documentCache,
            aroundLevel: aroundLevel, reportError: reportError)
    }

    /// The custom scalars of `schema.graphql`, for building the schema elsewhere (to validate
    /// documents before registering them, say).
    public static var scalarCoercions: [String: any ScalarCoercion] { scalars }

    /// The custom scalars of `schema.graphql`.
    static let scalars: [String: any ScalarCoercion] = [
        "DateTime": DateTimeScalar(), "Date": DateScalar(), "JSON": JSONScalar(),
    ]

    public var schema: GraphQLSchema { executor.schema }

    public func operationKind(_ given: GraphQLParameters) async -> OperationType? {
        guard case .success(let resolved) = await resolveDocument(given) else { return nil }
        let text = resolved.parameters.query
        let document = preparedDocuments.document(for: text)
            ?? (try? Parser.parse(text, limits: parseLimits))
        guard let document else { return nil }
        return (try? OperationSelection.select(in: document, named: resolved.parameters.operationName))?.operation
    }

    public func run(_ given: GraphQLParameters, organizationID: String) async -> GraphQLOutcome {
        let parameters: GraphQLParameters, persistedHash: String?
        switch await resolveDocument(given) {
        case .failure(let error) where error.code == .serviceUnavailable:
            return .unavailable(body: GraphQLResponse(errors: [error]).jsonData())
        case .failure(let error): return Refusal.rejected([error]).outcome
        case .success(let resolved): (parameters, persistedHash) = resolved
        }
        let prepared: PreparedOperation
        switch prepare(parameters) {
        case .failure(let refusal): return refusal.outcome
        case .success(let operation): prepared = operation
        }
        // A document is remembered under its hash only once it parsed, validated and passed
        // the limits.
        if let persistedHash { persistedQueries.remember(parameters.query, hash: persistedHash) }
        if prepared.kind == .subscription {
            return Refusal.rejected([Self.subscriptionNeedsStream(prepared.operation)]).outcome
        }
        return await execute(prepared, organizationID: organizationID)
    }

    /// The document a request runs: the trusted one it names (with trusted documents only),
    /// else the text it sends or the persisted query its hash stands for. `hash` is set when
    /// the document should be remembered as a persisted query once accepted.
    func resolveDocument(_ given: GraphQLParameters) async -> Result<(parameters: GraphQLParameters, hash: String?), GraphQLError> {
        if let trustedDocuments {
            return await trustedDocuments.admit(given).map { ($0, nil) }
        }
        return persistedQueries.resolve(given)
    }

    /// Runs a prepared query or mutation to its outcome.
    func execute(_ prepared: PreparedOperation, organizationID: String) async -> GraphQLOutcome {
        let response = finished(await executor.execute(prepared, context: context(for: organizationID)))
        let body = response.jsonData()
        if response.errors.contains(where: { $0.code == .serviceUnavailable }) { return .unavailable(body: body) }
        return response.isExecuted ? .executed(body: body) : .rejected(body: body)
    }

    /// A request's (or a subscription event's) own loaders.
    func context(for organizationID: String) -> QueryContext {
        QueryContext(
            organizationID: organizationID, store: store, limits: limits, reportError: reportError,
            observeBatch: observeBatch, watcher: watcher)
    }

    /// The response with the codes `FailureCodes` gives what the engine left without one.
    func finished(_ response: GraphQLResponse) -> GraphQLResponse {
        FailureCodes.finished(response, report: reportError)
    }

    /// A subscription sent where one response is expected.
    static func subscriptionNeedsStream(_ operation: OperationDefinition) -> GraphQLError {
        GraphQLError(
            "A subscription answers with a stream of events: subscribe over WebSocket (graphql-transport-ws) "
                + "or ask for server-sent events (Accept: text/event-stream).",
            locations: [operation.loc], code: .operationResolutionFailure)
    }

    /// Everything that happens before execution; a failure is the outcome to return.
    func prepare(_ parameters: GraphQLParameters) -> Result<PreparedOperation, Refusal> {
        if parameters.query.utf8.count > limits.maxDocumentBytes {
            return .failure(.rejected([GraphQLError(
                "The document is \(parameters.query.utf8.count) bytes; at most \(limits.maxDocumentBytes) are allowed.",
                code: .documentTooLarge)]))
        }
        // The engine's one preparation, each step once; SessionAPI adds its own rules around
        // it: the shape limits before validation, the cost (which reads the coerced
        // variables) after coercion.
        let (schema, limits) = (self.schema, self.limits)
        let options = PrepareOptions(
            parseLimits: parseLimits,
            documents: preparedDocuments,
            checkDocument: { document in
                var shape = DocumentShape(limits: limits, document: document)
                try shape.checkEachDefinition(of: document)
            },
            checkOperation: { prepared in
                var cost = DocumentCost(schema: schema, limits: limits, document: prepared.document, variables: prepared.variables)
                try cost.check(prepared.operation, rootType: prepared.rootType)
            })
        switch executor.prepare(
            source: parameters.query, operationName: parameters.operationName,
            variables: parameters.variables ?? GraphQLObject(), options: options
        ) {
        case .success(let prepared):
            return .success(prepared)
        case .failure(let failure):
            return .failure(.rejected(FailureCodes.requestErrors(failure)))
        }
    }

    /// The parser's bounds: the token limit, and a nesting depth well past what `maxDepth`
    /// allows (so that the depth limit reports, not the parser).
    var parseLimits: ParseLimits { ParseLimits(maxTokens: limits.maxTokens, maxDepth: 128) }

    /// Why a request stops before execution.
    enum Refusal: Error {
        case rejected([GraphQLError])

        var outcome: GraphQLOutcome {
            switch self {
            case .rejected(let errors): .rejected(body: GraphQLResponse(errors: errors).jsonData())
            }
        }
    }
}
