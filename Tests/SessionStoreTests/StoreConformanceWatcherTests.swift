import Logging
import Testing

@testable import SessionStore

extension StoreConformance {
    /// `ActivityWatcher`: what one poll costs and who hears of which row, on both backends.
    /// Polls are made by hand (`poll()`); the run loop only calls it on a timer.
    @Suite struct Watcher {
        static let t0 = StoreFixture.t0
        /// Newer than every fixture row.
        static let now = StoreFixture.t0 + 10_000_000

        static func watcher(_ store: SessionStore, bufferLimit: Int = 256) -> ActivityWatcher {
            ActivityWatcher(
                store: store, configuration: .init(interval: .seconds(60), lookbackMilliseconds: 5_000, bufferLimit: bufferLimit),
                logger: Logger(label: "sessionql.watcher.tests"))
        }

        static func call(_ id: String, at time: Int64, _ session: String, user: String?, server: String = StoreFixture.docs) -> StoreFixture.ToolCall {
            StoreFixture.ToolCall(id: id, createdAt: time, serverId: server, toolName: "live", userId: user, sessionId: session, input: nil, output: nil)
        }

        static func ticket(_ id: String, at time: Int64, _ session: String) -> StoreFixture.Ticket {
            StoreFixture.Ticket(
                id: id, createdAt: time, title: "Live ticket", status: "pending", method: "dashboard", resolvedAt: nil,
                email: StoreFixture.sharedEmail, organizationId: StoreFixture.acme, serverId: StoreFixture.docs,
                sessionId: session, priority: "high")
        }

        static func session(_ id: String, at time: Int64, user: String, slug: String = "acme-docs", into database: any SQLDatabase) async throws {
            try await database.execute(SQLStatement(
                "INSERT INTO mcp_server_session (mcp_server_session_id, mcp_server_slug, connection_date, connection_timestamp, mcp_server_user_id) VALUES ($1, $2, '2026-01-03', $3, $4)",
                [.text(id), .text(slug), .int(time), .text(user)]))
        }

        /// The next `count` events of a stream (they are queued by the time `poll()` returns).
        static func take(_ count: Int, from iterator: inout AsyncThrowingStream<ActivityEvent, any Error>.Iterator) async throws -> [String] {
            var ids: [String] = []
            for _ in 0..<count {
                guard let event = try await iterator.next() else { break }
                ids.append("\(event.kind.rawValue):\(event.id)")
            }
            return ids
        }

