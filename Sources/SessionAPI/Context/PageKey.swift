import SessionStore

/// Which page of a child list a resolver wants: loaders group keys by `window`, so all the
/// parents of one level asking for the same page shape share one statement.
struct PageKey: Hashable, Sendable {
    /// The parent's key: a user id, a session id or an email.
    var parent: String
    var window: PageWindow
}

/// The shape of a page: size, starting point and (for timelines) direction.
struct PageWindow: Hashable, Sendable {
    var first: Int
    var after: Cursor?
    var order: TimelineOrder = .chronological
}

/// A page of the organization's users, optionally filtered.
struct UsersPageKey: Hashable, Sendable {
    var search: String?
    var first: Int
    var after: Cursor?
}
