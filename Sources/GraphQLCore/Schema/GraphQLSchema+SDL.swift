/// Building a schema from its SDL text or an already parsed document.
extension GraphQLSchema {
    /// Parses, builds and validates a schema. Custom scalars take their coercion from
    /// `scalars`; those missing there accept any value as it is. The SDL is the server's
    /// own text, so only nesting depth is limited, not its length.
    public init(sdl: String, scalars: [String: any ScalarCoercion] = [:]) throws {
        let document = try Parser.parse(sdl, limits: ParseLimits(maxTokens: .max))
        try self.init(document: document, scalars: scalars)
    }

    /// Builds and validates a schema from type system definitions already parsed.
    public init(document: Document, scalars: [String: any ScalarCoercion] = [:]) throws {
        var builder = SchemaBuilder(scalars: scalars)
        self = try builder.build(document)
    }
}
