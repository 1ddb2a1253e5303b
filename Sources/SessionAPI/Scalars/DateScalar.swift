import GraphQLCore

/// `Date`: a calendar date as `YYYY-MM-DD`; resolvers give the text or days since 1970-01-01.
struct DateScalar: ScalarCoercion {
    func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .int(let days): return .string(CivilTime.isoDate(days: days))
        case .string(let text) where CivilTime.isValidDate(text): return value
        default: throw GraphQLError("Date cannot represent \(value).")
        }
    }

    func parseValue(_ value: GraphQLValue) throws -> GraphQLValue {
        guard case .string(let text) = value, CivilTime.isValidDate(text) else {
            throw GraphQLError("Date must be a string such as \"2026-03-01\".", code: .badUserInput)
        }
        return value
    }

    func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        guard case .string(let text, _) = value.kind else {
            throw GraphQLError("Date must be a string such as \"2026-03-01\".", locations: [value.loc], code: .badUserInput)
        }
        return try parseValue(.string(text))
    }
}
