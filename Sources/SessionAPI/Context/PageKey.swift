import SessionStore

/// Which page of a child list a resolver wants: loaders group keys by `window`, so all the
/// parents of one level asking for the same page shape share one statement.
struct PageKey<Filter: Hashable & Sendable>: Hashable, Sendable {
    /// The parent's key: a user id, a session id or an email.
    var parent: String
    var window: PageWindow<Filter>
}

/// The shape of a page: its range (or the item it is around), the list's order (for
/// timelines) and filter.
struct PageWindow<Filter: Hashable & Sendable>: Hashable, Sendable {
    var range: PageRange
    /// The id of the item the page is around; `range.size` is then the page size.
    var around: String?
    var order: TimelineOrder = .oldestFirst
    var filter: Filter

    init(range: PageRange, around: String? = nil, order: TimelineOrder = .oldestFirst, filter: Filter) {
        self.range = range
        self.around = around
        self.order = order
        self.filter = filter
    }
}

/// A list without a filter of its own.
struct NoFilter: Hashable, Sendable {}

/// A page of the organization's users, optionally filtered.
struct UsersPageKey: Hashable, Sendable {
    var search: String?
    var range: PageRange
}

/// A list's total under a filter: the loaders of `totalCount`.
struct TotalKey<Filter: Hashable & Sendable>: Hashable, Sendable {
    var parent: String
    var filter: Filter
}

/// A tool call's payload request: the loader of inputs, outputs, sizes and previews.
struct PayloadKey: Hashable, Sendable {
    var toolCallId: String
    var request: PayloadRequest
}
