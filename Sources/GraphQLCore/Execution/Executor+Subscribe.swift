/// What `Executor.subscribe` starts: a stream of responses, or the errors that kept it from
/// starting.
public enum SubscriptionStart: Sendable {
    /// One response per event (spec 6.2.3.2, MapSourceToResponseEvent), executed as the
    /// consumer asks for it. It ends when the event source ends and throws when the source
    /// throws.
    case events(AsyncThrowingStream<GraphQLResponse, any Error>)
    /// Request errors or an event source that could not be opened: answer with this, no
    /// `data`.
    case failed(GraphQLResponse)
}

extension Executor {
    /// Subscribe (spec 6.2.3): opens the event source of the operation's one root field and
    /// executes the selection set once per event, each time with a new `eventContext()` (so
    /// loaders read fresh data for every event) and the event as the root value.
    ///
    /// The operation must be a subscription; validation has made sure it has one root field.
    public func subscribe(
        _ prepared: PreparedOperation, context: Context, eventContext: @escaping @Sendable () -> Context,
        rootValue: any Sendable = GraphQLObject()
    ) async -> SubscriptionStart {
        let operation = prepared.operation
        guard prepared.kind == .subscription else {
            return .failed(GraphQLResponse(errors: [GraphQLError(
                "Only a subscription operation can be subscribed to.", locations: [operation.loc],
                code: .operationResolutionFailure)]))
        }
        // CreateSourceEventStream (6.2.3.1): the first (only) root field and its arguments.
        let collector = FieldCollector(schema: schema, document: prepared.document, variables: prepared.variables)
        let grouped = collector.collect([operation.selectionSet], on: prepared.rootType)
        guard let nodes = grouped.fields.first, let field = nodes.first,
              let definition = schema.field(field.name.value, on: prepared.rootType) else {
            return .failed(GraphQLResponse(errors: [GraphQLError(
                "The subscription selects no field.", locations: [operation.loc], code: .operationResolutionFailure)]))
        }
        let fieldName = field.name.value
        let path: [PathComponent] = [.key(field.responseKey)]
        guard let openSource = resolvers.source(prepared.rootType, fieldName) else {
            return .failed(GraphQLResponse(errors: [GraphQLError(
                "\(prepared.rootType).\(fieldName) has no event source.", locations: [field.loc], path: path)]))
        }
        let arguments: GraphQLObject
        do {
            arguments = try InputCoercion.coerceArguments(
                field.arguments, of: definition.arguments, in: schema, variables: prepared.variables)
        } catch {
            return .failed(GraphQLResponse(errors: [Self.located(error, field: field, path: path)]))
        }
        let info = ResolveInfo(field: FieldDescriptor(
            fieldName: fieldName, responseKey: field.responseKey, parentType: prepared.rootType,
            returnType: definition.type, fieldNodes: nodes,
            selectedFieldNames: collector.selectedNames(in: nodes.compactMap(\.selectionSet))), parentPath: nil)
        let source: AsyncThrowingStream<any Sendable, any Error>
        do {
            source = try await openSource(rootValue, arguments, context, info)
        } catch {
            if !(error is GraphQLError) { onResolverError?(error, path) }
            return .failed(GraphQLResponse(errors: [Self.located(error, field: field, path: path)]))
        }
        let executor = self
        // Pulled: an event is read from the source only when the consumer wants the next
        // response, so a slow consumer holds events in the source, where its bound is.
        let events = PulledIterator(source.makeAsyncIterator())
        let responses = AsyncThrowingStream<GraphQLResponse, any Error> {
            guard let event = try await events.next() else { return nil }
            return await executor.execute(prepared, context: eventContext(), rootValue: event)
        }
        return .events(responses)
    }

    /// A failure of an event source as a located GraphQL error; a non-GraphQL error is the
    /// server's fault and says no more than that.
    static func located(_ error: any Error, field: Field, path: [PathComponent]) -> GraphQLError {
        var located = (error as? GraphQLError) ?? GraphQLError("Internal server error", code: .internalServerError)
        if located.locations.isEmpty { located.locations = [field.loc] }
        if located.path.isEmpty { located.path = path }
        return located
    }
}
