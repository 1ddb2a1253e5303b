import GraphQLCore

/// GraphQLCore, driven the way the server drives it.
enum CoreEngine {
    /// The number of definitions, so the optimizer cannot drop the parse.
    static func parse(_ text: String) throws -> Int {
        try Parser.parse(text).definitions.count
    }

    static func makeExecutor(fieldCount: Int) throws -> Executor<BenchData> {
        let fields = (0..<fieldCount).map { "  f\($0): String!" }.joined(separator: "\n")
        let schema = try GraphQLSchema(sdl: "type Query {\n  items: [Item!]!\n}\n\ntype Item {\n\(fields)\n}\n")
        var resolvers = Resolvers<BenchData>()
        resolvers.field("Query", "items") { _, _, data, _ in .objects(data.items) }
        for index in 0..<fieldCount {
            resolvers.field("Item", "f\(index)", source: BenchItem.self) { item, _, _, _ in
                .value(.string(item.values[index]))
            }
        }
        return Executor(schema: schema, resolvers: resolvers)
    }

    static func prepare(executor: Executor<BenchData>, query: String) throws -> Document {
        let document = try Parser.parse(query)
        let errors = Validator.validate(document, schema: executor.schema)
        precondition(errors.isEmpty, "validation failed: \(errors)")
        return document
    }

    static func execute(executor: Executor<BenchData>, document: Document, data: BenchData) async -> Int {
        let response = await executor.execute(GraphQLRequest(document: document), context: data)
        precondition(response.errors.isEmpty, "execution failed: \(response.errors)")
        return response.data == nil ? 0 : 1
    }

    /// Parse, validate, execute and encode to JSON: what a server does per request.
    static func endToEnd(executor: Executor<BenchData>, query: String, data: BenchData) async throws -> Int {
        let document = try Parser.parse(query)
        let errors = Validator.validate(document, schema: executor.schema)
        precondition(errors.isEmpty, "validation failed: \(errors)")
        let response = await executor.execute(GraphQLRequest(document: document), context: data)
        precondition(response.errors.isEmpty, "execution failed: \(response.errors)")
        return response.jsonData().count
    }
}
