import GraphQLCore
import SessionStore

/// Reads `first` and `after` of a connection field into a `PageWindow`, refusing what the
/// schema documents as invalid with `BAD_USER_INPUT` (the limits usually refuse it earlier).
enum PageArguments {
    static func window(
        _ arguments: GraphQLObject, list: Cursor.List, defaultFirst: Int, limits: QueryLimits, field: String
    ) throws -> PageWindow {
        let first = arguments.int("first") ?? defaultFirst
        guard (1...limits.maxPageSize).contains(first) else {
            throw PageSize.outOfRange(first, field: field, limits: limits)
        }
        var after: Cursor?
        if let text = arguments.string("after") {
            do {
                after = try Cursor(encoded: text, list: list)
            } catch {
                throw GraphQLError(error.description, code: .badUserInput)
            }
        }
        return PageWindow(first: first, after: after)
    }
}

/// The source of a `…Connection` object: one page and whether it was asked for with `after`.
struct Connection<Node: Sendable>: Sendable {
    var page: Page<Node>
    var hasPreviousPage: Bool

    init(_ page: Page<Node>?, window: PageWindow) {
        self.page = page ?? .empty
        self.hasPreviousPage = window.after != nil
    }

    init(_ page: Page<Node>?, after: Cursor?) {
        self.page = page ?? .empty
        self.hasPreviousPage = after != nil
    }

    var pageInfo: GraphQLObject {
        GraphQLObject([
            ("hasNextPage", .bool(page.hasNextPage)),
            ("hasPreviousPage", .bool(hasPreviousPage)),
            ("startCursor", page.startCursor.map { .string($0.encoded) } ?? .null),
            ("endCursor", page.endCursor.map { .string($0.encoded) } ?? .null),
        ])
    }
}

extension Resolvers where Context == QueryContext {
    /// `edges`, `nodes` and `pageInfo` of a connection type and `cursor`/`node` of its edge
    /// type, for sources of type `Connection<Node>`; `node` turns an item into its field value.
    mutating func connection<Node: Sendable>(
        _ connectionType: String, edge edgeType: String, of _: Node.Type,
        node: @escaping @Sendable (Node) -> FieldValue
    ) {
        field(connectionType, "edges", source: Connection<Node>.self) { connection, _, _, _ in
            .list(connection.page.edges.map { .object($0) })
        }
        field(connectionType, "nodes", source: Connection<Node>.self) { connection, _, _, _ in
            .list(connection.page.edges.map { node($0.node) })
        }
        field(connectionType, "pageInfo", source: Connection<Node>.self) { connection, _, _, _ in
            .value(.object(connection.pageInfo))
        }
        field(edgeType, "cursor", source: Page<Node>.Edge.self) { edge, _, _, _ in
            .value(.string(edge.cursor.encoded))
        }
        field(edgeType, "node", source: Page<Node>.Edge.self) { edge, _, _, _ in
            node(edge.node)
        }
    }
}
