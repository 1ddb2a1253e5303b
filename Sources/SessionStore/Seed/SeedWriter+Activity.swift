/// Generated sessions with their tool calls and tickets.
extension SeedWriter {
    mutating func writeGeneratedActivity(to db: any SQLDatabase) async throws {
        var rng = SplitMix64(seed: seed, stream: "sessions")
        var pending: [Session] = []
        pending.reserveCapacity(scale.batchSize)
        for index in 0..<scale.sessionCount {
            // Activity is skewed: a few users hold many sessions, most hold a few.
            let userIndex = Int(Double(generatedUsers.count) * rng.unit() * rng.unit())
            let session = Session(
                id: id("sess_", UInt64(index), stream: "session-id"),
                server: rng.pick(serverList),
                user: generatedUsers[userIndex],
                start: SeedFixtures.referenceTime - 3 * Self.day - rng.int64(in: 0...(60 * Self.day)))
            let title: String? = rng.chance(0.35) ? nil : rng.pick(SeedVocabulary.sessionTitles)
            addSession(session, title: title)
            pending.append(session)
            if pending.count == scale.batchSize || index == scale.sessionCount - 1 {
                // Sessions must exist before the items that reference them.
                try await sessions.flush(to: db)
                for session in pending {
                    try await addItems(of: session, using: &rng, to: db)
                }
                pending.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Buffers a session row; the caller flushes sessions before adding their items.
    mutating func addSession(_ session: Session, title: String?) {
        sessions.appendRow([
            .text(session.id), title.map(SQLValue.text) ?? .null, .text(session.server.slug),
            .text(CalendarText.date(epochMilliseconds: session.start)), .int(session.start), .text(session.user.id),
        ])
    }

    mutating func addItems(of session: Session, using rng: inout SplitMix64, to db: any SQLDatabase) async throws {
        var time = session.start
        for _ in 0..<rng.int(in: 0...scale.maxToolCallsPerSession) {
            // Now and then two calls land in the same millisecond (ties are broken by id).
            if !rng.chance(0.05) { time += rng.int64(in: 300...120_000) }
            let tool = rng.pick(session.server.tools)
            let input: SeedJSON? = rng.chance(0.03) ? nil : SeedContent.input(for: tool, &rng)
            try await addToolCall(
                id: nextToolCallId(), at: time, tool: tool, session: session,
                input: input, output: SeedContent.output(for: tool, &rng), to: db)
        }
        if rng.chance(scale.ticketShare) {
            for _ in 0..<rng.int(in: 1...2) {
                time += rng.int64(in: 1000...600_000)
                let status = rng.pick(SeedFixtures.ticketStatuses)
                try await addTicket(
                    id: nextTicketId(), at: time, status: session.user.email == nil ? "needs_email" : status,
                    priority: rng.pick(SeedFixtures.ticketPriorities), email: session.user.email ?? "",
                    server: session.server, sessionId: session.id, using: &rng, to: db)
            }
        }
    }

    mutating func nextToolCallId() -> String {
        toolCallIndex += 1
        return id("tc_", toolCallIndex, stream: "tool-call-id")
    }

    mutating func nextTicketId() -> String {
        ticketIndex += 1
        return id("sr_", ticketIndex, stream: "ticket-id")
    }

    mutating func addToolCall(
        id: String, at time: Int64, tool: String, session: Session, input: SeedJSON?, output: SeedJSON?,
        to db: any SQLDatabase
    ) async throws {
        try await toolCalls.add([
            .text(id), .int(time), .text(session.server.id), .text(tool), .text(session.user.id), .text(session.id),
            input.map { .json($0.text) } ?? .null, output.map { .json($0.text) } ?? .null,
        ], to: db)
    }

    mutating func addTicket(
        id: String, at time: Int64, status: String, priority: String, email: String, server: Server?,
        organizationId: String? = nil, sessionId: String?, using rng: inout SplitMix64, to db: any SQLDatabase
    ) async throws {
        let resolved = status == "resolved" || (status == "closed" && rng.chance(0.5))
        let tool = server.map { rng.pick($0.tools) } ?? "unknown"
        try await tickets.add([
            .text(id), .int(time), .text(rng.pick(SeedVocabulary.ticketTitles)),
            rng.chance(0.9) ? .text(rng.pick(SeedVocabulary.ticketSummaries)) : .null,
            rng.chance(0.8) ? .text(SeedContent.ticketContext(tool: tool, &rng)) : .null,
            .text(status), .text(server?.ticketMethod ?? "dashboard"),
            resolved ? .int(time + rng.int64(in: 60_000...(5 * Self.day))) : .null,
            .text(email), .text(organizationId ?? server!.organizationId), server.map { .text($0.id) } ?? .null,
            sessionId.map(SQLValue.text) ?? .null,
            rng.chance(0.3) ? .text("member_\(rng.pick(["ops", "lena", "marco", "yuki"]))") : .null,
            .text(priority),
        ], to: db)
    }

    /// Tickets opened from the dashboard or by email, outside any session.
    mutating func writeTicketsOutsideSessions(to db: any SQLDatabase) async throws {
        var rng = SplitMix64(seed: seed, stream: "tickets-outside")
        for organization in SeedVocabulary.organizations {
            let own = serverList.filter { $0.organizationId == organization.id }
            for _ in 0..<scale.ticketsOutsideSessionsPerOrganization {
                let user = rng.pick(generatedUsers)
                try await addTicket(
                    id: nextTicketId(), at: SeedFixtures.referenceTime - rng.int64(in: 0...(60 * Self.day)),
                    status: rng.pick(SeedFixtures.ticketStatuses), priority: rng.pick(SeedFixtures.ticketPriorities),
                    email: user.email ?? "anonymous@example.com", server: rng.chance(0.5) ? rng.pick(own) : nil,
                    organizationId: organization.id, sessionId: nil, using: &rng, to: db)
            }
        }
    }
}
