import Foundation
import GraphQLCore

/// A small schema that exercises every language feature the executor handles.
enum ExecutionTestSchema {
    static let sdl = """
        schema { query: Query mutation: Mutation }

        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }

        type User implements Node & Named {
          id: ID!
          name: String
          email: String
          role: Role
          friends: [User!]
          bestFriend: User
          posts(first: Int = 2): [Post!]!
        }

        type Post implements Node {
          id: ID!
          title: String!
          author: User
        }

        union SearchResult = User | Post

        enum Role { ADMIN EDITOR VIEWER }

        input Filter { term: String limit: Int = 10 roles: [Role!] }

        type Query {
          hello: String
          user(id: ID!): User
          users: [User!]!
          node(id: ID!): Node
          search(term: String!): [SearchResult!]!
          echo(int: Int, float: Float, string: String, bool: Boolean, id: ID, role: Role, list: [Int], filter: Filter, required: Int! = 7): String
          failing: String
          failingNonNull: String!
          publicError: String
          nonNullItems: [String!]
          nullableItems: [String]
          wrongEnum: Role
          untypedNode: Node
          plain: Plain
          plainList: [Plain!]!
          peek: Plain
        }

        type Plain { a: Int b: [Plain] c: String! }

        type Mutation {
          append(word: String!): AppendResult!
        }

        type AppendResult { word: String! words: [String!]! }
        """

    struct User: Sendable, GraphQLTypeNamed {
        var id: String
        var name: String?
        var email: String?
        var role: String?
        var friendIDs: [String]
        var graphQLTypeName: String { "User" }
    }

    struct Post: Sendable {
        var id: String
        var title: String
        var authorID: String
    }

    static let users = [
        User(id: "u1", name: "Ada", email: "ada@example.com", role: "ADMIN", friendIDs: ["u2", "u3"]),
        User(id: "u2", name: "Brian", email: nil, role: "VIEWER", friendIDs: ["u1"]),
        User(id: "u3", name: nil, email: "c@example.com", role: nil, friendIDs: []),
    ]

    static let posts = [
        Post(id: "p1", title: "Hello", authorID: "u1"),
        Post(id: "p2", title: "Again", authorID: "u1"),
        Post(id: "p3", title: "Third", authorID: "u1"),
        Post(id: "p4", title: "Mine", authorID: "u2"),
    ]

    /// Collects the words `append` was called with, to show that mutations run in order.
    final class Log: @unchecked Sendable {
        // `@unchecked`: `stored` is only touched while holding `lock`.
        private let lock = NSLock()
        private var stored: [String] = []
        var words: [String] { lock.withLock { stored } }
        func append(_ word: String) { lock.withLock { stored.append(word) } }
    }

    struct Context: Sendable {
        var log = Log()
    }

    struct Failure: Error {}

