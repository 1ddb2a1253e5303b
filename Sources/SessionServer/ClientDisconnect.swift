import NIOCore
import Synchronization

/// Work that stops when its client goes away: a GraphQL request whose client closes its
/// connection is cancelled, and with it the SQL statements it is waiting for (see
/// `StatementCancellation`).
enum ClientDisconnect {
    static func cancelling<T: Sendable>(
        when gone: ClientGoneSignal?, _ work: @escaping @Sendable () async -> T
    ) async -> T {
        guard let gone else { return await work() }
        let task = Task { await work() }
        let registration = gone.register { task.cancel() }
        defer { gone.unregister(registration) }
        return await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
    }
}

/// Fires once, when a connection's client has stopped sending; runs what the requests of
/// that connection registered meanwhile (each request unregisters when it ends, so a
/// long-lived connection holds only its requests in flight).
final class ClientGoneSignal: Sendable {
    private let state = Mutex<(gone: Bool, next: Int, actions: [Int: @Sendable () -> Void])>((false, 0, [:]))

    /// Registers `action`; runs it at once if the client is already gone.
    func register(_ action: @escaping @Sendable () -> Void) -> Int {
        let (token, gone) = state.withLock { state -> (Int, Bool) in
            state.next += 1
            if !state.gone { state.actions[state.next] = action }
            return (state.next, state.gone)
        }
        if gone { action() }
        return token
    }

    func unregister(_ token: Int) {
        _ = state.withLock { $0.actions.removeValue(forKey: token) }
    }

    func fire() {
        let actions = state.withLock { state -> [@Sendable () -> Void] in
            guard !state.gone else { return [] }
            state.gone = true
            defer { state.actions = [:] }
            return Array(state.actions.values)
        }
        for action in actions { action() }
    }
}

/// Sits in every HTTP connection's pipeline and fires its `signal` when the client has
/// stopped sending: it closed the connection, or its side of it (the server allows
/// half-closed connections, so a client that closes its socket first shows as the input
/// closing).
final class ClientGoneHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    typealias InboundOut = NIOAny

    let signal = ClientGoneSignal()

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed? = event as? ChannelEvent { signal.fire() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        signal.fire()
        context.fireChannelInactive()
    }

    /// The signal of the request's connection.
    static func signal(on channel: any Channel) async -> ClientGoneSignal? {
        try? await channel.pipeline.handler(type: ClientGoneHandler.self).map { $0.signal }.get()
    }
}
