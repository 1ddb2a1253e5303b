import Foundation

/// A keyset position in one ordered list: the sort key of the last item a client saw.
///
/// Clients receive it as an opaque string (base64url, no padding) and hand it back as `after`;
/// the next page starts strictly past that key, so inserts and deletes between requests never
/// shift a page the way an offset would. The list it belongs to is part of the key, so a
/// session cursor given to a timeline, or a newest-first timeline cursor given to the
/// oldest-first timeline, is refused instead of silently misread.
public struct Cursor: Sendable, Hashable {
    /// The ordered list a cursor points into, with its order: a position means something
    /// only in the list and the order it was read from.
    public enum List: String, Sendable, CaseIterable {
        /// Users of an organization, most recently active first.
        case users = "u"
        /// Sessions of a user, most recent first.
        case sessions = "s"
        /// Sessions of an organization, most recent first.
        case organizationSessions = "o"
        /// Items of a session's timeline, oldest first.
        case timeline = "t"
        /// Items of a session's timeline, newest first.
        case timelineNewestFirst = "n"
        /// Support tickets of a user, newest first.
        case tickets = "k"
        /// Support tickets of an organization, newest first.
        case organizationTickets = "r"
    }

    /// The list this cursor belongs to.
    public let list: List
    /// The time part of the sort key in epoch milliseconds; a missing time sorts as `Int64.min`.
    public let time: Int64
    /// The identifier part of the sort key, which breaks ties between equal times.
    public let id: String
    /// For the users list: the rollup's high-water mark when its first page was read. Later
    /// pages order users by their activity up to that instant, so a user who acts while a
    /// client pages is neither skipped nor shown twice (see `SessionStore.users(search:…)`).
    public let snapshot: Int64?

    public init(list: List, time: Int64?, id: String, snapshot: Int64? = nil) {
        self.list = list
        self.time = time ?? Cursor.missingTime
        self.id = id
        self.snapshot = snapshot
    }

    /// The sort value that stands for a missing time. Both backends order it first ascending,
    /// last descending, where PostgreSQL and SQLite would otherwise disagree on NULLs.
    public static let missingTime = Int64.min

    /// The opaque form handed to clients.
    public var encoded: String {
        let position = snapshot.map { "\(time)@\($0)" } ?? "\(time)"
        let plain = "\(Cursor.version):\(list.rawValue):\(position):\(id)"
        return Data(plain.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes a client's cursor for `list`; anything this type did not produce is refused.
    public init(encoded: String, list expected: List) throws(CursorError) {
        guard !encoded.isEmpty, encoded.utf8.count <= Cursor.maximumEncodedLength,
              encoded.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { throw CursorError.malformed(encoded) }
        var base64 = encoded
            .replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let plain = String(data: data, encoding: .utf8)
        else { throw CursorError.malformed(encoded) }
        let parts = plain.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == Cursor.version,
              let list = List(rawValue: String(parts[1])), !parts[3].isEmpty
        else { throw CursorError.malformed(encoded) }
        // The position is `time` or, with a snapshot, `time@snapshot`.
        let position = parts[2].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let time = Int64(position[0]) else { throw CursorError.malformed(encoded) }
        var snapshot: Int64? = nil
        if position.count == 2 {
            guard let value = Int64(position[1]) else { throw CursorError.malformed(encoded) }
            snapshot = value
        }
        guard list == expected else { throw CursorError.wrongList(encoded, expected: expected) }
        self.list = list
        self.time = time
        self.id = String(parts[3])
        self.snapshot = snapshot
    }

    /// Bumped if the layout ever changes, so old cursors fail clearly instead of misreading.
    private static let version = "1"
    /// Identifiers are short; a longer string is not one of ours.
    private static let maximumEncodedLength = 1_024
}

/// Why a client's `after` string could not be used.
public enum CursorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a cursor this server produced (bad base64, wrong layout, or garbage).
    case malformed(String)
    /// A valid cursor, but of another list or order (e.g. a session cursor passed to a
    /// timeline, or a newest-first cursor to an oldest-first timeline).
    case wrongList(String, expected: Cursor.List)

    public var description: String {
        switch self {
        case .malformed(let value):
            "Invalid cursor \"\(value.prefix(64))\": pass a cursor of a previous page."
        case .wrongList(let value, let expected):
            "Cursor \"\(value.prefix(64))\" belongs to another list or order than \(expected.name): pass a cursor of a page of this list, in the same order."
        }
    }
}

extension Cursor.List {
    /// How error messages name the list.
    var name: String {
        switch self {
        case .users: "users"
        case .sessions: "a user's sessions"
        case .organizationSessions: "the organization's sessions"
        case .timeline: "a timeline oldest first"
        case .timelineNewestFirst: "a timeline newest first"
        case .tickets: "a user's support tickets"
        case .organizationTickets: "the organization's support tickets"
        }
    }
}
