import NIOCore

/// Work that stops when its client goes away: a GraphQL request whose client closes its
/// connection is cancelled, and with it the SQL statements it is waiting for (see
/// `StatementCancellation`).
enum ClientDisconnect {
    static func cancelling<T: Sendable>(
        when gone: EventLoopFuture<Void>?, _ work: @escaping @Sendable () async -> T
    ) async -> T {
        guard let gone else { return await work() }
        let task = Task { await work() }
        gone.whenComplete { _ in task.cancel() }
        return await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
    }
}

/// Sits in every HTTP connection's pipeline and tells when the client has stopped sending:
/// it closed the connection, or its side of it (the server allows half-closed connections,
/// so a client that closes its socket first shows as the input closing).
final class ClientGoneHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    typealias InboundOut = NIOAny

    private var promise: EventLoopPromise<Void>?

    /// Completes once the client is gone.
    var gone: EventLoopFuture<Void>? { promise?.futureResult }

    func handlerAdded(context: ChannelHandlerContext) {
        promise = context.eventLoop.makePromise(of: Void.self)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        promise?.succeed()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed? = event as? ChannelEvent { promise?.succeed() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.succeed()
        context.fireChannelInactive()
    }

    /// The connection's handler's future, looked up from the request's channel.
    static func gone(on channel: any Channel) async -> EventLoopFuture<Void>? {
        try? await channel.pipeline.handler(type: ClientGoneHandler.self).map { $0.gone }.get()
    }
}
