import Foundation
import GraphQLCore
import Testing

/// `Executor.prepare(source:…)`: each step once, in order, with the step that failed named,
/// and a cached document skipping parse, checks and validation.
@Suite("Executor preparation from source")
struct PrepareSourceTests {
    final class Cache: DocumentCache, @unchecked Sendable {
        private let lock = NSLock()
        private var documents: [String: Document] = [:]
        private(set) var hits = 0
        func document(for source: String) -> Document? {
            lock.withLock {
                let found = documents[source]
                if found != nil { hits += 1 }
                return found
            }
        }
        func remember(_ document: Document, for source: String) { lock.withLock { documents[source] = document } }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    static let executor = Executor<Int>(
        schema: try! GraphQLSchema(sdl: "type Query { a(n: Int!): Int b: Int }"), resolvers: Resolvers<Int>())

    static func stage(_ source: String, variables: GraphQLObject = GraphQLObject(), name: String? = nil, options: PrepareOptions = PrepareOptions()) -> RequestErrors.Stage? {
        if case .failure(let failure) = executor.prepare(source: source, operationName: name, variables: variables, options: options) {
            return failure.stage
        }
        return nil
    }

    @Test func eachFailureNamesItsStep() {
        #expect(Self.stage("{ a(n: 1) ") == .parse)
        #expect(Self.stage("{ nope }") == .validation)
        #expect(Self.stage("query A { b } query B { b }") == .operationSelection)
        #expect(Self.stage("query($n: Int!) { a(n: $n) }") == .variableCoercion)
        let refusing = PrepareOptions(checkDocument: { _ in throw GraphQLError("too big") })
        #expect(Self.stage("{ b }", options: refusing) == .documentCheck)
        let costly = PrepareOptions(checkOperation: { _ in throw GraphQLError("too costly") })
        #expect(Self.stage("{ b }", options: costly) == .operationCheck)
        #expect(Self.stage("query($n: Int!) { a(n: $n) }", variables: GraphQLObject([("n", .int(1))])) == nil)
    }

    @Test func validationErrorsComeBeforeTheSelectionError() {
        guard case .failure(let failure) = Self.executor.prepare(source: "query A { nope }", operationName: "C", variables: GraphQLObject())
        else { Issue.record("prepared"); return }
        #expect(failure.stage == .validation)
    }

    @Test func aCachedDocumentSkipsParseChecksAndValidationButNotTheOperationsChecks() {
        let cache = Cache(), documentChecks = Counter(), operationChecks = Counter()
        let options = PrepareOptions(
            documents: cache, checkDocument: { _ in documentChecks.add() }, checkOperation: { _ in operationChecks.add() })
        for _ in 0..<3 {
            #expect(Self.stage("{ b }", options: options) == nil)
        }
        #expect(cache.hits == 2)
        #expect(documentChecks.count == 1)
        #expect(operationChecks.count == 3)
        // A document that fails is not kept.
        #expect(Self.stage("{ nope }", options: options) == .validation)
        #expect(Self.stage("{ nope }", options: options) == .validation)
        #expect(cache.hits == 2)
    }
}
