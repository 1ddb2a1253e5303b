import GraphQLCore
import SessionStore

/// Reads a connection field's `first`, `after`, `last`, `before` and `around` into a
/// `PageWindow`, refusing what the schema documents as invalid with `BAD_USER_INPUT` (the
/// limits refuse an out-of-range size earlier, with its location).
enum PageArguments {
    /// The page size of a connection field given neither `first` nor `last`.
    static func defaultSize(of field: String) -> Int {
        field == "Session.timeline" ? 50 : 20
    }

    static func window<Filter>(
        _ arguments: GraphQLObject, list: Cursor.List, limits: QueryLimits, field: String,
        filter: Filter, order: TimelineOrder = .oldestFirst
    ) throws -> PageWindow<Filter> {
        let first = arguments.int("first")
        let last = arguments.int("last")
        if first != nil, last != nil {
            throw GraphQLError("Pass either \"first\" or \"last\" to \(field), not both.", code: .badUserInput)
        }
        let size = first ?? last ?? defaultSize(of: field)
        guard (1...limits.maxPageSize).contains(size) else {
            throw PageSize.outOfRange(size, argument: last == nil ? "first" : "last", field: field, limits: limits)
        }
        let after = try cursor(arguments.string("after"), list: list)
        let before = try cursor(arguments.string("before"), list: list)
        if let around = arguments.string("around") {
            guard last == nil, after == nil, before == nil else {
                throw GraphQLError("\"around\" of \(field) takes a page size in \"first\" only, without \"after\", \"before\" or \"last\".", code: .badUserInput)
            }
            return PageWindow(range: .first(size), around: around, order: order, filter: filter)
        }
        let range = PageRange(size: size, after: after, before: before, fromEnd: last != nil)
        return PageWindow(range: range, order: order, filter: filter)
    }

    private static func cursor(_ text: String?, list: Cursor.List) throws -> Cursor? {
        guard let text else { return nil }
        do {
            return try Cursor(encoded: text, list: list)
        } catch {
            throw GraphQLError(error.description, code: .badUserInput)
        }
    }

    /// The error of an `around` id that the list does not hold.
    static func notInList(_ id: String, field: String) -> GraphQLError {
        GraphQLError("\"around\" of \(field): \"\(id.prefix(100))\" is not an item of this list (under its filter).", code: .badUserInput)
    }
}

/// The source of a `…Connection` object: one page, and how to count the whole list.
struct Connection<Node: Sendable>: Sendable {
    var page: Page<Node>
    /// `totalCount`, read only when selected.
    var total: @Sendable () -> Deferred<Int>

    init(_ page: Page<Node>?, total: @escaping @Sendable () -> Deferred<Int>) {
        self.page = page ?? .empty
        self.total = total
    }

    var pageInfo: GraphQLObject {
        GraphQLObject([
            ("hasNextPage", .bool(page.hasNextPage)),
            ("hasPreviousPage", .bool(page.hasPreviousPage)),
            ("startCursor", page.startCursor.map { .string($0.encoded) } ?? .null),
            ("endCursor", page.endCursor.map { .string($0.encoded) } ?? .null),
        ])
    }
}

extension Resolvers where Context == QueryContext {
    /// `edges`, `nodes`, `pageInfo` and `totalCount` of a connection type and `cursor`/`node`
    /// of its edge type, for sources of type `Connection<Node>`; `node` turns an item into
    /// its field value.
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
        field(connectionType, "totalCount", source: Connection<Node>.self) { connection, _, _, _ in
            .deferred(connection.total().map { .int($0) })
        }
        field(edgeType, "cursor", source: Page<Node>.Edge.self) { edge, _, _, _ in
            .value(.string(edge.cursor.encoded))
        }
        field(edgeType, "node", source: Page<Node>.Edge.self) { edge, _, _, _ in
            node(edge.node)
        }
    }
}
