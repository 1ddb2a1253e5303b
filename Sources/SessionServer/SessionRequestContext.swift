import Hummingbird
import HummingbirdAuth
import NIOCore
import SessionAPI

/// What one HTTP request carries through the middleware to the routes: the identity its API
/// key stands for (set by `APIKeyAuthenticator`), and where it came from. The request id is
/// Hummingbird's own (`id`, also in every log line of the request).
public struct SessionRequestContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: KeyIdentity?
    /// The peer's address; the demo key is handed out to loopback peers only.
    public let remoteAddress: SocketAddress?
    /// The client's connection (to tell when the client went away).
    public let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        remoteAddress = source.channel.remoteAddress
        channel = source.channel
    }
}
