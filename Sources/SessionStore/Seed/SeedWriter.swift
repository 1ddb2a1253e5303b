/// Generates and writes one seeding's rows, table by table, in foreign-key order.
struct SeedWriter {
    struct Server {
        let id: String
        let slug: String
        let organizationId: String
        let tools: [String]
        let ticketMethod: String
    }

    struct User {
        let id: String
        let email: String?
        let name: String
    }

    struct Session {
        let id: String
        let server: Server
        let user: User
        let start: Int64
    }

    let seed: UInt64
    let scale: SeedScale
    var organizations: SeedBatch
    var servers: SeedBatch
    var users: SeedBatch
    var oauthUsers: SeedBatch
    var sessions: SeedBatch
    var toolCalls: SeedBatch
    var tickets: SeedBatch
    var serverList: [Server] = []
    var generatedUsers: [User] = []
    var toolCallIndex: UInt64 = 0
    var ticketIndex: UInt64 = 0

    static let day: Int64 = 86_400_000

    init(seed: UInt64, scale: SeedScale) {
        self.seed = seed
        self.scale = scale
        let limit = scale.batchSize
        organizations = SeedBatch(.organization, limit: limit)
        servers = SeedBatch(.servers, limit: limit)
        users = SeedBatch(.users, limit: limit)
        oauthUsers = SeedBatch(.oauthUsers, limit: limit)
        sessions = SeedBatch(.sessions, limit: limit)
        toolCalls = SeedBatch(.toolCalls, limit: limit)
        tickets = SeedBatch(.tickets, limit: limit)
    }

    mutating func write(to db: any SQLDatabase) async throws -> SeedSummary {
        try await writeCatalog(to: db)
        try await writeUsers(to: db)
        try await writeFixtureActivity(to: db)
        try await writeGeneratedActivity(to: db)
        try await writeTicketsOutsideSessions(to: db)
        if scale == .bench { try await writeHardCases(to: db) }
        for batch in [\SeedWriter.sessions, \.toolCalls, \.tickets] {
            try await self[keyPath: batch].flush(to: db)
        }
        var summary = SeedSummary()
        summary.organizations = organizations.written
        summary.servers = servers.written
        summary.users = users.written
        summary.oauthUsers = oauthUsers.written
        summary.sessions = sessions.written
        summary.toolCalls = toolCalls.written
        summary.tickets = tickets.written
        return summary
    }

