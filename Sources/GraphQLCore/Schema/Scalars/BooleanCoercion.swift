/// `Boolean` (spec §3.5.4). Input takes `true`/`false` only; results may also be numbers,
/// where zero is false.
public struct BooleanCoercion: ScalarCoercion {
    public init() {}

    public func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .bool: return value
        case .int(let integer): return .bool(integer != 0)
        case .float(let number) where number.isFinite: return .bool(number != 0)
        default: throw GraphQLError("Boolean cannot represent a non boolean value: \(ValueInspection.inspect(value))")
        }
    }

    public func parseValue(_ value: GraphQLValue) throws -> GraphQLValue {
        guard case .bool = value else {
            throw GraphQLError("Boolean cannot represent a non boolean value: \(ValueInspection.inspect(value))")
        }
        return value
    }

    public func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        guard case .boolean(let flag) = value.kind else {
            throw GraphQLError("Boolean cannot represent a non boolean value: \(LiteralText.print(value))", locations: [value.loc])
        }
        return .bool(flag)
    }
}
