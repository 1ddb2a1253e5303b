import Foundation
import GraphQL

/// The peer: GraphQLSwift 4.3.0, driven through its public API only.
enum PeerEngine {
    /// The number of definitions, so the optimizer cannot drop the parse.
    static func parse(_ text: String) throws -> Int {
        try GraphQL.parse(source: text).definitions.count
    }

    /// `type Query { items: [Item!]! }` with `Item` having `fieldCount` String fields, every
    /// field with an explicit resolver (the peer's default resolver reflects, which would be unfair).
    static func makeSchema(fieldCount: Int) throws -> GraphQLSchema {
        var fields: GraphQLFieldMap = [:]
        for index in 0..<fieldCount {
            fields["f\(index)"] = GraphQLField(type: GraphQLNonNull(GraphQLString)) { source, _, _, _ in
                (source as! BenchItem).values[index]
            }
        }
        let item = try GraphQLObjectType(name: "Item", fields: fields)
        let query = try GraphQLObjectType(name: "Query", fields: [
            "items": GraphQLField(type: GraphQLNonNull(GraphQLList(GraphQLNonNull(item)))) { _, _, context, _ in
                (context as! BenchData).items
            },
        ])
        return try GraphQLSchema(query: query)
    }

    /// Executes an already parsed and validated document.
    static func prepare(schema: GraphQLSchema, query: String) throws -> Document {
        let document = try GraphQL.parse(source: query)
        let errors = validate(schema: schema, ast: document)
        precondition(errors.isEmpty, "peer validation failed: \(errors)")
        return document
    }

    static func execute(schema: GraphQLSchema, document: Document, data: BenchData) async throws -> Int {
        let result = try await GraphQL.execute(schema: schema, documentAST: document, rootValue: (), context: data)
        precondition(result.errors.isEmpty, "peer execution failed: \(result.errors)")
        return result.data == nil ? 0 : 1
    }

    /// Parse, validate, execute and encode to JSON: what a server does per request.
    static func endToEnd(schema: GraphQLSchema, query: String, data: BenchData) async throws -> Int {
        let result = try await graphql(schema: schema, request: query, context: data)
        precondition(result.errors.isEmpty, "peer request failed: \(result.errors)")
        return try JSONEncoder().encode(result).count
    }
}