    static func resolvers() -> Resolvers<Context> {
        var resolvers = Resolvers<Context>()
        resolvers.field("Query", "hello") { _, _, _, _ in "world" }
        resolvers.field("Query", "user") { _, arguments, _, _ in
            guard case .string(let id)? = arguments["id"] else { return nil }
            return .optional(users.first { $0.id == id })
        }
        resolvers.field("Query", "users") { _, _, _, _ in .objects(users) }
        resolvers.field("Query", "node") { _, arguments, _, _ in
            guard case .string(let id)? = arguments["id"] else { return nil }
            if let user = users.first(where: { $0.id == id }) { return .object(user) }
            if let post = posts.first(where: { $0.id == id }) { return .object(post, typeName: "Post") }
            return nil
        }
        resolvers.field("Query", "search") { _, arguments, _, _ in
            guard case .string(let term)? = arguments["term"] else { return [] }
            var results: [FieldValue] = users.filter { ($0.name ?? "").contains(term) }.map { .object($0) }
            results += posts.filter { $0.title.contains(term) }.map { .object($0) }
            return .list(results)
        }
        resolvers.type("SearchResult") { source, _ in source is Post ? "Post" : nil }
        resolvers.type("Node") { source, _ in source is Post ? "Post" : nil }
        resolvers.field("Query", "echo") { _, arguments, _, _ in .string(GraphQLValue.object(arguments).json) }
        resolvers.field("Query", "failing") { _, _, _, _ in throw Failure() }
        resolvers.field("Query", "failingNonNull") { _, _, _, _ in throw Failure() }
        resolvers.field("Query", "publicError") { _, _, _, _ in throw GraphQLError("Not allowed here.", code: ErrorCode(rawValue: "FORBIDDEN")) }
        resolvers.field("Query", "nonNullItems") { _, _, _, _ in .list(["a", nil, "c"]) }
        resolvers.field("Query", "nullableItems") { _, _, _, _ in .value(.list([.string("a"), .null, .string("c")])) }
        resolvers.field("Query", "wrongEnum") { _, _, _, _ in "OWNER" }
        resolvers.field("Query", "untypedNode") { _, _, _, _ in .object(42) }
        resolvers.field("Query", "plain") { _, _, _, _ in
            .value(.object(GraphQLObject([
                ("a", .int(1)),
                ("b", .list([.object(GraphQLObject([("a", .int(2)), ("c", .string("inner"))])), .null, .object(GraphQLObject([("a", .int(3))]))])),
                ("c", .string("outer")),
            ])))
        }
        resolvers.field("Query", "peek") { _, _, _, info in
            .value(.object(GraphQLObject([("c", .string(info.selectedFieldNames.sorted().joined(separator: ",")))])))
        }
        resolvers.field("Query", "plainList") { _, _, _, _ in
            .value(.list([.object(GraphQLObject([("c", .string("x"))])), .object(GraphQLObject([("a", .int(1))]))]))
        }

        resolvers.field("User", "id", source: User.self) { user, _, _, _ in .value(.string(user.id)) }
        resolvers.field("User", "name", source: User.self) { user, _, _, _ in .string(user.name) }
        resolvers.field("User", "email", source: User.self) { user, _, _, _ in .string(user.email) }
        resolvers.field("User", "role", source: User.self) { user, _, _, _ in .string(user.role) }
        resolvers.field("User", "friends", source: User.self) { user, _, _, _ in
            .objects(user.friendIDs.compactMap { id in users.first { $0.id == id } })
        }
        resolvers.field("User", "bestFriend", source: User.self) { user, _, _, _ in
            .optional(user.friendIDs.first.flatMap { id in users.first { $0.id == id } })
        }
        resolvers.field("User", "posts", source: User.self) { user, arguments, _, _ in
            guard case .int(let first)? = arguments["first"] else { return [] }
            return .objects(posts.filter { $0.authorID == user.id }.prefix(first))
        }
        resolvers.field("Post", "id", source: Post.self) { post, _, _, _ in .string(post.id) }
        resolvers.field("Post", "title", source: Post.self) { post, _, _, _ in .string(post.title) }
        resolvers.field("Post", "author", source: Post.self) { post, _, _, _ in
            .optional(users.first { $0.id == post.authorID })
        }
        resolvers.asyncField("Mutation", "append") { _, arguments, context, _ in
            guard case .string(let word)? = arguments["word"] else { return nil }
            context.log.append(word)
            return .object(word)
        }
        resolvers.field("AppendResult", "word", source: String.self) { word, _, _, _ in .string(word) }
        resolvers.field("AppendResult", "words") { _, _, context, _ in .value(.list(context.log.words.map { .string($0) })) }
        return resolvers
    }

    static func executor() throws -> Executor<Context> {
        Executor(schema: try GraphQLSchema(sdl: sdl), resolvers: resolvers())
    }

    /// Runs `document` and returns the response's JSON.
    static func run(_ document: String, variables: String? = nil, operationName: String? = nil) async throws -> String {
        let executor = try executor()
        var values = GraphQLObject()
        if let variables, case .object(let object) = try GraphQLValue(json: variables) { values = object }
        let response = await executor.execute(document: document, operationName: operationName, variables: values, context: Context())
        return response.json
    }
}
