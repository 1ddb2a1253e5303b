import GraphQLCore

/// `DateTime`: resolvers give epoch milliseconds (`.int`); clients see ISO-8601 in UTC.
struct DateTimeScalar: ScalarCoercion {
    func serialize(_ value: GraphQLValue) throws -> GraphQLValue {
        switch value {
        case .int(let ms): return .string(CivilTime.iso8601(epochMilliseconds: ms))
        case .string(let text):
            guard let ms = CivilTime.epochMilliseconds(iso8601: text) else { throw invalid(value) }
            return .string(CivilTime.iso8601(epochMilliseconds: ms))
        default: throw invalid(value)
        }
    }

    func parseValue(_ value: GraphQLValue) throws -> GraphQLValue {
        guard case .string(let text) = value, let ms = CivilTime.epochMilliseconds(iso8601: text) else {
            throw GraphQLError("DateTime must be an ISO-8601 string such as \"2026-03-01T09:30:00.000Z\".", code: .badUserInput)
        }
        return .int(ms)
    }

    func parseLiteral(_ value: Value, variables: GraphQLObject) throws -> GraphQLValue {
        guard case .string(let text, _) = value.kind else {
            throw GraphQLError("DateTime must be an ISO-8601 string such as \"2026-03-01T09:30:00.000Z\".", locations: [value.loc], code: .badUserInput)
        }
        return try parseValue(.string(text))
    }

    private func invalid(_ value: GraphQLValue) -> GraphQLError {
        GraphQLError("DateTime cannot represent \(value).")
    }
}
