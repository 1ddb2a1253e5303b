import SessionStore
import Testing

/// The conformance suites: every read's exact answer on the hand-made fixture, asserted
/// identically on SQLite and PostgreSQL. Serialized because each test builds a database
/// of its own, and a PostgreSQL server has a bounded number of connections.
@Suite(.serialized)
enum StoreConformance {}

/// Walks a keyset-paginated list from the start to the end, `size` items per page, and
/// returns every page so callers can check the concatenation and the page boundaries.
func walkPages<Node>(
    size: Int, limit: Int = 1_000, _ fetch: (Cursor?) async throws -> Page<Node>
) async throws -> [Page<Node>] {
    var pages: [Page<Node>] = []
    var after: Cursor? = nil
    repeat {
        let page = try await fetch(after)
        pages.append(page)
        guard page.hasNextPage, let end = page.endCursor else { break }
        // Cursors travel through clients as strings; walk them the way a client would.
        after = try Cursor(encoded: end.encoded, list: end.list)
    } while pages.count < limit
    return pages
}
