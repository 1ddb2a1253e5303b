import Foundation
import Testing
import GraphQLCore

/// Loaders run once per level, whatever the number of objects; a request never fetches a
/// key twice; a failed batch fails only its fields and is retried later.
@Suite("Executor batching")
struct BatchingTests {
    static let sdl = """
        type Query { parents(count: Int!): [Parent!]! toy(id: ID!): Toy toys(ids: [ID!]!): [Toy]! toysEach(ids: [ID!]!): [Toy!] primed: Toy }
        type Parent { id: ID! child: Child grandToy: Toy broken: String flaky: String }
        type Child { id: ID! toy: Toy flaky: String }
        type Toy { id: ID! name: String! }
        """

    struct Child: Sendable { var id: String; var toyID: String }
    struct Toy: Sendable { var id: String; var name: String }
    struct Broken: Error {}

    /// Every batch call, per loader. `@unchecked Sendable`: `stored` is guarded by `lock`.
    final class CallLog: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String: [[String]]] = [:]
        func record(_ loader: String, _ keys: [String]) { lock.withLock { stored[loader, default: []].append(keys) } }
        subscript(loader: String) -> [[String]] { lock.withLock { stored[loader] ?? [] } }
    }

    /// A request's loaders, built per request as the API layer will.
    struct Context: Sendable {
        let log = CallLog()
        let children: BatchLoader<String, Child>
        let toys: BatchLoader<String, Toy>
        let broken: BatchLoader<String, String>
        let flaky: BatchLoader<String, String>

        init() {
            let log = self.log
            children = BatchLoader { parentIDs in
                log.record("children", parentIDs)
                return Dictionary(uniqueKeysWithValues: parentIDs.map { id in
                    let number = id.dropFirst()
                    return (id, Child(id: "c\(number)", toyID: "t\(number)"))
                })
            }
            toys = BatchLoader { ids in
                log.record("toys", ids)
                return Dictionary(uniqueKeysWithValues: ids.filter { $0.hasPrefix("t") }.map { ($0, Toy(id: $0, name: "Toy \($0.dropFirst())")) })
            }
            broken = BatchLoader { keys in
                log.record("broken", keys)
                throw Broken()
            }
            flaky = BatchLoader { keys in
                log.record("flaky", keys)
                if log["flaky"].count == 1 { throw Broken() }
                return Dictionary(uniqueKeysWithValues: keys.map { ($0, "ok") })
            }
        }
    }

    static func resolvers() -> Resolvers<Context> {
        var resolvers = Resolvers<Context>()
        resolvers.field("Query", "parents") { _, arguments, _, _ in
            guard case .int(let count)? = arguments["count"] else { return [] }
            return .objects((0..<count).map { "p\($0)" })
        }
        resolvers.field("Query", "toy") { _, arguments, context, _ in
            guard case .string(let id)? = arguments["id"] else { return nil }
            return .deferred(context.toys.load(id).map { .optional($0) })
        }
        resolvers.field("Query", "toys") { _, arguments, context, _ in
            guard case .list(let ids)? = arguments["ids"] else { return [] }
            let keys = ids.compactMap { id -> String? in if case .string(let key) = id { return key } else { return nil } }
            return .deferred(context.toys.loadMany(keys).map { toys in .list(toys.map { .optional($0) }) })
        }
        resolvers.field("Query", "toysEach") { _, arguments, context, _ in
            .list((arguments.strings("ids") ?? []).map { id in .deferred(context.toys.load(id).map { .optional($0) }) })
        }
        resolvers.field("Query", "primed") { _, _, context, _ in
            context.toys.prime("t5", Toy(id: "t5", name: "Primed"))
            return .deferred(context.toys.load("t5").map { .optional($0) })
        }
        resolvers.field("Parent", "id", source: String.self) { id, _, _, _ in .string(id) }
        resolvers.field("Parent", "child", source: String.self) { id, _, context, _ in
            .deferred(context.children.load(id).map { .optional($0) })
        }
        resolvers.field("Parent", "grandToy", source: String.self) { id, _, context, _ in
            .deferred(context.children.load(id).then { child -> Deferred<Toy?> in
                guard let child else { return Deferred(value: nil) }
                return context.toys.load(child.toyID)
            }.map { .optional($0) })
        }
        resolvers.field("Parent", "broken", source: String.self) { id, _, context, _ in
            .deferred(context.broken.load(id).map { .string($0) })
        }
        resolvers.field("Parent", "flaky") { _, _, context, _ in
            .deferred(context.flaky.load("k").map { .string($0) })
        }
        resolvers.field("Child", "id", source: Child.self) { child, _, _, _ in .string(child.id) }
        resolvers.field("Child", "toy", source: Child.self) { child, _, context, _ in
            .deferred(context.toys.load(child.toyID).map { .optional($0) })
        }
        resolvers.field("Child", "flaky") { _, _, context, _ in
            .deferred(context.flaky.load("k").map { .string($0) })
        }
        resolvers.field("Toy", "id", source: Toy.self) { toy, _, _, _ in .string(toy.id) }
        resolvers.field("Toy", "name", source: Toy.self) { toy, _, _, _ in .string(toy.name) }
        return resolvers
    }

    private func run(_ document: String) async throws -> (json: String, log: CallLog) {
        let executor = Executor(schema: try GraphQLSchema(sdl: Self.sdl), resolvers: Self.resolvers())
        let context = Context()
        let response = await executor.execute(document: document, context: context)
        return (response.json, context.log)
    }

    @Test func threeLevelsCostOneBatchPerLoader() async throws {
        let (json, log) = try await run("{ parents(count: 2) { id child { id toy { name } } } }")
        #expect(json == #"{"data":{"parents":[{"id":"p0","child":{"id":"c0","toy":{"name":"Toy 0"}}},{"id":"p1","child":{"id":"c1","toy":{"name":"Toy 1"}}}]}}"#)
        #expect(log["children"] == [["p0", "p1"]])
        #expect(log["toys"] == [["t0", "t1"]])
    }

    @Test(arguments: [1, 100])
    func batchCountDoesNotGrowWithObjects(parents: Int) async throws {
        let (json, log) = try await run("{ parents(count: \(parents)) { id child { id toy { name } } } }")
        #expect(json.hasPrefix(#"{"data":{"parents":[{"id":"p0","child":{"id":"c0","toy":{"name":"Toy 0"}}}"#))
        #expect(log["children"].count == 1)
        #expect(log["toys"].count == 1)
        #expect(log["children"].first?.count == parents)
        #expect(log["toys"].first?.count == parents)
    }

    @Test func keysAreFetchedOncePerRequest() async throws {
        let (json, log) = try await run(#"{ toy(id: "t1") { name } parents(count: 3) { child { id } again: child { toy { name } } } }"#)
        #expect(json == #"{"data":{"toy":{"name":"Toy 1"},"parents":[{"child":{"id":"c0"},"again":{"toy":{"name":"Toy 0"}}},{"child":{"id":"c1"},"again":{"toy":{"name":"Toy 1"}}},{"child":{"id":"c2"},"again":{"toy":{"name":"Toy 2"}}}]}}"#)
        #expect(log["children"] == [["p0", "p1", "p2"]])
        #expect(log["toys"] == [["t1"], ["t0", "t2"]])
    }

    @Test func chainedLoadsResolveWithinTheLevel() async throws {
        let (json, log) = try await run("{ parents(count: 2) { grandToy { name } child { toy { id } } } }")
        #expect(json == #"{"data":{"parents":[{"grandToy":{"name":"Toy 0"},"child":{"toy":{"id":"t0"}}},{"grandToy":{"name":"Toy 1"},"child":{"toy":{"id":"t1"}}}]}}"#)
        #expect(log["children"] == [["p0", "p1"]])
        #expect(log["toys"] == [["t0", "t1"]])
    }

    @Test func failedBatchFailsOnlyItsFields() async throws {
        let (json, log) = try await run("{ parents(count: 2) { id broken child { id } } }")
        #expect(json == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":26}],"path":["parents",0,"broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Internal server error","locations":[{"line":1,"column":26}],"path":["parents",1,"broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"parents":[{"id":"p0","broken":null,"child":{"id":"c0"}},{"id":"p1","broken":null,"child":{"id":"c1"}}]}}"#)
        #expect(log["broken"] == [["p0", "p1"]])
        #expect(log["children"] == [["p0", "p1"]])
    }

    @Test func failuresAreNotCached() async throws {
        let (json, log) = try await run("{ parents(count: 1) { flaky child { flaky } } }")
        #expect(json == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":23}],"path":["parents",0,"flaky"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"parents":[{"flaky":null,"child":{"flaky":"ok"}}]}}"#)
        #expect(log["flaky"] == [["k"], ["k"]])
    }

    @Test func loadManyKeepsOrderAndDuplicates() async throws {
        let (json, log) = try await run(#"{ toys(ids: ["t1", "x1", "t1"]) { name } }"#)
        #expect(json == #"{"data":{"toys":[{"name":"Toy 1"},null,{"name":"Toy 1"}]}}"#)
        #expect(log["toys"] == [["t1", "x1"]])
    }

    @Test func primedKeysNeedNoFetch() async throws {
        let (json, log) = try await run("{ primed { id name } }")
        #expect(json == #"{"data":{"primed":{"id":"t5","name":"Primed"}}}"#)
        #expect(log["toys"] == [])
    }

    @Test func deferredListItemsShareOneBatch() async throws {
        let (json, log) = try await run(#"{ some: toysEach(ids: ["t1", "t2"]) { id } broken: toysEach(ids: ["t3", "x3"]) { id } }"#)
        #expect(json == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.toysEach.","locations":[{"line":1,"column":44}],"path":["broken",1]}],"data":{"some":[{"id":"t1"},{"id":"t2"}],"broken":null}}"#)
        #expect(log["toys"] == [["t1", "t2", "t3", "x3"]])
    }
}
