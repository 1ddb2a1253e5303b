import Foundation
import Hummingbird
import NIOCore

/// `GET /auth/demo-key`: the embedded demo's key, for a playground opened on this machine.
/// It exists only when the server runs the embedded default on a loopback address, and it
/// answers loopback peers only; anywhere else it is 404 like any unknown path.
struct DemoKeyRoute: Sendable {
    let key: String?

    func register(on router: Router<SessionRequestContext>) {
        router.get("auth/demo-key") { _, context in
            guard let key, context.remoteAddress.map(Self.isLoopback) == true else {
                return Response(status: .notFound, headers: [.cacheControl: "no-store"])
            }
            let body = try JSONSerialization.data(withJSONObject: ["key": key])
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
    }

    static func isLoopback(_ address: SocketAddress) -> Bool {
        switch address {
        case .v4(let v4): return v4.address.sin_addr.s_addr.bigEndian >> 24 == 127
        case .v6: return address.ipAddress == "::1"
        case .unixDomainSocket: return true
        }
    }
}
