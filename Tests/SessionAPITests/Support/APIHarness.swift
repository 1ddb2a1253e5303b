import Foundation
import GraphQLCore
import SessionAPI
import SessionStore

/// Runs documents through `SessionAPI` the way the transport does and reports the outcome,
/// the response text and how many SQL statements it cost.
struct APIHarness: Sendable {
    let database: any SQLDatabase
    var api: SessionAPI

    /// Statements are counted through a wrapper of the harness's own, so that other tests
    /// using the same database at the same time do not show up in `Result.statements`.
    /// `reportError` is handed to `SessionAPI` as it is.
    init(
        database: any SQLDatabase, limits: QueryLimits = QueryLimits(), documentCache: Int = 500,
        reportError: (@Sendable (_ error: any Error, _ path: [PathComponent]) -> Void)? = nil
    ) throws {
        let counting = CountingDatabase(database)
        self.database = counting
        self.api = try SessionAPI(database: counting, limits: limits, documentCache: documentCache, reportError: reportError)
    }

    struct Result: Sendable {
        var outcome: GraphQLOutcome
        var statements: Int

        /// The response body, whatever the outcome.
        var json: String {
            switch outcome {
            case .executed(let body), .rejected(let body), .unavailable(let body): String(decoding: body, as: UTF8.self)
            }
        }

        var isExecuted: Bool {
            if case .executed = outcome { return true }
            return false
        }

        var isRejected: Bool {
            if case .rejected = outcome { return true }
            return false
        }

        /// `data` of the response, parsed.
        var data: GraphQLValue {
            guard let value = try? GraphQLValue(json: json), case .object(let response) = value else { return .null }
            return response["data"] ?? .null
        }

        /// `errors` of the response, parsed.
        var errors: [GraphQLValue] {
            guard let value = try? GraphQLValue(json: json), case .object(let response) = value else { return [] }
            return response.list("errors") ?? []
        }
    }

    func run(
        _ query: String, variables: GraphQLObject? = nil, operationName: String? = nil,
        extensions: GraphQLObject? = nil, organization: String = SeedFixtures.acmeOrganizationId
    ) async -> Result {
        let before = database.statementCount
        let outcome = await api.run(
            GraphQLParameters(query: query, operationName: operationName, variables: variables, extensions: extensions),
            organizationID: organization)
        return Result(outcome: outcome, statements: database.statementCount - before)
    }
}

/// Reading values out of parsed responses with paths: `value["user", "sessions", "nodes", 0]`.
extension GraphQLValue {
    subscript(_ path: any PathStep...) -> GraphQLValue { self[path] }

    subscript(_ path: [any PathStep]) -> GraphQLValue {
        var current = self
        for step in path {
            switch (current, step) {
            case (.object(let object), let key as String): current = object[key] ?? .null
            case (.list(let items), let index as Int): current = items.indices.contains(index) ? items[index] : .null
            default: return .null
            }
        }
        return current
    }

    /// Shorthand for building variables in tests.
    static func variables(_ pairs: KeyValuePairs<String, GraphQLValue>) -> GraphQLObject {
        GraphQLObject(pairs.map { ($0.key, $0.value) })
    }
}

protocol PathStep {}
extension String: PathStep {}
extension Int: PathStep {}
