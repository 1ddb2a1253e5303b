/// Which part of an ordered list a page covers, as Relay's `first`/`after`/`last`/`before`
/// describe it: the rows strictly between `after` and `before` (either may be absent), of
/// which the page takes the first `size`, or with `fromEnd` the last `size`.
///
/// A page from the end is read in the opposite order and turned round, so it is the same
/// index range scan as a page from the start, walked the other way.
public struct PageRange: Sendable, Hashable {
    /// How many rows the page holds at most.
    public var size: Int
    /// The page starts strictly past this position (or at it, with `includesAfter`).
    public var after: Cursor?
    /// The page ends strictly before this position.
    public var before: Cursor?
    /// Take the last `size` rows of the range instead of the first.
    public var fromEnd: Bool
    /// The row at `after` belongs to the range (the second half of a page around an item).
    var includesAfter = false

    public init(size: Int, after: Cursor? = nil, before: Cursor? = nil, fromEnd: Bool = false) {
        self.size = size
        self.after = after
        self.before = before
        self.fromEnd = fromEnd
    }

    /// The first `first` rows after `after`.
    public static func first(_ first: Int, after: Cursor? = nil) -> PageRange {
        PageRange(size: first, after: after)
    }

    /// The last `last` rows before `before`.
    public static func last(_ last: Int, before: Cursor? = nil) -> PageRange {
        PageRange(size: last, before: before, fromEnd: true)
    }
}
