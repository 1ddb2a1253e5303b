import Hummingbird
import HummingbirdWebSocket
import Logging
import SessionAPI

/// `GET /graphql` upgraded to a WebSocket with the `graphql-transport-ws` subprotocol. A
/// client that offers no such subprotocol is upgraded and closed with 4406, as the protocol
/// asks.
struct TransportWSRoute: Sendable {
    static let subprotocol = "graphql-transport-ws"

    let connection: TransportWSConnection

    func register(on router: Router<BasicWebSocketRequestContext>) {
        router.ws("graphql") { request, _ in
            Self.offers(request.headers[.secWebSocketProtocol])
                ? .upgrade([.secWebSocketProtocol: Self.subprotocol])
                : .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            guard Self.offers(context.request.headers[.secWebSocketProtocol]) else {
                try? await outbound.close(.unknown(TransportWSClose.subprotocolNotAcceptable), reason: "Subprotocol not acceptable: use \(Self.subprotocol)")
                return
            }
            await connection.run(inbound: inbound, outbound: outbound, upgradeAuthorization: context.request.headers[.authorization])
        }
    }

    static func offers(_ header: String?) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == subprotocol }
    }
}
