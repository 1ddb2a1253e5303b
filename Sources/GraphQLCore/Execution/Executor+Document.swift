extension Executor {
    /// Parses, validates and executes `document`. A syntax error gives one
    /// `GRAPHQL_PARSE_FAILED` error, validation errors `GRAPHQL_VALIDATION_FAILED` ones; neither
    /// has `data`.
    public func execute(document source: String, operationName: String? = nil, variables: GraphQLObject = GraphQLObject(), context: Context, rootValue: any Sendable = GraphQLObject(), limits: ParseLimits = ParseLimits()) async -> GraphQLResponse {
        let document: Document
        do {
            document = try Parser.parse(source, limits: limits)
        } catch {
            var failure = Self.requestError(error)
            failure.code = .parseFailed
            return GraphQLResponse(errors: [failure])
        }
        let problems = Validator.validate(document, schema: schema)
        if !problems.isEmpty {
            return GraphQLResponse(errors: problems.map { problem in
                var problem = problem
                problem.code = .validationFailed
                return problem
            })
        }
        return await execute(GraphQLRequest(document: document, operationName: operationName, variables: variables), context: context, rootValue: rootValue)
    }
}
