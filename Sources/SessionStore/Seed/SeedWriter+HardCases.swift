/// Bench scale's hard cases, where a read that costs what its parent holds would show: a
/// 50,000-item session, an organization of more than 100,000 users, and 1 MB outputs.
extension SeedWriter {
    mutating func writeHardCases(to db: any SQLDatabase) async throws {
        var rng = SplitMix64(seed: seed, stream: "hard-cases")
        let docs = server(SeedFixtures.acmeDocsServerId)
        let start = SeedFixtures.referenceTime - 2 * Self.day

        // The huge session: one tool call or ticket every ~1.7 s for a day.
        let huge = Session(id: SeedFixtures.hugeSessionId, server: docs, user: Self.sharedUser, start: start)
        addSession(huge, title: "Nightly import, every record")
        try await sessions.flush(to: db)
        var time = start
        for index in 0..<SeedFixtures.hugeSessionItemCount {
            time += rng.int64(in: 0...3_400)
            if index % 25 == 24 {
                try await addTicket(
                    id: nextTicketId(), at: time, status: rng.pick(SeedFixtures.ticketStatuses),
                    priority: rng.pick(SeedFixtures.ticketPriorities), email: SeedFixtures.sharedUserEmail,
                    server: docs, sessionId: huge.id, using: &rng, to: db)
            } else {
                let tool = rng.pick(docs.tools)
                try await addToolCall(
                    id: nextToolCallId(), at: time, tool: tool, session: huge,
                    input: SeedContent.input(for: tool, &rng), output: SeedContent.output(for: tool, &rng), to: db)
            }
        }

        // Outputs of about 1 MB: a CallToolResult whose one text is a long export.
        let megabytes = Session(
            id: SeedFixtures.megabyteSessionId, server: docs, user: Self.sharedUser, start: start - Self.day)
        addSession(megabytes, title: "Full export")
        try await sessions.flush(to: db)
        let line = "row,\(String(repeating: "0123456789abcdef", count: 4))\n"
        let text = String(repeating: line, count: 1_048_576 / line.utf8.count)
        for index in 0..<SeedFixtures.megabyteOutputCount {
            try await toolCalls.flush(to: db)
            try await addToolCall(
                id: nextToolCallId(), at: megabytes.start + Int64(index) * 60_000, tool: "export", session: megabytes,
                input: ["format": "csv", "part": .int(Int64(index))],
                output: .callToolResult(text, isError: false), to: db)
            // One row per statement: a batch of 1 MB rows would make one very large INSERT.
            try await toolCalls.flush(to: db)
        }

        // The crowd: acme users with one short session each.
        let servers = serverList.filter { $0.organizationId == SeedFixtures.acmeOrganizationId }
        var pending: [Session] = []
        for index in 0..<SeedFixtures.crowdUserCount {
            let user = User(id: id("mcpu_", UInt64(index), stream: "crowd-user-id"), email: nil, name: "")
            try await users.add([
                .text(user.id), .text(id("did_", UInt64(index), stream: "crowd-distinct-id")),
                .text("crowd\(index)@crowd.example.com"), .null, .null,
                .int(SeedFixtures.referenceTime - rng.int64(in: (30 * Self.day)...(90 * Self.day))),
            ], to: db)
            let session = Session(
                id: id("sess_", UInt64(index), stream: "crowd-session-id"), server: rng.pick(servers), user: user,
                start: SeedFixtures.referenceTime - 5 * Self.day - rng.int64(in: 0...(60 * Self.day)))
            pending.append(session)
            if pending.count == scale.batchSize || index == SeedFixtures.crowdUserCount - 1 {
                try await users.flush(to: db)
                for session in pending { addSession(session, title: nil) }
                try await sessions.flush(to: db)
                for session in pending where rng.chance(0.5) {
                    let tool = rng.pick(session.server.tools)
                    try await addToolCall(
                        id: nextToolCallId(), at: session.start + rng.int64(in: 500...60_000), tool: tool,
                        session: session, input: SeedContent.input(for: tool, &rng),
                        output: SeedContent.output(for: tool, &rng), to: db)
                }
                pending.removeAll(keepingCapacity: true)
            }
        }
    }
}
