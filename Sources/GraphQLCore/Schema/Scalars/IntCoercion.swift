/// `Int`: a signed 32-bit integer (spec §3.5.1). Input takes integer literals only; a
/// variable may be any JSON number with no fractional part, as JSON cannot tell 1 from 1.0.
public struct IntCoercion: ScalarCoercion {
    public init() {}

    public func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        let number: Double?
        switch value {
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .int(let integer): return try checkedRange(integer, shown: value)
        case .float(let double): number = double
        case .string(let text) where !text.isEmpty: number = ScalarNumber.parse(text)
        default: number = nil
        }
        guard let number, number.isFinite, number == number.rounded() else {
            throw GraphQLError("Int cannot represent non-integer value: \(ValueInspection.inspect(value))")
        }
        guard let integer = Int32(exactly: number) else {
            throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(ValueInspection.inspect(value))")
        }
        return .int(Int(integer))
    }

    public func parseValue(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .int(let integer):
            return try checkedRange(integer, shown: value)
        case .float(let number) where number.isFinite && number == number.rounded():
            guard let integer = Int32(exactly: number) else {
                throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(ValueInspection.inspect(value))")
            }
            return .int(Int(integer))
        default:
            throw GraphQLError("Int cannot represent non-integer value: \(ValueInspection.inspect(value))")
        }
    }

    public func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        guard case .int(let digits) = value.kind else {
            throw GraphQLError("Int cannot represent non-integer value: \(LiteralText.print(value))", locations: [value.loc])
        }
        guard let integer = Int32(digits) else {
            throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(digits)", locations: [value.loc])
        }
        return .int(Int(integer))
    }

    private func checkedRange(_ integer: Int, shown value: GraphQLValue) throws -> GraphQLValue {
        guard Int32(exactly: integer) != nil else {
            throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(ValueInspection.inspect(value))")
        }
        return .int(integer)
    }
}
