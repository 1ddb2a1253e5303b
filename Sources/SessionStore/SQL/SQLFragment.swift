/// A piece of SQL with its values, kept apart from the text until the whole statement is
/// rendered for one backend (`statement(for:)`), so fragments compose without anyone
/// numbering parameters by hand.
///
/// Interpolating a value binds it; interpolating a fragment embeds it, values and all;
/// text that must become SQL (a column name chosen by code, a dialect spelling) is spelled
/// `\(raw: …)`, so that splicing is visible where it happens:
///
///     let organization: SQLFragment = "\(organizationId)"
///     let read: SQLFragment = """
///         SELECT \(raw: columns) FROM mcp_servers v
///         WHERE v.organization_id = \(organization) AND v.id \(dialect.isMember(of: ids))
///         """
///
/// Parameters are numbered once, in reading order, when the statement is rendered. A
/// fragment embedded twice binds its values twice (the organization id of a read is
/// typically bound three or four times): no parameter is ever shared, so a fragment
/// means the same wherever it lands.
public struct SQLFragment: Sendable, Hashable {
    /// One piece of a fragment, in order.
    enum Segment: Sendable, Hashable {
        case text(String)
        case bind(SQLValue)
        case fragment(SQLFragment)
    }

    private(set) var segments: [Segment]

    init(segments: [Segment]) {
        self.segments = segments
    }

    /// Trusted SQL text (never user input), taken as it is.
    public init(raw sql: String) {
        self.init(segments: sql.isEmpty ? [] : [.text(sql)])
    }

    /// No SQL at all: the neutral element of `append` and `joined`.
    public static let empty = SQLFragment(segments: [])

    public var isEmpty: Bool { segments.isEmpty }

    /// Appends `other` as it is; its values are numbered when the statement is rendered.
    public mutating func append(_ other: SQLFragment) {
        guard !other.isEmpty else { return }
        segments.append(.fragment(other))
    }

    public static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
        var joined = lhs
        joined.append(rhs)
        return joined
    }

    public static func += (lhs: inout SQLFragment, rhs: SQLFragment) {
        lhs.append(rhs)
    }
}

extension Sequence where Element == SQLFragment {
    /// The fragments one after another, `separator` between each two.
    public func joined(separator: SQLFragment = .empty) -> SQLFragment {
        var joined = SQLFragment.empty
        for (index, fragment) in enumerated() {
            if index > 0 { joined.append(separator) }
            joined.append(fragment)
        }
        return joined
    }
}
