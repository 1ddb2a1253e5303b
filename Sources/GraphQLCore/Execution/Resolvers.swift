/// Resolves one field: `(source, arguments, context, info) -> FieldValue`.
///
/// Synchronous on purpose: anything that needs I/O returns a `Deferred` (from a
/// `BatchLoader` or `Deferred { ... }`), which the executor batches per level.
public typealias FieldResolver<Context> = @Sendable (
    _ source: any Sendable, _ arguments: GraphQLObject, _ context: Context, _ info: ResolveInfo
) throws -> FieldValue

/// Opens the event stream of a subscription field: `(root value, arguments, context, info)`
/// to the events. Throwing (a GraphQLError for a bad argument, say) fails the subscription
/// with a request error; the stream throwing later ends the response stream with that error.
public typealias SourceStreamResolver<Context> = @Sendable (
    _ source: any Sendable, _ arguments: GraphQLObject, _ context: Context, _ info: ResolveInfo
) async throws -> AsyncThrowingStream<any Sendable, any Error>

/// Names the concrete object type of a value returned for an interface or union field.
public typealias TypeResolver<Context> = @Sendable (_ source: any Sendable, _ context: Context) -> String?

/// The resolvers of a schema, registered per (type name, field name).
///
/// A field without a resolver uses the default resolver: it reads the field's name from a
/// `GraphQLObject` source (or a `GraphQLValue.object`, or a `[String: GraphQLValue]`).
public struct Resolvers<Context>: Sendable {
    var fields: [String: [String: FieldResolver<Context>]] = [:]
    var types: [String: TypeResolver<Context>] = [:]
    var sources: [String: [String: SourceStreamResolver<Context>]] = [:]

    public init() {}

    /// Registers the resolver of `typeName.fieldName`; the source arrives as `any Sendable`.
    public mutating func field(_ typeName: String, _ fieldName: String, _ resolve: @escaping FieldResolver<Context>) {
        fields[typeName, default: [:]][fieldName] = resolve
    }

    /// Registers the resolver of `typeName.fieldName` for sources of one Swift type; any
    /// other source fails the field with an internal error.
    public mutating func field<Source: Sendable>(
        _ typeName: String, _ fieldName: String, source: Source.Type,
        _ resolve: @escaping @Sendable (Source, GraphQLObject, Context, ResolveInfo) throws -> FieldValue
    ) {
        field(typeName, fieldName) { source, arguments, context, info in
            guard let typed = source as? Source else {
                throw ResolverSourceMismatch(field: "\(typeName).\(fieldName)", expected: "\(Source.self)", found: "\(Swift.type(of: source))")
            }
            return try resolve(typed, arguments, context, info)
        }
    }

    /// Registers an async resolver (e.g. a mutation): it runs at the next flush of its level,
    /// concurrently with that level's loaders.
    public mutating func asyncField(
        _ typeName: String, _ fieldName: String,
        _ resolve: @escaping @Sendable (any Sendable, GraphQLObject, Context, ResolveInfo) async throws -> FieldValue
    ) where Context: Sendable {
        field(typeName, fieldName) { source, arguments, context, info in
            .deferred(Deferred { try await resolve(source, arguments, context, info) })
        }
    }

    /// Registers how to tell the concrete type of values of the interface or union `typeName`.
    /// Not needed for sources that conform to `GraphQLTypeNamed`, that are returned as
    /// `.object(_, typeName:)`, or that are `GraphQLObject`s with a `__typename` key.
    public mutating func type(_ typeName: String, _ resolve: @escaping TypeResolver<Context>) {
        types[typeName] = resolve
    }

    /// Registers the event source of the subscription field `typeName.fieldName` (spec
    /// 6.2.3.1, ResolveFieldEventStream). Each event it yields is then executed as the root
    /// value of the subscription's selection set, so the field's own resolver (registered with
    /// `field`) receives the event as its source; without one, the event is read by the
    /// default resolver.
    public mutating func subscription(
        _ typeName: String, _ fieldName: String, _ subscribe: @escaping SourceStreamResolver<Context>
    ) {
        sources[typeName, default: [:]][fieldName] = subscribe
    }

    /// Adds every resolver of `other`, replacing those registered for the same fields.
    public mutating func merge(_ other: Resolvers<Context>) {
        for (typeName, resolvers) in other.fields {
            fields[typeName, default: [:]].merge(resolvers) { _, new in new }
        }
        for (typeName, resolvers) in other.sources {
            sources[typeName, default: [:]].merge(resolvers) { _, new in new }
        }
        types.merge(other.types) { _, new in new }
    }

    func source(_ typeName: String, _ fieldName: String) -> SourceStreamResolver<Context>? {
        sources[typeName]?[fieldName]
    }

    func resolver(_ typeName: String, _ fieldName: String) -> FieldResolver<Context>? {
        fields[typeName]?[fieldName]
    }
}

/// A resolver registered for one source type received another: a bug in the API layer,
/// reported to clients as an internal error.
struct ResolverSourceMismatch: Error, CustomStringConvertible {
    var field: String
    var expected: String
    var found: String
    var description: String { "Resolver of \(field) expected a \(expected) source, got \(found)" }
}
