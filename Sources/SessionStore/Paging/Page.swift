/// One page of a keyset-paginated list: the items with their cursors, and whether more
/// follow and precede.
public struct Page<Node: Sendable>: Sendable {
    public var edges: [Edge]
    public var hasNextPage: Bool
    /// Whether items precede the page. A page read from the start of a range says so when
    /// it started past a cursor (as Relay allows); a page read from the end, or around an
    /// item, knows it from the rows.
    public var hasPreviousPage: Bool

    /// An item and the cursor a client passes as `after` or `before` to continue past it.
    public struct Edge: Sendable {
        public var node: Node
        public var cursor: Cursor

        public init(node: Node, cursor: Cursor) {
            self.node = node
            self.cursor = cursor
        }
    }

    public init(edges: [Edge], hasNextPage: Bool, hasPreviousPage: Bool = false) {
        self.edges = edges
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
    }

    /// A page with nothing in it: what a key without rows gets.
    public static var empty: Page { Page(edges: [], hasNextPage: false) }

    public var nodes: [Node] { edges.map(\.node) }
    public var startCursor: Cursor? { edges.first?.cursor }
    public var endCursor: Cursor? { edges.last?.cursor }
}

extension Page: Equatable where Node: Equatable {}
extension Page.Edge: Equatable where Node: Equatable {}
