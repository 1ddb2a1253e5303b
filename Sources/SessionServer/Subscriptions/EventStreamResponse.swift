import GraphQLCore
import Hummingbird
import NIOCore
import SessionAPI
import SessionStore
import ServiceLifecycle

/// GraphQL over server-sent events, distinct connections mode: a POST or GET `/graphql`
/// with `Accept: text/event-stream` is answered 200 `text/event-stream` with one
/// `event: next` per result (request errors included, as `{"errors":…}`) and a final
/// `event: complete`. A subscription streams until it ends, the client disconnects (noticed
/// at once, so its place under the key's limit is free again) or the server begins to shut
/// down (a `next` with `SUBSCRIPTION_ENDED`, then `complete`, as soon as the drain begins, so
/// the client reconnects to another server); a comment line every `keepAlive` keeps proxies
/// from closing a quiet stream.
struct EventStreamResponse: Sendable {
    let quota: SubscriptionQuota
    let keepAlive: Duration
    let drain: ShutdownDrain

    /// Whether `Accept` asks for an event stream (with a quality above 0).
    static func isRequested(_ accept: String?) -> Bool {
        guard let accept else { return false }
        return accept.split(separator: ",").contains { range in
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard parts.first == "text/event-stream" else { return false }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0
        }
    }

    /// `gone` completes when the client has left (see `ClientGoneHandler`).
    func response(_ start: GraphQLStreamStart, keyId: String, gone: ClientGoneSignal?) -> Response {
        let (quota, keepAlive, drain) = (self.quota, self.keepAlive, self.drain)
        let body = ResponseBody { writer in
            switch start {
            case .single(let outcome):
                try await writer.write(Self.next(outcome.body))
            case .refused(let errors):
                try await writer.write(Self.next(GraphQLResponse(errors: errors).jsonData()))
            case .events(let events):
                guard await quota.acquire(keyId) else {
                    try await writer.write(Self.next(GraphQLResponse(errors: [GraphQLError(
                        "This API key has \(quota.limit) active subscriptions, the most it may hold.",
                        code: ErrorCode(rawValue: "TOO_MANY_SUBSCRIPTIONS"))]).jsonData()))
                    break
                }
                do {
                    try await Self.stream(events, keepAlive: keepAlive, gone: gone, drain: drain, into: &writer)
                    await quota.release(keyId)
                } catch {
                    await quota.release(keyId)
                    throw error
                }
            }
            try await writer.write(ByteBuffer(string: "event: complete\ndata:\n\n"))
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store", .init("X-Accel-Buffering")!: "no"],
            body: body)
    }

    enum Chunk: Sendable { case event([UInt8]), heartbeat, end((any Error)?), clientGone }

    /// Writes each event as it comes, and a comment whenever `keepAlive` passes without one.
    /// The next event is pulled only once the previous one is written, so a slow reader
    /// leaves events in the subscription's own bounded buffer.
    private static func stream(
        _ events: AsyncThrowingStream<[UInt8], any Error>, keepAlive: Duration, gone: ClientGoneSignal?, drain: ShutdownDrain,
        into writer: inout any ResponseBodyWriter
    ) async throws {
        let (chunks, output) = AsyncStream<Chunk>.makeStream()
        let (written, acknowledge) = AsyncStream<Void>.makeStream()
        let pump = Task {
            var acknowledgements = written.makeAsyncIterator()
            do {
                for try await body in events {
                    output.yield(.event(body))
                    guard await acknowledgements.next() != nil else { return }
                }
                output.yield(.end(nil))
            } catch {
                output.yield(.end(error))
            }
        }
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: keepAlive)
                if !Task.isCancelled { output.yield(.heartbeat) }
            }
        }
        let registration = gone?.register { output.yield(.clientGone) }
        let draining = drain.onDrain { output.yield(.end(ActivityStreamEnd.shuttingDown)) }
        defer {
            if let registration { gone?.unregister(registration) }
            drain.unregister(draining)
            pump.cancel()
            heartbeat.cancel()
            acknowledge.finish()
            output.finish()
        }
        try await withGracefulShutdownHandler {
            try await write(chunks, acknowledging: acknowledge, into: &writer)
        } onGracefulShutdown: {
            output.yield(.end(ActivityStreamEnd.shuttingDown))
        }
    }

    private static func write(
        _ chunks: AsyncStream<Chunk>, acknowledging acknowledge: AsyncStream<Void>.Continuation, into writer: inout any ResponseBodyWriter
    ) async throws {
        for await chunk in chunks {
            switch chunk {
            case .event(let body):
                try await writer.write(next(body))
                acknowledge.yield()
            case .heartbeat:
                try await writer.write(ByteBuffer(string: ":\n\n"))
            case .end(let error?):
                let message = (error as? ActivityStreamEnd)?.description ?? "The subscription failed."
                try await writer.write(next(GraphQLResponse(errors: [GraphQLError(
                    message, code: ErrorCode(rawValue: "SUBSCRIPTION_ENDED"))]).jsonData()))
                return
            case .end(nil):
                return
            case .clientGone:
                // Nobody reads the rest: stop here, and let the subscription go.
                throw CancellationError()
            }
        }
    }

    static func next(_ body: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer(string: "event: next\ndata: ")
        buffer.writeBytes(body)
        buffer.writeString("\n\n")
        return buffer
    }
}

extension GraphQLOutcome {
    /// The response body of an outcome.
    var body: [UInt8] {
        switch self {
        case .executed(let body), .rejected(let body), .unavailable(let body): body
        }
    }
}
