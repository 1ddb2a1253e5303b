import Foundation
import GraphQLCore
import HummingbirdWebSocket
import Logging
import SessionAPI
import SessionStore

/// One WebSocket speaking graphql-transport-ws: `connection_init` with the API key (in the
/// payload's `authorization`, "Bearer <key>", or the upgrade request's Authorization header),
/// then any number of operations by id. Subscriptions stream `next` messages until they end
/// (`complete`), the client completes them, or the socket closes.
///
/// Closes with 4400 for a message that is not the protocol's, 4401 for a subscribe before the
/// acknowledgement or a `connection_init` without a key, 4403 for a key that is unknown or
/// revoked, 4408 when `connection_init` does not come in time, 4409 for an id already
/// streaming, 4429 for a second `connection_init`, 1008 when the client fell too far behind,
/// 1001 when the server shuts down or the watcher stops, and 1000 after `idleTimeout`
/// without subscriptions.
struct TransportWSConnection: Sendable {
    let service: any GraphQLStreamingService
    let verifier: any KeyVerifier
    let settings: SubscriptionSettings
    let quota: SubscriptionQuota
    let drain: ShutdownDrain
    let logger: Logger

    static let shuttingDown = "The server is shutting down"

    func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, upgradeAuthorization: String?) async {
        let outbox = TransportWSOutbox(outbound: outbound)
        // Upgraded once the drain has begun: 1001 at once (refusing the upgrade instead
        // would answer 400, which tells a client nothing about going elsewhere).
        guard drain.admit() else {
            await outbox.close(TransportWSClose.goingAway, Self.shuttingDown)
            return
        }
        let state = TransportWSState()
        // The drain before shutdown closes the socket with 1001, going away, before the
        // WebSocket layer's own close on graceful shutdown (1000) would: the client connects
        // again, to another server. The close ends the inbound messages, and so this
        // connection's operations; the drain waits for that.
        let draining = drain.onDrain { Task { await outbox.close(TransportWSClose.goingAway, Self.shuttingDown) } }
        await serve(inbound: inbound, state: state, outbox: outbox, upgradeAuthorization: upgradeAuthorization)
        drain.unregister(draining)
        await state.cancelAll(releasing: quota)
        drain.leave()
    }

    private func serve(inbound: WebSocketInboundStream, state: TransportWSState, outbox: TransportWSOutbox, upgradeAuthorization: String?) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.watchTimers(state: state, outbox: outbox) }
            group.addTask {
                do {
                    for try await message in inbound.messages(maxSize: settings.maxMessageBytes) {
                        await state.touch()
                        guard case .text(let text) = message else {
                            await outbox.close(TransportWSClose.badRequest, "Invalid message: binary frames are not part of the protocol")
                            break
                        }
                        if await !handle(text, state: state, outbox: outbox, upgradeAuthorization: upgradeAuthorization) { break }
                    }
                } catch {
                    await outbox.close(TransportWSClose.badRequest, "Invalid message: \(error)")
                }
                await state.closed()
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// Handles one message; false once the socket is closing.
    private func handle(_ text: String, state: TransportWSState, outbox: TransportWSOutbox, upgradeAuthorization: String?) async -> Bool {
        let message: TransportWSMessage
        do {
            message = try TransportWSMessage(text: text)
        } catch {
            await outbox.close(TransportWSClose.badRequest, (error as? TransportWSMessage.Invalid)?.reason ?? "Invalid message")
            return false
        }
        switch message {
        case .connectionInit(let payload):
            guard await state.beginInit() else {
                await outbox.close(TransportWSClose.tooManyInits, "Too many initialisation requests")
                return false
            }
            let presented = payload?.string("authorization") ?? upgradeAuthorization
            guard let token = Self.bearerToken(presented) else {
                await outbox.close(TransportWSClose.unauthorized, "Unauthorized: send an organization API key as payload.authorization, \"Bearer <key>\"")
                return false
            }
            let identity: KeyIdentity?
            do {
                identity = try await verifier.verify(token)
            } catch {
                logger.error("cannot check an API key: the database did not answer", metadata: ["error": "\(error)"])
                await outbox.close(TransportWSClose.internalError, "The database is unavailable; try again shortly")
                return false
            }
            guard let identity else {
                await outbox.close(TransportWSClose.forbidden, "Forbidden: the API key is unknown, revoked or mistyped")
                return false
            }
            await state.acknowledge(identity)
            await outbox.send(#"{"type":"connection_ack"}"#)
        case .ping:
            await outbox.send(#"{"type":"pong"}"#)
        case .pong:
            break
        case .subscribe(let id, let parameters):
            guard let identity = await state.identity else {
                await outbox.close(TransportWSClose.unauthorized, "Unauthorized")
                return false
            }
            switch await state.reserve(id, limit: settings.maxPerConnection) {
            case .taken:
                await outbox.close(TransportWSClose.subscriberExists, "Subscriber for \(id.prefix(64)) already exists")
                return false
            case .full:
                await outbox.send(Self.errorMessage(id, "This connection has \(settings.maxPerConnection) active subscriptions, the most it may hold.", code: "TOO_MANY_SUBSCRIPTIONS"))
                return true
            case .reserved:
                break
            }
            let task: Task<Void, Never>
            if await service.operationKind(parameters) == .subscription {
                // Started before the next message is read, so that the subscription hears
                // every row committed after it: a client that sends a ping after subscribing
                // and reads what it missed after the pong loses nothing in between.
                let start = await service.stream(parameters, organizationID: identity.organizationId)
                task = Task { await self.deliver(start, id, identity: identity, state: state, outbox: outbox) }
            } else {
                task = Task {
                    let start = await service.stream(parameters, organizationID: identity.organizationId)
                    await self.deliver(start, id, identity: identity, state: state, outbox: outbox)
                }
            }
            await state.started(id, task)
        case .complete(let id):
            await state.cancel(id)
        }
        return true
    }

    /// Sends what a started operation produces, to its end.
    private func deliver(_ start: GraphQLStreamStart, _ id: String, identity: KeyIdentity, state: TransportWSState, outbox: TransportWSOutbox) async {
        let idJSON = Self.jsonString(id)
        switch start {
        case .single(let outcome):
            await outbox.send(#"{"id":\#(idJSON),"type":"next","payload":\#(String(decoding: outcome.body, as: UTF8.self))}"#)
            await outbox.send(#"{"id":\#(idJSON),"type":"complete"}"#)
        case .refused(let errors):
            await outbox.send(Self.errorMessage(id, errors))
        case .events(let events):
            guard await quota.acquire(identity.keyId) else {
                await outbox.send(Self.errorMessage(id, "This API key has \(quota.limit) active subscriptions, the most it may hold.", code: "TOO_MANY_SUBSCRIPTIONS"))
                break
            }
            defer { Task { await quota.release(identity.keyId) } }
            await state.subscribed()
            do {
                for try await body in events {
                    await outbox.send(#"{"id":\#(idJSON),"type":"next","payload":\#(String(decoding: body, as: UTF8.self))}"#)
                }
                if !Task.isCancelled { await outbox.send(#"{"id":\#(idJSON),"type":"complete"}"#) }
            } catch ActivityStreamEnd.tooSlow(let limit) {
                await outbox.close(TransportWSClose.policyViolation, "Too slow: \(limit) events were waiting for this connection")
            } catch ActivityStreamEnd.shuttingDown {
                await outbox.close(TransportWSClose.goingAway, Self.shuttingDown)
            } catch {
                if !Task.isCancelled {
                    logger.error("a subscription stream failed", metadata: ["error": "\(error)"])
                    await outbox.send(Self.errorMessage(id, "Internal server error", code: "INTERNAL_SERVER_ERROR"))
                }
            }
        }
        await state.finished(id)
    }

    /// The init timeout, the idle timeout and keep-alive pings.
    private func watchTimers(state: TransportWSState, outbox: TransportWSOutbox) async {
        let clock = ContinuousClock()
        let opened = clock.now
        var lastPing = clock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(250))
            if await state.isClosed { return }
            let now = clock.now
            if await state.identity == nil, await !state.initStarted, now - opened >= settings.initTimeout {
                await outbox.close(TransportWSClose.initTimeout, "Connection initialisation timeout")
                return
            }
            if let quietSince = await state.quietSince, now - quietSince >= settings.idleTimeout {
                await outbox.close(TransportWSClose.normal, "Idle: no subscription for \(settings.idleTimeout)")
                return
            }
            if settings.keepAlive > .zero, await state.identity != nil, now - lastPing >= settings.keepAlive {
                lastPing = now
                await outbox.send(#"{"type":"ping"}"#)
            }
        }
    }

    static func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    static func errorMessage(_ id: String, _ message: String, code: String) -> String {
        errorMessage(id, [GraphQLError(message, code: ErrorCode(rawValue: code))])
    }

    static func errorMessage(_ id: String, _ errors: [GraphQLError]) -> String {
        let list = errors.map { String(decoding: $0.jsonData(), as: UTF8.self) }.joined(separator: ",")
        return #"{"id":\#(jsonString(id)),"type":"error","payload":[\#(list)]}"#
    }

    static func jsonString(_ text: String) -> String {
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.write(string: text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

/// Serializes writes to the socket, and stops writing once it is closing.
actor TransportWSOutbox {
    let outbound: WebSocketOutboundWriter
    private(set) var isClosing = false

    init(outbound: WebSocketOutboundWriter) {
        self.outbound = outbound
    }

    func send(_ text: String) async {
        guard !isClosing else { return }
        do {
            try await outbound.write(.text(text))
        } catch {
            isClosing = true
        }
    }

    func close(_ code: UInt16, _ reason: String) async {
        guard !isClosing else { return }
        isClosing = true
        try? await outbound.close(.unknown(code), reason: String(reason.utf8.prefix(120)) ?? "")
    }
}
