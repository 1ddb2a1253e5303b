import Foundation
import Testing
import GraphQLCore

/// Subscribe (spec 6.2.3): the event source of the one root field, then one execution of
/// the selection set per event, each with a fresh context.
@Suite("Executor subscriptions")
struct SubscriptionTests {
    struct Context: Sendable {
        let generation: Int
    }

    static let sdl = """
        type Query { ping: Int }
        type Tick { n: Int! generation: Int! doubled: Int! }
        type Subscription { ticks(count: Int!, failAt: Int): Tick! untouched: Int }
        """

    static func executor() throws -> Executor<Context> {
        var resolvers = Resolvers<Context>()
        resolvers.subscription("Subscription", "ticks") { _, arguments, _, _ in
            let count = arguments.int("count") ?? 0
            guard count >= 0 else { throw GraphQLError("count must not be negative", code: .badUserInput) }
            let failAt = arguments.int("failAt")
            return AsyncThrowingStream { continuation in
                for n in 1...max(count, 1) where count > 0 {
                    if n == failAt {
                        continuation.finish(throwing: GraphQLError("source failed at \(n)"))
                        return
                    }
                    continuation.yield(n)
                }
                continuation.finish()
            }
        }
        resolvers.field("Subscription", "ticks", source: Int.self) { n, _, context, _ in
            .value(.object(GraphQLObject([("n", .int(n)), ("generation", .int(context.generation)), ("doubled", .int(n * 2))])))
        }
        return Executor(schema: try GraphQLSchema(sdl: sdl), resolvers: resolvers)
    }

    static func start(_ text: String, variables: GraphQLObject = GraphQLObject()) async throws -> SubscriptionStart {
        let executor = try executor()
        let request = GraphQLRequest(document: try Parser.parse(text), variables: variables)
        guard case .success(let prepared) = executor.prepare(request) else {
            Issue.record("did not prepare")
            throw GraphQLError("did not prepare")
        }
        let counter = Counter()
        return await executor.subscribe(prepared, context: Context(generation: 0)) { Context(generation: counter.next()) }
    }

    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int { lock.withLock { value += 1; return value } }
    }

    @Test func oneResponsePerEventEachWithAFreshContext() async throws {
        guard case .events(let stream) = try await Self.start("subscription { ticks(count: 3) { n generation doubled } }") else {
            Issue.record("expected events"); return
        }
        var bodies: [String] = []
        for try await response in stream { bodies.append(response.json) }
        #expect(bodies == [
            #"{"data":{"ticks":{"n":1,"generation":1,"doubled":2}}}"#,
            #"{"data":{"ticks":{"n":2,"generation":2,"doubled":4}}}"#,
            #"{"data":{"ticks":{"n":3,"generation":3,"doubled":6}}}"#,
        ])
    }

    @Test func aliasesAndVariablesApply() async throws {
        let start = try await Self.start(
            "subscription S($c: Int!) { t: ticks(count: $c) { n } }", variables: GraphQLObject([("c", .int(1))]))
        guard case .events(let stream) = start else { Issue.record("expected events"); return }
        var bodies: [String] = []
        for try await response in stream { bodies.append(response.json) }
        #expect(bodies == [#"{"data":{"t":{"n":1}}}"#])
    }

    @Test func aSourceThatCannotOpenIsARequestErrorWithItsPath() async throws {
        guard case .failed(let response) = try await Self.start("subscription { ticks(count: -1) { n } }") else {
            Issue.record("expected a failure"); return
        }
        #expect(response.json == #"{"errors":[{"message":"count must not be negative","locations":[{"line":1,"column":16}],"path":["ticks"],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
    }

    @Test func aFieldWithoutEventSourceIsARequestError() async throws {
        guard case .failed(let response) = try await Self.start("subscription { untouched }") else {
            Issue.record("expected a failure"); return
        }
        #expect(response.json == #"{"errors":[{"message":"Subscription.untouched has no event source.","locations":[{"line":1,"column":16}],"path":["untouched"]}]}"#)
    }

    @Test func aSourceErrorEndsTheStreamAfterTheEventsBeforeIt() async throws {
        guard case .events(let stream) = try await Self.start("subscription { ticks(count: 5, failAt: 3) { n } }") else {
            Issue.record("expected events"); return
        }
        var bodies: [String] = []
        var failure: String?
        do {
            for try await response in stream { bodies.append(response.json) }
        } catch {
            failure = (error as? GraphQLError)?.message
        }
        #expect(bodies == [#"{"data":{"ticks":{"n":1}}}"#, #"{"data":{"ticks":{"n":2}}}"#])
        #expect(failure == "source failed at 3")
    }

    @Test func aQueryCannotBeSubscribedAndASubscriptionCannotBeExecutedOnce() async throws {
        guard case .failed(let response) = try await Self.start("{ ping }") else { Issue.record("expected a failure"); return }
        #expect(response.json == #"{"errors":[{"message":"Only a subscription operation can be subscribed to.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
        let once = try await Self.executor().execute(
            GraphQLRequest(document: try Parser.parse("subscription { ticks(count: 1) { n } }")), context: Context(generation: 0))
        #expect(once.json == #"{"errors":[{"message":"A subscription answers with a stream of events, not one response.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
    }
}
