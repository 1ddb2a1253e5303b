import Foundation
import Hummingbird

/// The playground: `/` goes to `/users`; `/users` and `/users/<identifier>` serve the page,
/// which reads the rest of its state from the URL; its assets sit under `/playground/`.
///
/// Asset URLs carry no version, so every answer says `no-cache`: browsers keep the file and
/// revalidate it with its `ETag`, getting 304 while it is unchanged.
struct PlaygroundRoutes: Sendable {
    let files: PlaygroundFiles

    /// The page talks only to this origin and loads nothing from elsewhere.
    static let contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/") { _, _ in
            Response(status: .found, headers: [.location: "/users", .cacheControl: "no-store"])
        }
        router.get("users") { request, _ in serve("index.html", request) }
        router.get("users/**") { request, _ in serve("index.html", request) }
        router.get("playground/:file") { request, context in
            serve(context.parameters.get("file") ?? "", request)
        }
    }

    private func serve(_ name: String, _ request: Request) -> Response {
        guard let file = files.file(named: name) else {
            return Response(
                status: .notFound,
                headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: "No playground file named \(name.prefix(80)).\n"))
            )
        }
        var headers: HTTPFields = [
            .eTag: file.etag,
            .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
        ]
        if file.contentType.hasPrefix("text/html") {
            headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
            headers[.init("Referrer-Policy")!] = "no-referrer"
        }
        if Self.matches(request.headers[.ifNoneMatch], etag: file.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = file.contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    /// Whether an `If-None-Match` list names the tag (weak comparison, as RFC 9110 asks for
    /// GET) or is `*`.
    static func matches(_ ifNoneMatch: String?, etag: String) -> Bool {
        guard let ifNoneMatch else { return false }
        let wanted = etag.hasPrefix("W/") ? String(etag.dropFirst(2)) : etag
        for candidate in ifNoneMatch.split(separator: ",") {
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag = String(tag.dropFirst(2)) }
            if tag == wanted { return true }
        }
        return false
    }
}