    /// A unique, random-looking id: `prefix` + 16 hex digits of a bijection of `index`.
    func id(_ prefix: String, _ index: UInt64, stream: String) -> String {
        let salt = SplitMix64(seed: seed, stream: stream).peek
        let hex = String(SplitMix64.mix(index &+ salt), radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Organizations and servers

    mutating func writeCatalog(to db: any SQLDatabase) async throws {
        for (index, organization) in SeedVocabulary.organizations.enumerated() {
            let created = SeedFixtures.referenceTime - 400 * Self.day + Int64(index) * 17 * Self.day
            try await organizations.add([
                .text(organization.id), .text(organization.name), .text(organization.slug),
                index == 2 ? .null : .text("https://logos.example.com/\(organization.slug).png"),
                .text(CalendarText.timestamp(epochMilliseconds: created)),
                index == 1 ? .null : .text(#"{"plan": "\#(index == 0 ? "enterprise" : "team")"}"#),
            ], to: db)
        }
        try await organizations.flush(to: db)

        for (index, server) in SeedVocabulary.servers.enumerated() {
            let organizationId = SeedVocabulary.organizations[server.organization].id
            let product = SeedVocabulary.products[server.product]
            let issuer: SQLValue = switch server.auth {
            case "platform_oauth": .text("https://auth.mcplatform.example.com")
            case "custom_oauth": .text("https://login.\(server.slug).example.com/oauth2")
            default: .null
            }
            try await servers.add([
                .text(server.id), .text(organizationId), .text(server.name), .text(product.product), .text(server.slug),
                .int(SeedFixtures.referenceTime - 300 * Self.day + Int64(index) * 9 * Self.day), issuer,
                .text(server.auth), .text(server.tickets),
            ], to: db)
            serverList.append(Server(
                id: server.id, slug: server.slug, organizationId: organizationId, tools: product.tools,
                ticketMethod: server.tickets))
        }
        try await servers.flush(to: db)
    }

    func server(_ id: String) -> Server {
        serverList.first { $0.id == id }!
    }

    // MARK: Users

    static let sharedUser = User(id: SeedFixtures.sharedUserId, email: SeedFixtures.sharedUserEmail, name: SeedFixtures.sharedUserName)
    static let globexOnlyUser = User(id: SeedFixtures.globexOnlyUserId, email: SeedFixtures.globexOnlyUserEmail, name: "Gina Globex")

    mutating func writeUsers(to db: any SQLDatabase) async throws {
        var rng = SplitMix64(seed: seed, stream: "users")
        let firstSeen = SeedFixtures.referenceTime - 200 * Self.day
        try await users.add([
            .text(Self.sharedUser.id), .text(SeedFixtures.sharedUserDistinctId), .text(SeedFixtures.sharedUserEmail),
            .text("oauth2|shared-user"), .json((["name": .string(SeedFixtures.sharedUserName), "locale": "es-ES"] as SeedJSON).text),
            .int(firstSeen),
        ], to: db)
        try await oauthUsers.add([
            .text("ou_shared_user"), .text(SeedFixtures.sharedUserName), .text(SeedFixtures.sharedUserEmail), .bool(true),
            .text("https://avatars.example.com/shared-user.png"),
            .text(CalendarText.timestamp(epochMilliseconds: firstSeen)),
            .text(CalendarText.timestamp(epochMilliseconds: firstSeen + 30 * Self.day)),
        ], to: db)
        try await users.add([
            .text(Self.globexOnlyUser.id), .text("did_globex_only"), .text(SeedFixtures.globexOnlyUserEmail), .null, .null,
            .int(firstSeen + Self.day),
        ], to: db)

        for index in 0..<scale.userCount {
            let cjk = rng.chance(0.1)
            let first = rng.pick(SeedVocabulary.firstNames)
            let last = rng.pick(SeedVocabulary.lastNames)
            let name = cjk ? rng.pick(SeedVocabulary.cjkNames) : "\(first) \(last)"
            let hasEmail = rng.chance(0.8)
            let local = (first + "." + last).lowercased().filter { $0.isASCII && ($0.isLetter || $0 == ".") }
            let email = hasEmail ? "\(local)\(index)@\(rng.pick(SeedVocabulary.emailDomains))" : nil
            let user = User(id: id("mcpu_", UInt64(index), stream: "user-id"), email: email, name: name)
            let seen = SeedFixtures.referenceTime - rng.int64(in: 1...(120 * Self.day))
            let profile: SQLValue = rng.chance(0.6)
                ? .json(([
                    "name": .string(name), "locale": .string(rng.pick(["en-US", "fr-FR", "ja-JP", "pt-BR", "de-DE"])),
                    "timezone": .string(rng.pick(["UTC", "Europe/Lisbon", "Asia/Tokyo", "America/Sao_Paulo"])),
                ] as SeedJSON).text)
                : .null
            try await users.add([
                .text(user.id), .text(id("did_", UInt64(index), stream: "distinct-id")), email.map(SQLValue.text) ?? .null,
                rng.chance(0.5) ? .text("oauth2|" + id("", UInt64(index), stream: "upstream-sub")) : .null,
                profile, .int(seen),
            ], to: db)
            if let email, rng.chance(0.4) {
                let created = seen - rng.int64(in: 0...(10 * Self.day))
                try await oauthUsers.add([
                    .text(id("ou_", UInt64(index), stream: "oauth-id")), .text(name), .text(email), .bool(rng.chance(0.7)),
                    rng.chance(0.5) ? .text("https://avatars.example.com/\(id("", UInt64(index), stream: "avatar")).png") : .null,
                    .text(CalendarText.timestamp(epochMilliseconds: created)),
                    .text(CalendarText.timestamp(epochMilliseconds: created + rng.int64(in: 0...(30 * Self.day)))),
                ], to: db)
            }
            generatedUsers.append(user)
        }
        try await users.flush(to: db)
        try await oauthUsers.flush(to: db)
    }
}

extension SplitMix64 {
    /// The next value of a fresh copy, without advancing this generator.
    var peek: UInt64 {
        var copy = self
        return copy.next()
    }
}
