/// Where the HTTP server listens and how it treats requests.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Largest request body accepted, in bytes; larger bodies get 413.
    public var maxBodySize: Int
    /// Where the playground's files are read from.
    public var playground: PlaygroundFiles
    /// Origins whose pages may call `/graphql` from a browser (exact `scheme://host[:port]`).
    public var corsOrigins: Set<String>
    /// What one API key may ask of the server.
    public var rateLimit: RateLimit
    /// How long a GraphQL request may run before it is cancelled and answered 503.
    public var requestTimeout: Duration
    /// Limits and timers of subscriptions (WebSocket and server-sent events).
    public var subscriptions: SubscriptionSettings

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodySize: Int = 1 << 20, playground: PlaygroundFiles = .embedded,
        corsOrigins: Set<String> = [], rateLimit: RateLimit = RateLimit(), requestTimeout: Duration = .seconds(30),
        subscriptions: SubscriptionSettings = SubscriptionSettings()
    ) {
        self.subscriptions = subscriptions
        self.host = host
        self.port = port
        self.maxBodySize = maxBodySize
        self.playground = playground
        self.corsOrigins = corsOrigins
        self.rateLimit = rateLimit
        self.requestTimeout = requestTimeout
    }

    /// Whether the server listens on a loopback address only.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// The address a person pastes into a browser.
    public var baseURL: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)/"
    }
}
