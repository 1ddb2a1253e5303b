import Foundation
import GraphQLCore
import Testing

/// `Executor.aroundLevel`: each level of an execution runs inside the observer once, with its
/// depth and object count, and its loaders dispatch inside it.
@Suite("Executor level observer")
struct LevelObserverTests {
    struct Context: Sendable {
        let children: BatchLoader<Int, [Int]>
    }

    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        func add(_ entry: String) { lock.withLock { entries.append(entry) } }
        var all: [String] { lock.withLock { entries } }
    }

    @Test func eachLevelRunsInsideTheObserverWithItsLoaders() async throws {
        let log = Log()
        var resolvers = Resolvers<Context>()
        resolvers.field("Query", "nodes") { _, _, _, _ in .objects([1, 2]) }
        resolvers.field("Node", "id") { source, _, _, _ in .value(.int(source as? Int ?? 0)) }
        resolvers.field("Node", "children") { source, _, context, _ in
            .deferred(context.children.load(source as? Int ?? 0).map { FieldValue.objects($0 ?? []) })
        }
        var executor = Executor(
            schema: try GraphQLSchema(sdl: "type Query { nodes: [Node] } type Node { id: Int children: [Node] }"),
            resolvers: resolvers)
        executor.aroundLevel = { level, objects, body in
            log.add("level \(level) begins, \(objects) objects")
            await body()
            log.add("level \(level) ends")
        }
        let context = Context(children: BatchLoader { keys in
            log.add("children of \(keys.sorted())")
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, $0 < 10 ? [$0 * 10] : []) })
        })
        let response = await executor.execute(
            GraphQLRequest(document: try Parser.parse("{ nodes { id children { id children { id } } } }")), context: context)
        #expect(response.json == #"{"data":{"nodes":[{"id":1,"children":[{"id":10,"children":[]}]},{"id":2,"children":[{"id":20,"children":[]}]}]}}"#)
        #expect(log.all == [
            "level 1 begins, 1 objects", "level 1 ends",
            "level 2 begins, 2 objects", "children of [1, 2]", "level 2 ends",
            "level 3 begins, 2 objects", "children of [10, 20]", "level 3 ends",
            // The grandchildren lists are empty: no objects, no fourth level.
        ])
    }
}
