/// The limits and timers of subscriptions, over WebSocket and server-sent events alike.
public struct SubscriptionSettings: Sendable {
    /// Active subscriptions one WebSocket may hold.
    public var maxPerConnection: Int
    /// Active subscriptions one API key may hold across every connection of this process.
    public var maxPerKey: Int
    /// How long a new WebSocket may take to send `connection_init` (closed with 4408).
    public var initTimeout: Duration
    /// How long a WebSocket may stay open without any active subscription (closed with 1000).
    public var idleTimeout: Duration
    /// How often the server sends a protocol `ping` on a WebSocket, and an SSE comment on an
    /// event stream, to keep proxies from closing a quiet connection.
    public var keepAlive: Duration
    /// The largest message a client may send over a WebSocket.
    public var maxMessageBytes: Int

    public init(
        maxPerConnection: Int = 100, maxPerKey: Int = 500, initTimeout: Duration = .seconds(10),
        idleTimeout: Duration = .seconds(300), keepAlive: Duration = .seconds(15), maxMessageBytes: Int = 1 << 20
    ) {
        self.maxPerConnection = maxPerConnection
        self.maxPerKey = maxPerKey
        self.initTimeout = initTimeout
        self.idleTimeout = idleTimeout
        self.keepAlive = keepAlive
        self.maxMessageBytes = maxMessageBytes
    }
}

/// Counts each key's active subscriptions in this process (WebSocket and SSE together).
actor SubscriptionQuota {
    let limit: Int
    private var active: [String: Int] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes one of the key's places; false when it has none left.
    func acquire(_ keyId: String) -> Bool {
        let count = active[keyId, default: 0]
        guard count < limit else { return false }
        active[keyId] = count + 1
        return true
    }

    func release(_ keyId: String) {
        guard let count = active[keyId] else { return }
        active[keyId] = count > 1 ? count - 1 : nil
    }
}
