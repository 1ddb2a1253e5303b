/// The coercion of a custom scalar the schema was given no coercion for: any value is
/// accepted and returned as it is; literals become the JSON they spell.
public struct PassThroughCoercion: ScalarCoercion {
    public init() {}

    public func serialize(_ value: GraphQLValue) throws -> GraphQLValue { value }

    public func parseValue(_ value: GraphQLValue) throws -> GraphQLValue { value }

    public func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        switch value.kind {
        case .variable(let name): return variables[name] ?? .null
        case .int(let digits): return Int(digits).map(GraphQLValue.int) ?? .float(Double(digits) ?? 0)
        case .float(let digits): return .float(Double(digits) ?? 0)
        case .string(let text, _), .enumValue(let text): return .string(text)
        case .boolean(let flag): return .bool(flag)
        case .null: return .null
        case .list(let items): return .list(try items.map { try parseLiteral($0, variables: variables) })
        case .object(let fields):
            var object = GraphQLObject()
            for field in fields { object[field.name.value] = try parseLiteral(field.value, variables: variables) }
            return .object(object)
        }
    }
}
