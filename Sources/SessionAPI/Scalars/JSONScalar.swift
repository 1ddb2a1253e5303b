import GraphQLCore

/// `JSON`: any JSON value, passed through unchanged in both directions.
struct JSONScalar: ScalarCoercion {
    func serialize(_ value: GraphQLValue) throws -> GraphQLValue { value }

    func parseValue(_ value: GraphQLValue) throws -> GraphQLValue { value }

    /// Literals become JSON: enum values become strings, variables are substituted.
    func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        switch value.kind {
        case .null: return .null
        case .boolean(let flag): return .bool(flag)
        case .int(let digits): return Int(digits).map(GraphQLValue.int) ?? .float(Double(digits) ?? 0)
        case .float(let digits): return .float(Double(digits) ?? 0)
        case .string(let text, _), .enumValue(let text): return .string(text)
        case .variable(let name): return variables[name] ?? .null
        case .list(let items): return .list(try items.map { try parseLiteral($0, variables: variables) })
        case .object(let fields):
            var object = GraphQLObject()
            for field in fields { object[field.name.value] = try parseLiteral(field.value, variables: variables) }
            return .object(object)
        }
    }
}
