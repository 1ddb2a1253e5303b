/// The fixed sessions, tool calls and tickets named in `SeedFixtures`.
extension SeedWriter {
    mutating func writeFixtureActivity(to db: any SQLDatabase) async throws {
        var rng = SplitMix64(seed: seed, stream: "fixtures")
        let shared = Self.sharedUser
        let docs = server(SeedFixtures.acmeDocsServerId)
        let issues = server(SeedFixtures.acmeIssuesServerId)
        let warehouse = server("srv_acme_db")
        let billing = server(SeedFixtures.globexBillingServerId)
        let tracker = server("srv_globex_tracker")
        let calendar = server("srv_globex_calendar")
        let now = SeedFixtures.referenceTime

        let big = Session(id: SeedFixtures.bigSessionId, server: docs, user: shared, start: now - 2 * Self.day)
        let empty = Session(id: SeedFixtures.emptySessionId, server: issues, user: shared, start: now - Self.day)
        let untitled = Session(id: SeedFixtures.untitledSessionId, server: warehouse, user: shared, start: now - 5 * Self.day)
        let ties = Session(id: SeedFixtures.tieSessionId, server: docs, user: shared, start: SeedFixtures.tieTimestamp - 60_000)
        let globex = Session(id: SeedFixtures.sharedGlobexSessionId, server: billing, user: shared, start: now - 2 * Self.day + 3_600_000)
        let globex2 = Session(id: SeedFixtures.sharedGlobexSecondSessionId, server: tracker, user: shared, start: now - 8 * Self.day)
        let globexOnly = Session(id: SeedFixtures.globexOnlySessionId, server: calendar, user: Self.globexOnlyUser, start: now - 4 * Self.day)

        addSession(big, title: "Long research session: migrating the docs site")
        addSession(empty, title: "Opened and closed without a call")
        addSession(untitled, title: nil)
        addSession(ties, title: "Edge cases: ties, errors & big payloads")
        addSession(globex, title: "Invoice question (Globex)")
        addSession(globex2, title: nil)
        addSession(globexOnly, title: "Book the quarterly review")
        try await sessions.flush(to: db)

        // The big session: 520 calls, a few seconds apart, tickets sprinkled in.
        var time = big.start
        for index in 0..<SeedFixtures.bigSessionToolCallCount {
            time += rng.int64(in: 500...15_000)
            let tool = docs.tools[index % docs.tools.count]
            try await addToolCall(
                id: "tc_big_\(CalendarText.pad(Int64(index), 4))", at: time, tool: tool, session: big,
                input: SeedContent.input(for: tool, &rng), output: SeedContent.output(for: tool, &rng), to: db)
            if index % 90 == 45 {
                try await addTicket(
                    id: "sr_big_\(index / 90)", at: time + 1, status: SeedFixtures.ticketStatuses[index / 90 % 5],
                    priority: SeedFixtures.ticketPriorities[index / 90 % 4], email: SeedFixtures.sharedUserEmail,
                    server: docs, sessionId: big.id, using: &rng, to: db)
            }
        }

        // The untitled session: three calls and the resolved ticket.
        for index in 0..<3 {
            try await addToolCall(
                id: "tc_untitled_\(index)", at: untitled.start + Int64(index + 1) * 20_000, tool: "run_query",
                session: untitled, input: SeedContent.input(for: "run_query", &rng),
                output: .callToolResult("\(index * 7) rows returned", isError: false), to: db)
        }
        try await addTicket(
            id: SeedFixtures.resolvedTicketId, at: untitled.start + 90_000, status: "resolved", priority: "high",
            email: SeedFixtures.sharedUserEmail, server: warehouse, sessionId: untitled.id, using: &rng, to: db)

        try await writeTieSession(ties, using: &rng, to: db)

        // Globex: the shared user's activity there must never reach acme.
        try await addToolCall(
            id: SeedFixtures.sharedGlobexToolCallId, at: globex.start + 5_000, tool: "get_invoice", session: globex,
            input: ["invoice_id": "in_GLOBEX_1", "amount_cents": 129_900],
            output: .callToolResult("Invoice total: 1299.00 USD, status: open", isError: false), to: db)
        try await addToolCall(
            id: "tc_globex_shared_refund", at: globex.start + 65_000, tool: "refund_payment", session: globex,
            input: ["invoice_id": "in_GLOBEX_1", "amount_cents": 129_900],
            output: .callToolResult("Permission denied: refunds need approval", isError: true), to: db)
        try await addTicket(
            id: SeedFixtures.sharedGlobexTicketId, at: globex.start + 70_000, status: "pending", priority: "high",
            email: SeedFixtures.sharedUserEmail, server: billing, sessionId: globex.id, using: &rng, to: db)
        for index in 0..<2 {
            try await addToolCall(
                id: "tc_globex_shared_2_\(index)", at: globex2.start + Int64(index + 1) * 30_000, tool: "update_issue",
                session: globex2, input: SeedContent.input(for: "update_issue", &rng),
                output: SeedContent.output(for: "update_issue", &rng), to: db)
        }
        for index in 0..<4 {
            try await addToolCall(
                id: "tc_globex_only_\(index)", at: globexOnly.start + Int64(index + 1) * 45_000, tool: "find_free_slot",
                session: globexOnly, input: SeedContent.input(for: "find_free_slot", &rng),
                output: .callToolResult("Free: Tue 10:00–11:00", isError: false), to: db)
        }

        // An acme ticket of the shared user opened outside any session.
        try await addTicket(
            id: SeedFixtures.ticketOutsideSessionId, at: now - 3 * Self.day, status: "in_progress", priority: "medium",
            email: SeedFixtures.sharedUserEmail, server: nil, organizationId: SeedFixtures.acmeOrganizationId,
            sessionId: nil, using: &rng, to: db)
        // An acme ticket from a user who has sessions on globex only: the ticket is acme's,
        // the user is not.
        try await addTicket(
            id: SeedFixtures.globexOnlyUserAcmeTicketId, at: now - 2 * Self.day, status: "pending", priority: "low",
            email: SeedFixtures.globexOnlyUserEmail, server: nil, organizationId: SeedFixtures.acmeOrganizationId,
            sessionId: nil, using: &rng, to: db)
    }

