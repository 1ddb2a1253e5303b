/// `ID`: an opaque identifier, always a string in responses (spec §3.5.5). Input takes
/// strings and integers, so clients may send numeric ids either way.
public struct IDCoercion: ScalarCoercion {
    public init() {}

    public func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .string: return value
        case .int(let integer): return .string(String(integer))
        case .float(let number) where number.isFinite && number == number.rounded():
            return .string(ValueInspection.number(number))
        default: throw GraphQLError("ID cannot represent value: \(ValueInspection.inspect(value))")
        }
    }

    public func parseValue(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .string: return value
        case .int(let integer): return .string(String(integer))
        case .float(let number) where number.isFinite && number == number.rounded():
            return .string(ValueInspection.number(number))
        default: throw GraphQLError("ID cannot represent value: \(ValueInspection.inspect(value))")
        }
    }

    public func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        switch value.kind {
        case .string(let text, _): return .string(text)
        case .int(let digits): return .string(digits)
        default:
            throw GraphQLError("ID cannot represent a non-string and non-integer value: \(LiteralText.print(value))", locations: [value.loc])
        }
    }
}