        @Test(arguments: StoreBackend.available)
        func aPollIsThreeStatementsForAnyNumberOfSubscribers(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let watcher = Self.watcher(store)
                var streams: [AsyncThrowingStream<ActivityEvent, any Error>] = []
                streams.append(try await watcher.subscribe(.init(organizationId: StoreFixture.acme, scope: .timeline(sessionId: "sess_s1"))))
                try await expectStatements(3, on: store) { try await watcher.poll() }
                for index in 0..<49 {
                    let scope: ActivityInterest.Scope = index % 2 == 0 ? .timeline(sessionId: "sess_a\(index % 5 + 1)") : .sessions(userId: nil)
                    streams.append(try await watcher.subscribe(.init(organizationId: StoreFixture.acme, scope: scope)))
                }
                try await StoreFixture.insert(Self.call("tc_w_1", at: Self.now, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await expectStatements(3, on: store) { try await watcher.poll() }
                #expect(await watcher.subscriberCount == 50)
                #expect(await watcher.polls == 2)
                _ = streams
            }
        }

        @Test(arguments: StoreBackend.available)
        func aTimelineSubscriberHearsOfItsSessionsNewItemsInTimeOrderOnly(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let watcher = Self.watcher(store)
                var mine = try await watcher.subscribe(.init(organizationId: StoreFixture.acme, scope: .timeline(sessionId: "sess_s1"))).makeAsyncIterator()
                // The same session id asked for by another organization hears nothing of it.
                var foreign = try await watcher.subscribe(.init(organizationId: StoreFixture.globex, scope: .timeline(sessionId: "sess_s1"))).makeAsyncIterator()
                var globex = try await watcher.subscribe(.init(organizationId: StoreFixture.globex, scope: .timeline(sessionId: "sess_s2"))).makeAsyncIterator()
                try await StoreFixture.insert(Self.call("tc_w_late", at: Self.now + 20, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await StoreFixture.insert(Self.ticket("sr_w_1", at: Self.now + 10, "sess_s1"), into: store.database)
                try await StoreFixture.insert(Self.call("tc_w_other", at: Self.now + 15, "sess_a1", user: "mcpu_alice"), into: store.database)
                try await StoreFixture.insert(
                    Self.call("tc_w_globex", at: Self.now + 15, "sess_s2", user: "mcpu_shared", server: "srv_globex_main"), into: store.database)
                try await watcher.poll()
                #expect(try await Self.take(2, from: &mine) == ["supportTicket:sr_w_1", "toolCall:tc_w_late"])
                #expect(try await Self.take(1, from: &globex) == ["toolCall:tc_w_globex"])
                // The next thing each hears is the next row of its own session.
                try await StoreFixture.insert(Self.call("tc_w_next", at: Self.now + 30, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await StoreFixture.insert(
                    Self.call("tc_w_globex2", at: Self.now + 30, "sess_s2", user: "mcpu_shared", server: "srv_globex_main"), into: store.database)
                try await watcher.poll()
                #expect(try await Self.take(1, from: &mine) == ["toolCall:tc_w_next"])
                #expect(try await Self.take(1, from: &globex) == ["toolCall:tc_w_globex2"])
                // The foreign subscriber never heard of sess_s1's rows: ending the watcher shows
                // what was queued for it.
                #expect(await Self.pending(&foreign, watcher: watcher) == [])
            }
        }

        /// Drains what is already queued for a subscriber by ending the watcher.
        static func pending(_ iterator: inout AsyncThrowingStream<ActivityEvent, any Error>.Iterator, watcher: ActivityWatcher) async -> [String] {
            let run = Task { await watcher.run() }
            run.cancel()
            await run.value
            var ids: [String] = []
            while true {
                do {
                    guard let event = try await iterator.next() else { break }
                    ids.append(event.id)
                } catch {
                    break
                }
            }
            return ids
        }

        @Test(arguments: StoreBackend.available)
        func rowsFromBeforeSubscribingAreNotDeliveredButALateRowWithinTheLookbackIs(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                try await StoreFixture.insert(Self.call("tc_w_before", at: Self.now, "sess_s1", user: "mcpu_shared"), into: store.database)
                let watcher = Self.watcher(store)
                var mine = try await watcher.subscribe(.init(organizationId: StoreFixture.acme, scope: .timeline(sessionId: "sess_s1"))).makeAsyncIterator()
                try await StoreFixture.insert(Self.call("tc_w_after", at: Self.now + 100, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await watcher.poll()
                // Committed after a newer row but stamped 60 ms before it: within the lookback.
                try await StoreFixture.insert(Self.call("tc_w_slow", at: Self.now + 40, "sess_s1", user: "mcpu_shared"), into: store.database)
                // Stamped 20 s before the newest row seen: beyond the lookback, never delivered.
                try await StoreFixture.insert(Self.call("tc_w_backfill", at: Self.now - 20_000, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await watcher.poll()
                try await StoreFixture.insert(Self.call("tc_w_last", at: Self.now + 200, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await watcher.poll()
                #expect(try await Self.take(3, from: &mine) == ["toolCall:tc_w_after", "toolCall:tc_w_slow", "toolCall:tc_w_last"])
            }
        }

        @Test(arguments: StoreBackend.available)
        func aSessionsSubscriberHearsOncePerSessionPerPollWithinItsOrganizationAndUser(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let watcher = Self.watcher(store)
                var shared = try await watcher.subscribe(.init(organizationId: StoreFixture.acme, scope: .sessions(userId: "mcpu_shared"))).makeAsyncIterator()
                var everyone = try await watcher.subscribe(.init(organizationId: StoreFixture.acme, scope: .sessions(userId: nil))).makeAsyncIterator()
                try await Self.session("sess_w_new", at: Self.now, user: "mcpu_shared", into: store.database)
                try await StoreFixture.insert(Self.call("tc_w_1", at: Self.now + 1, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await StoreFixture.insert(Self.call("tc_w_2", at: Self.now + 2, "sess_s1", user: "mcpu_shared"), into: store.database)
                try await StoreFixture.insert(Self.call("tc_w_3", at: Self.now + 3, "sess_a1", user: "mcpu_alice"), into: store.database)
                // The same user's session on another organization's server.
                try await StoreFixture.insert(
                    Self.call("tc_w_4", at: Self.now + 4, "sess_s2", user: "mcpu_shared", server: "srv_globex_main"), into: store.database)
                try await watcher.poll()
                #expect(try await Self.take(2, from: &shared) == ["sessionStarted:sess_w_new", "sessionChanged:sess_s1"])
                #expect(try await Self.take(3, from: &everyone) == ["sessionStarted:sess_w_new", "sessionChanged:sess_s1", "sessionChanged:sess_a1"])
                // A session SessionQL changed (its title) is heard of at the next poll.
                await watcher.sessionChanged(sessionId: "sess_s1")
                try await watcher.poll()
                #expect(try await Self.take(1, from: &shared) == ["sessionChanged:sess_s1"])
            }
        }

        @Test(arguments: StoreBackend.available)
        func aSubscriberThatFallsBufferLimitBehindIsDropped(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let watcher = Self.watcher(store, bufferLimit: 2)
                var slow = try await watcher.subscribe(.init(organizationId: StoreFixture.acme, scope: .timeline(sessionId: "sess_s1"))).makeAsyncIterator()
                for index in 0..<3 {
                    try await StoreFixture.insert(Self.call("tc_w_\(index)", at: Self.now + Int64(index), "sess_s1", user: "mcpu_shared"), into: store.database)
                }
                try await watcher.poll()
                #expect(try await Self.take(2, from: &slow) == ["toolCall:tc_w_0", "toolCall:tc_w_1"])
                await #expect(throws: ActivityStreamEnd.self) { _ = try await slow.next() }
                #expect(await watcher.subscriberCount == 0)
            }
        }
    }
}
