/// Runs GraphQL requests against one schema and its resolvers.
///
/// Build one per schema and share it; `Context` is whatever a request needs (typically its
/// `BatchLoader`s and the caller's identity) and is created per request by the caller.
///
/// ```swift
/// struct Context: Sendable { let sessions: BatchLoader<String, [Session]> }
/// var resolvers = Resolvers<Context>()
/// resolvers.field("User", "sessions", source: User.self) { user, _, context, _ in
///     .deferred(context.sessions.load(user.id).map { .objects($0 ?? []) })
/// }
/// let executor = Executor(schema: try GraphQLSchema(sdl: sdl), resolvers: resolvers)
/// let context = Context(sessions: BatchLoader { userIDs in try await store.sessions(of: userIDs) })
/// let response = await executor.execute(document: "{ users { sessions { id } } }", context: context)
/// let body: [UInt8] = response.jsonData()
/// ```
public struct Executor<Context: Sendable>: Sendable {
    public let schema: GraphQLSchema
    let resolvers: Resolvers<Context>
    /// Sees every non-GraphQLError a resolver or loader threw (clients only get a generic
    /// message), e.g. to log it.
    let onResolverError: (@Sendable (any Error, [PathComponent]) -> Void)?
    /// Wraps each level of every execution (e.g. in a tracing span); nil: nothing.
    public var aroundLevel: LevelObserver?

    public init(schema: GraphQLSchema, resolvers: Resolvers<Context>, onResolverError: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)? = nil) {
        self.schema = schema
        var all = resolvers
        all.merge(Introspection.resolvers(for: schema))
        self.resolvers = all
        self.onResolverError = onResolverError
    }

    /// Executes a parsed and validated request (spec 6.1, ExecuteRequest): `prepare`, then
    /// `execute` of the prepared operation. Request errors (operation selection, variable
    /// coercion) come back with no `data`; so does a subscription, which has one response
    /// per event and runs through `subscribe`.
    public func execute(_ request: GraphQLRequest, context: Context, rootValue: any Sendable = GraphQLObject()) async -> GraphQLResponse {
        switch prepare(request) {
        case .success(let prepared) where prepared.kind == .subscription:
            GraphQLResponse(errors: [Self.subscriptionNeedsStream(prepared.operation)])
        case .success(let prepared): await execute(prepared, context: context, rootValue: rootValue)
        case .failure(let failure): GraphQLResponse(errors: failure.errors)
        }
    }

    /// The request error for a subscription asked for one response.
    public static func subscriptionNeedsStream(_ operation: OperationDefinition) -> GraphQLError {
        GraphQLError(
            "A subscription answers with a stream of events, not one response.",
            locations: [operation.loc], code: .operationResolutionFailure)
    }

    /// Executes a prepared query or mutation, or one event of a subscription (spec 6.2.3.2,
    /// ExecuteSubscriptionEvent: `rootValue` is the event); nothing is selected or coerced
    /// again.
    public func execute(_ prepared: PreparedOperation, context: Context, rootValue: any Sendable = GraphQLObject()) async -> GraphQLResponse {
        let collector = FieldCollector(schema: schema, document: prepared.document, variables: prepared.variables)
        let resolvers = self.resolvers
        let builder = PlanBuilder(schema: schema, collector: collector) { typeName, fieldName in
            guard let resolve = resolvers.resolver(typeName, fieldName) else { return nil }
            return { source, arguments, info in try resolve(source, arguments, context, info) }
        }
        let typeResolver: (String, any Sendable) -> String? = { abstractType, source in
            resolvers.types[abstractType]?(source, context)
        }
        var run = ExecutionRun(builder: builder, typeResolver: typeResolver, onResolverError: onResolverError, aroundLevel: aroundLevel)
        let data = await run.execute(prepared.operation, rootType: prepared.rootType, rootValue: rootValue)
        return GraphQLResponse(data: data, errors: run.errors)
    }

    static func requestError(_ error: any Error) -> GraphQLError {
        error as? GraphQLError ?? GraphQLError("\(error)")
    }
}
