import GraphQLCore
import Hummingbird

/// A response that carries one error in GraphQL's shape (`{"errors":[{"message","extensions":
/// {"code"}}]}`), for failures outside execution: transport, authentication, limits.
enum ErrorResponse {
    static func make(_ status: HTTPResponse.Status, _ message: String, code: String, mediaType: ResponseMediaType, headers: HTTPFields = [:]) -> Response {
        let body = GraphQLResponse(data: nil, errors: [GraphQLError(message, code: ErrorCode(rawValue: code))]).jsonData()
        var fields = headers
        fields[.contentType] = mediaType.contentType
        fields[.cacheControl] = "no-store"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `Retry-After` of a 503: the database is probed again twice a second, so a client may
    /// try again after a second.
    static let unavailableRetryAfter = "1"

    /// The media type the request asked for, or JSON when it asked for none we serve.
    static func mediaType(for request: Request) -> ResponseMediaType {
        ResponseMediaType.negotiate(accept: request.headers[.accept]) ?? .json
    }
}
