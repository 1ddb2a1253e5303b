import CompressNIO
import Hummingbird

/// Compresses responses of `minimumBytes` or more with gzip when the request's
/// `Accept-Encoding` allows it: GraphQL responses, the schema and the playground's files
/// (JSON, text, scripts, SVG). A compressed response says `Vary: Accept-Encoding`, and a
/// strong `ETag` becomes weak, since the bytes are no longer the entity's own.
struct ResponseCompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    static var minimumBytes: Int { 2_048 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard Self.acceptsGzip(request.headers[.acceptEncoding]),
              let length = response.body.contentLength, length >= Self.minimumBytes,
              response.headers[.contentEncoding] == nil,
              Self.isCompressible(response.headers[.contentType]) else { return response }
        let collector = Collector()
        let body = response.body
        try await body.write(collector)
        var plain = collector.buffer
        let compressed = try plain.compress(with: .gzip())
        response.body = ResponseBody(byteBuffer: compressed)
        response.headers[.contentEncoding] = "gzip"
        response.headers[.vary] = response.headers[.vary].map { "\($0), Accept-Encoding" } ?? "Accept-Encoding"
        if let etag = response.headers[.eTag], !etag.hasPrefix("W/") { response.headers[.eTag] = "W/" + etag }
        return response
    }

    /// Whether an `Accept-Encoding` list allows gzip: `gzip` or `*`, with a q-value above 0.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for entry in header.split(separator: ",") {
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first, coding == "gzip" || coding == "*" else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0
        }
        return false
    }

    static func isCompressible(_ contentType: String?) -> Bool {
        guard let type = contentType?.lowercased() else { return false }
        return type.hasPrefix("application/json") || type.hasPrefix("application/graphql-response+json")
            || type.hasPrefix("text/") || type.hasPrefix("application/javascript") || type.hasPrefix("image/svg+xml")
    }

    /// Keeps what a response body writes.
    final class Collector: ResponseBodyWriter {
        var buffer = ByteBuffer()

        func write(_ part: ByteBuffer) async throws {
            var part = part
            buffer.writeBuffer(&part)
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
