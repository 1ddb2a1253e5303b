import GraphQLCore
import SessionStore

/// Turns store failures clients can act on into GraphQL errors: an unreachable or too slow
/// database becomes `SERVICE_UNAVAILABLE` (the transport answers 503), while any other
/// failure stays an internal error whose details are only logged.
///
/// The client's message says only that the database is unavailable; the driver's own
/// error goes to `report` (the API's `reportError`), so an operator can see why.
struct StoreFailure: Sendable {
    let report: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)?

    func translating<T>(_ read: () async throws -> T) async throws -> T {
        do {
            return try await read()
        } catch let error as SQLError {
            switch error {
            case .unavailable:
                report?(error, [])
                throw GraphQLError("The database is unavailable; try again shortly.", code: .serviceUnavailable)
            case .timeout(let seconds):
                report?(error, [])
                throw GraphQLError("The database did not answer within \(secondsText(seconds)) seconds; try again shortly.", code: .serviceUnavailable)
            default:
                throw error
            }
        }
    }
}
