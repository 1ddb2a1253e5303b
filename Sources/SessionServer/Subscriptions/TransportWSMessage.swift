import GraphQLCore
import SessionAPI

/// A message a client sends in the graphql-transport-ws protocol.
enum TransportWSMessage {
    case connectionInit(payload: GraphQLObject?)
    case ping
    case pong
    case subscribe(id: String, parameters: GraphQLParameters)
    case complete(id: String)

    /// Why a message is not one of the protocol's: the socket closes with 4400 and this.
    struct Invalid: Error {
        var reason: String
    }

    init(text: String) throws {
        guard case .object(let message)? = try? GraphQLValue(json: text) else {
            throw Invalid(reason: "Invalid message: not a JSON object")
        }
        guard let type = message.string("type") else { throw Invalid(reason: "Invalid message: no type") }
        switch type {
        case "connection_init":
            switch message["payload"] {
            case nil, .null?: self = .connectionInit(payload: nil)
            case .object(let payload)?: self = .connectionInit(payload: payload)
            default: throw Invalid(reason: "Invalid message: connection_init payload must be an object")
            }
        case "ping": self = .ping
        case "pong": self = .pong
        case "subscribe":
            guard let id = message.string("id"), !id.isEmpty else { throw Invalid(reason: "Invalid message: subscribe needs an id") }
            guard let payload = message.object("payload") else { throw Invalid(reason: "Invalid message: subscribe needs a payload") }
            do {
                self = .subscribe(id: id, parameters: try GraphQLRequestParameterReader.fromObject(payload))
            } catch {
                throw Invalid(reason: "Invalid message: \(error.message)")
            }
        case "complete":
            guard let id = message.string("id"), !id.isEmpty else { throw Invalid(reason: "Invalid message: complete needs an id") }
            self = .complete(id: id)
        default:
            throw Invalid(reason: "Invalid message: unknown type \"\(type.prefix(40))\"")
        }
    }
}

/// Close codes of graphql-transport-ws, and the WebSocket ones this server uses.
enum TransportWSClose {
    static let normal: UInt16 = 1000
    static let goingAway: UInt16 = 1001
    static let policyViolation: UInt16 = 1008
    static let internalError: UInt16 = 4500
    static let badRequest: UInt16 = 4400
    static let unauthorized: UInt16 = 4401
    static let forbidden: UInt16 = 4403
    static let subprotocolNotAcceptable: UInt16 = 4406
    static let initTimeout: UInt16 = 4408
    static let subscriberExists: UInt16 = 4409
    static let tooManyInits: UInt16 = 4429
}
