import PostgresNIO

/// A database that can deliver notifications sent to a channel (PostgreSQL's LISTEN).
public protocol NotificationListening: Sendable {
    /// Listens on `channel` until cancelled or the connection fails, handing each payload to
    /// `received`.
    func listen(channel: String, _ received: @escaping @Sendable (String) -> Void) async throws
}

extension PostgresDatabase: NotificationListening {
    /// Holds one connection of the pool for as long as it listens.
    public func listen(channel: String, _ received: @escaping @Sendable (String) -> Void) async throws {
        try await client.withConnection { connection in
            try await connection.listen(on: channel) { notifications in
                for try await notification in notifications { received(notification.payload) }
            }
        }
    }
}
