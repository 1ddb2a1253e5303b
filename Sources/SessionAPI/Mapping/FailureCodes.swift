import GraphQLCore
import SessionStore

/// The one place where failures from below the API get the codes clients see: the engine's
/// parse and validation errors, the field errors it leaves without a code, and the store's
/// SQL errors. Errors the API raises itself (bad input, limits, persisted documents) carry
/// their codes where they are thrown.
enum FailureCodes {
    /// A document that does not parse: `GRAPHQL_PARSE_FAILED`.
    static func parseFailure(_ error: any Error) -> GraphQLError {
        var failure = error as? GraphQLError ?? GraphQLError("\(error)")
        failure.code = .parseFailed
        return failure
    }

    /// A document that does not validate: each problem `GRAPHQL_VALIDATION_FAILED`.
    static func validationFailures(_ problems: [GraphQLError]) -> [GraphQLError] {
        problems.map { problem in
            var problem = problem
            problem.code = .validationFailed
            return problem
        }
    }

    /// The errors of a failed preparation, by the step that found them: parse and
    /// validation errors get their codes here; the other steps' errors carry their own.
    static func requestErrors(_ failure: RequestErrors) -> [GraphQLError] {
        switch failure.stage {
        case .parse: failure.errors.map(parseFailure)
        case .validation: validationFailures(failure.errors)
        case .documentCheck, .operationSelection, .variableCoercion, .operationCheck: failure.errors
        }
    }

    /// A store failure a client can act on: an unreachable or too slow database is
    /// `SERVICE_UNAVAILABLE` (the transport answers 503); nil for any other failure, which
    /// stays an internal error whose details are only logged.
    static func storeFailure(_ error: any Error) -> GraphQLError? {
        switch error as? SQLError {
        case .unavailable?:
            return GraphQLError("The database is unavailable; try again shortly.", code: .serviceUnavailable)
        case .timeout(let seconds)?:
            return GraphQLError("The database did not answer within \(secondsText(seconds)) seconds; try again shortly.", code: .serviceUnavailable)
        default:
            return nil
        }
    }

    /// The engine leaves some field errors without a code (a non-null field resolved to
    /// null, a value its scalar cannot serialize): to a client these are the server's fault,
    /// `INTERNAL_SERVER_ERROR`, and the operator hears of them through `report`.
    static func finished(
        _ response: GraphQLResponse, report: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)?
    ) -> GraphQLResponse {
        var response = response
        for index in response.errors.indices where response.errors[index].code == nil {
            report?(response.errors[index], response.errors[index].path)
            response.errors[index].code = .internalServerError
        }
        return response
    }
}
