/// How much data `sessionql seed` writes.
public enum SeedScale: String, Sendable, CaseIterable {
    /// Demo and test data: a few hundred users, a few thousand sessions and items; seconds.
    case small
    /// Load-test data: ≥10,000 users, ≥100,000 sessions, ≥1,000,000 tool calls.
    case bench

    /// Generated end users (the fixed fixture users come on top).
    var userCount: Int {
        switch self {
        case .small: 240
        case .bench: 12_000
        }
    }

    /// Generated sessions (fixture sessions come on top).
    var sessionCount: Int {
        switch self {
        case .small: 640
        case .bench: 120_000
        }
    }

    /// Tool calls per generated session are uniform in 0...maxToolCallsPerSession.
    var maxToolCallsPerSession: Int {
        switch self {
        case .small: 6
        case .bench: 18
        }
    }

    /// Share of generated sessions that get one or more support tickets.
    var ticketShare: Double { 0.08 }

    /// Tickets opened outside any session, per organization.
    var ticketsOutsideSessionsPerOrganization: Int {
        switch self {
        case .small: 8
        case .bench: 200
        }
    }

    /// Rows per multi-row INSERT statement.
    var batchSize: Int { 1000 }
}
