/// `String`: UTF-8 text (spec §3.5.3). Input takes string literals and JSON strings only;
/// results may also be booleans and numbers, which are printed.
public struct StringCoercion: ScalarCoercion {
    public init() {}

    public func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .string: return value
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .int(let integer): return .string(String(integer))
        case .float(let number) where number.isFinite: return .string(ValueInspection.number(number))
        default: throw GraphQLError("String cannot represent value: \(ValueInspection.inspect(value))")
        }
    }

    public func parseValue(_ value: GraphQLValue) throws -> GraphQLValue {
        guard case .string = value else {
            throw GraphQLError("String cannot represent a non string value: \(ValueInspection.inspect(value))")
        }
        return value
    }

    public func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        guard case .string(let text, _) = value.kind else {
            throw GraphQLError("String cannot represent a non string value: \(LiteralText.print(value))", locations: [value.loc])
        }
        return .string(text)
    }
}
