/// `Float`: a double-precision finite value (spec §3.5.2). Input takes integer and float
/// literals, and any finite JSON number.
public struct FloatCoercion: ScalarCoercion {
    public init() {}

    public func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        let number: Double?
        switch value {
        case .bool(let flag): number = flag ? 1 : 0
        case .int(let integer): number = Double(integer)
        case .float(let double): number = double
        case .string(let text) where !text.isEmpty: number = ScalarNumber.parse(text)
        default: number = nil
        }
        guard let number, number.isFinite else {
            throw GraphQLError("Float cannot represent non numeric value: \(ValueInspection.inspect(value))")
        }
        return .float(number)
    }

    public func parseValue(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .int(let integer): return .float(Double(integer))
        case .float(let number) where number.isFinite: return .float(number)
        default: throw GraphQLError("Float cannot represent non numeric value: \(ValueInspection.inspect(value))")
        }
    }

    public func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        switch value.kind {
        case .int(let digits), .float(let digits):
            if let number = Double(digits), number.isFinite { return .float(number) }
            throw GraphQLError("Float cannot represent non numeric value: \(digits)", locations: [value.loc])
        default:
            throw GraphQLError("Float cannot represent non numeric value: \(LiteralText.print(value))", locations: [value.loc])
        }
    }
}
