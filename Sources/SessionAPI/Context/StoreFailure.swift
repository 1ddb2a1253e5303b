import GraphQLCore
import SessionStore

/// Reads through the store with its failures mapped by `FailureCodes.storeFailure`. The
/// client's message says only that the database is unavailable; the driver's own error goes
/// to `report` (the API's `reportError`), so an operator can see why.
struct StoreFailure: Sendable {
    let report: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)?

    func translating<T>(_ read: () async throws -> T) async throws -> T {
        do {
            return try await read()
        } catch {
            guard let mapped = FailureCodes.storeFailure(error) else { throw error }
            report?(error, [])
            throw mapped
        }
    }
}
