/// Where the HTTP server listens and how it treats requests.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Largest request body accepted, in bytes; larger bodies get 413.
    public var maxBodySize: Int
    /// Where the playground's files are read from.
    public var playground: PlaygroundFiles

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodySize: Int = 1 << 20, playground: PlaygroundFiles = .embedded) {
        self.host = host
        self.port = port
        self.maxBodySize = maxBodySize
        self.playground = playground
    }

    /// The address a person pastes into a browser.
    public var baseURL: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)/"
    }
}
