/// Building a schema from its SDL text or an already parsed document.
extension GraphQLSchema {
    /// Builds and validates a schema from type system definitions. Custom scalars take
    /// their coercion from `scalars`; those missing there accept any value as it is.
    public init(document: Document, scalars: [String: any ScalarCoercion] = [:]) throws {
        var builder = SchemaBuilder(scalars: scalars)
        self = try builder.build(document)
    }
}