    /// Ties on one timestamp, every kind of awkward tool call, and one ticket per
    /// status × priority.
    mutating func writeTieSession(_ ties: Session, using rng: inout SplitMix64, to db: any SQLDatabase) async throws {
        let tie = SeedFixtures.tieTimestamp
        // Inserted out of id order on purpose: readers must order by (created_at, id).
        for id in SeedFixtures.tiedToolCallIds.reversed() {
            try await addToolCall(
                id: id, at: tie, tool: "search_docs", session: ties, input: ["query": .string(id)],
                output: .callToolResult("Result for \(id)", isError: false), to: db)
        }
        try await addTicket(
            id: SeedFixtures.tiedTicketId, at: tie, status: "pending", priority: "low",
            email: SeedFixtures.sharedUserEmail, server: ties.server, sessionId: ties.id, using: &rng, to: db)

        let specials: [(String, String, SeedJSON?, SeedJSON?)] = [
            (SeedFixtures.errorToolCallId, "read_page", ["path": "/docs/missing"],
             .callToolResult("Resource not found: /docs/missing", isError: true)),
            (SeedFixtures.nullInputOutputToolCallId, "list_sections", nil, nil),
            (SeedFixtures.nestedInputToolCallId, "search_docs", SeedContent.nested(depth: SeedFixtures.nestedInputDepth),
             .callToolResult("Nested input accepted", isError: false)),
            (SeedFixtures.unicodeToolCallId, "summarize_page", ["query": .string(SeedFixtures.unicodeText)],
             .callToolResult(SeedFixtures.unicodeText + "\n\"quoted\" \\ backslash\ttab", isError: false)),
            (SeedFixtures.largeOutputToolCallId, "read_page", ["path": "/docs/changelog/full"],
             .callToolResult(SeedContent.largeText(bytes: SeedFixtures.largeOutputMinimumBytes + 4096), isError: false)),
            (SeedFixtures.nonMCPOutputToolCallId, "list_sections", ["limit": 3], .array(["Getting started", "API", "FAQ"])),
        ]
        for (index, special) in specials.enumerated() {
            try await addToolCall(
                id: special.0, at: tie + Int64(index + 1) * 1000, tool: special.1, session: ties,
                input: special.2, output: special.3, to: db)
        }

        var time = tie + 10_000
        for status in SeedFixtures.ticketStatuses {
            for priority in SeedFixtures.ticketPriorities {
                time += 1000
                try await addTicket(
                    id: "sr_fixture_\(status)_\(priority)", at: time, status: status, priority: priority,
                    email: SeedFixtures.sharedUserEmail, server: ties.server, sessionId: ties.id, using: &rng, to: db)
            }
        }
    }
}
