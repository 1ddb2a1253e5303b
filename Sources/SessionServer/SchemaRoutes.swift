import Hummingbird

/// `GET /schema.graphql`: the SDL the server was started with.
struct SchemaRoutes: Sendable {
    let sdl: String

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("schema.graphql") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/graphql; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: sdl))
            )
        }
    }
}
