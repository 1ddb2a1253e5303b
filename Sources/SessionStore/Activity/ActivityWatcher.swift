import Foundation
import Logging

/// One per process: polls the activity tables for new rows while anyone listens, and hands
/// each row to the subscribers that want it. However many subscribers there are, a poll is
/// three statements (tool calls, tickets, sessions), each an index range from its high-water
/// mark (see `ActivityFeed`), at most `batchLimit` new rows each.
///
/// MCPlatform writes these tables and SessionQL adds no trigger to them, so new rows are
/// found by polling, every `interval`; `wake()` polls at once (a PostgreSQL `NOTIFY`, a
/// write of SessionQL's own). Rows stamped more than `lookback` before the newest row
/// already seen, when they commit, are not delivered.
///
/// Each subscriber has a buffer of `bufferLimit` events; one that falls that far behind is
/// ended with `ActivityStreamEnd.tooSlow`, never buffered without bound.
public actor ActivityWatcher {
    public struct Configuration: Sendable {
        public var interval: Duration
        public var batchLimit: Int
        public var lookbackMilliseconds: Int64
        public var bufferLimit: Int

        public init(interval: Duration = .seconds(1), batchLimit: Int = 500, lookbackMilliseconds: Int64 = 5_000, bufferLimit: Int = 256) {
            self.interval = interval
            self.batchLimit = batchLimit
            self.lookbackMilliseconds = lookbackMilliseconds
            self.bufferLimit = bufferLimit
        }
    }

    struct Subscriber {
        let interest: ActivityInterest
        let continuation: AsyncThrowingStream<ActivityEvent, any Error>.Continuation
    }

    public let store: SessionStore
    public let configuration: Configuration
    let logger: Logger
    private var subscribers: [UUID: Subscriber] = [:]
    private var toolCalls: ActivityFeed
    private var tickets: ActivityFeed
    private var sessions: ActivityFeed
    private var primed = false
    private var priming: Task<Void, any Error>?
    private var changed: [ActivityEvent] = []
    private nonisolated let wakeups: AsyncStream<Void>.Continuation
    private let wakeStream: AsyncStream<Void>
    /// Polls made so far (for tests and metrics).
    public private(set) var polls = 0

    public init(store: SessionStore, configuration: Configuration = Configuration(), logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        let lookback = configuration.lookbackMilliseconds
        toolCalls = ActivityFeed(lookback: lookback)
        tickets = ActivityFeed(lookback: lookback)
        sessions = ActivityFeed(lookback: lookback)
        (wakeStream, wakeups) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// How many subscribers listen now.
    public var subscriberCount: Int { subscribers.count }

    /// Starts listening for `interest`: the stream yields what is committed from now on.
    /// The first subscriber after a quiet time costs one read of the newest stamps.
    public func subscribe(_ interest: ActivityInterest) async throws -> AsyncThrowingStream<ActivityEvent, any Error> {
        let id = UUID()
        let (stream, continuation) = AsyncThrowingStream<ActivityEvent, any Error>.makeStream(
            bufferingPolicy: .bufferingOldest(configuration.bufferLimit))
        subscribers[id] = Subscriber(interest: interest, continuation: continuation)
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        do {
            try await prime()
        } catch {
            subscribers[id] = nil
            continuation.finish(throwing: error)
            throw error
        }
        return stream
    }

    /// Polls now instead of at the next interval.
    public nonisolated func wake() {
        wakeups.yield(())
    }

    /// Tells the session's subscribers it changed (its title, say); they hear of it at the
    /// next poll, which this starts.
    public func sessionChanged(sessionId: String) async {
        guard primed, !subscribers.isEmpty else { return }
        do {
            guard let owner = try await store.sessionOwner(sessionId: sessionId) else { return }
            changed.append(ActivityEvent(
                kind: .sessionChanged, id: sessionId, sessionId: sessionId,
                organizationId: owner.organizationId, userId: owner.userId, createdAt: nil))
            wake()
        } catch {
            logger.warning("cannot read a changed session's owner", metadata: ["error": "\(error)"])
        }
    }

    /// Polls every `interval`, or at once when woken, until cancelled; then ends every
    /// subscriber's stream with `ActivityStreamEnd.shuttingDown`.
    public func run() async {
        let interval = configuration.interval
        let wakeups = self.wakeups
        let timer = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                wakeups.yield(())
            }
        }
        for await _ in wakeStream {
            guard primed, !subscribers.isEmpty else { continue }
            do {
                if try await poll() { wake() }
            } catch {
                logger.warning("polling for new activity failed; trying again", metadata: ["error": "\(error)"])
            }
        }
        timer.cancel()
        for subscriber in subscribers.values { subscriber.continuation.finish(throwing: ActivityStreamEnd.shuttingDown) }
        subscribers = [:]
    }

    /// One poll: reads what is new in the three tables and hands it out. Returns whether a
    /// read came back full (so there may be more already).
    @discardableResult
    public func poll() async throws -> Bool {
        try await prime()
        polls += 1
        let batch = configuration.batchLimit
        let newCalls = try await store.toolCallActivity(since: toolCalls.since, limit: toolCalls.readLimit(batch: batch))
        let newTickets = try await store.supportTicketActivity(since: tickets.since, limit: tickets.readLimit(batch: batch))
        let newSessions = try await store.sessionActivity(since: sessions.since, limit: sessions.readLimit(batch: batch))
        let full = newCalls.count >= toolCalls.readLimit(batch: batch) || newTickets.count >= tickets.readLimit(batch: batch)
            || newSessions.count >= sessions.readLimit(batch: batch)
        let items = (toolCalls.accept(newCalls) + tickets.accept(newTickets)).sorted {
            ($0.createdAt ?? 0, $0.id) < ($1.createdAt ?? 0, $1.id)
        }
        var touched: [ActivityEvent] = []
        var touchedIds = Set<String>()
        for event in sessions.accept(newSessions) + changed + items where touchedIds.insert(event.sessionId).inserted {
            touched.append(event)
        }
        changed = []
        deliver(items + touched.filter { !$0.isTimelineItem } + touched.filter(\.isTimelineItem).map(Self.asSessionEvent))
        return full
    }

    /// A session touched by an item, as the session's own event.
    private static func asSessionEvent(_ item: ActivityEvent) -> ActivityEvent {
        ActivityEvent(kind: .sessionChanged, id: item.sessionId, sessionId: item.sessionId,
                      organizationId: item.organizationId, userId: item.userId, createdAt: item.createdAt)
    }

    private func deliver(_ events: [ActivityEvent]) {
        guard !events.isEmpty else { return }
        for (id, subscriber) in subscribers {
            for event in events where subscriber.interest.wants(event) {
                switch subscriber.continuation.yield(event) {
                case .enqueued: continue
                case .dropped:
                    subscriber.continuation.finish(throwing: ActivityStreamEnd.tooSlow(limit: configuration.bufferLimit))
                    subscribers[id] = nil
                case .terminated:
                    subscribers[id] = nil
                @unknown default:
                    continue
                }
                if subscribers[id] == nil { break }
            }
        }
    }

    /// Starts the feeds at the newest stamps, once per busy spell.
    private func prime() async throws {
        if primed { return }
        if let priming { return try await priming.value }
        let task = Task { try await self.startFeeds() }
        priming = task
        defer { priming = nil }
        try await task.value
    }

    private func startFeeds() async throws {
        let newest = try await store.newestActivityTimes()
        let lookback = configuration.lookbackMilliseconds
        let limit = configuration.batchLimit * 20
        func recent(_ stamp: Int64?) -> Int64 { stamp.map { $0 &- lookback } ?? Int64.max }
        let calls = try await store.toolCallActivity(since: recent(newest.toolCalls), limit: limit)
        let openedTickets = try await store.supportTicketActivity(since: recent(newest.tickets), limit: limit)
        let started = try await store.sessionActivity(since: recent(newest.sessions), limit: limit)
        toolCalls.start(at: newest.toolCalls, seeing: calls)
        tickets.start(at: newest.tickets, seeing: openedTickets)
        sessions.start(at: newest.sessions, seeing: started)
        changed = []
        primed = true
    }

    private func remove(_ id: UUID) {
        subscribers[id] = nil
        if subscribers.isEmpty, priming == nil { primed = false }
    }
}
