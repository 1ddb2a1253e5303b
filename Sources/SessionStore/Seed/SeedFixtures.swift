/// Fixed rows every seed contains, whatever its number or scale, so tests, the API layer
/// and demos can name them. Generated rows come on top of these.
public enum SeedFixtures {
    // Organizations.
    public static let acmeOrganizationId = "org_acme"
    public static let acmeSlug = "acme"
    public static let globexOrganizationId = "org_globex"
    public static let globexSlug = "globex"
    public static let initechOrganizationId = "org_initech"
    public static let initechSlug = "initech"

    // Servers (id / slug).
    public static let acmeDocsServerId = "srv_acme_docs"
    public static let acmeDocsServerSlug = "acme-docs"
    public static let acmeIssuesServerId = "srv_acme_issues"
    public static let acmeIssuesServerSlug = "acme-issues"
    public static let globexBillingServerId = "srv_globex_billing"
    public static let globexBillingServerSlug = "globex-billing"

    /// The end user with sessions on servers of BOTH acme and globex (tenancy tests).
    public static let sharedUserId = "mcpu_shared_user"
    public static let sharedUserEmail = "shared.user@example.com"
    public static let sharedUserDistinctId = "did_shared_user"
    /// The shared user's name in `mcp_oauth_user`.
    public static let sharedUserName = "Sasha Marín"

    /// A user seen only by globex, never by acme.
    public static let globexOnlyUserId = "mcpu_globex_only"
    public static let globexOnlyUserEmail = "gina.globex@example.org"

    /// The shared user's acme session holding `bigSessionToolCallCount` tool calls and
    /// `bigSessionTicketCount` tickets (paging through a long timeline).
    public static let bigSessionId = "sess_acme_big"
    public static let bigSessionToolCallCount = 520
    public static let bigSessionTicketCount = 6
    /// Bench scale only: the shared user's acme session with `hugeSessionItemCount` items,
    /// tool calls and tickets mixed (a page must not cost what the session holds).
    public static let hugeSessionId = "sess_acme_huge"
    public static let hugeSessionItemCount = 50_000
    /// Bench scale only: an acme session whose tool calls have outputs of about 1 MB.
    public static let megabyteSessionId = "sess_acme_megabytes"
    public static let megabyteOutputCount = 4
    /// Bench scale only: extra acme users, one session each, so that acme has more than
    /// 100,000 users.
    public static let crowdUserCount = 100_000
    /// An acme session with no tool calls and no tickets.
    public static let emptySessionId = "sess_acme_empty"
    /// An acme session without a title (display title falls back to the server name).
    public static let untitledSessionId = "sess_acme_untitled"
    /// An acme session whose items share `created_at` values (ties broken by id), and
    /// which holds the special tool calls below.
    public static let tieSessionId = "sess_acme_ties"
    public static let tieTimestamp: Int64 = 1_767_000_000_000
    /// The shared user's globex sessions.
    public static let sharedGlobexSessionId = "sess_globex_shared"
    public static let sharedGlobexSecondSessionId = "sess_globex_shared_2"
    /// The globex-only user's session.
    public static let globexOnlySessionId = "sess_globex_only"

    // Special tool calls (all in `tieSessionId` unless noted).
    public static let errorToolCallId = "tc_fixture_error"
    public static let nullInputOutputToolCallId = "tc_fixture_null_io"
    public static let nestedInputToolCallId = "tc_fixture_nested"
    public static let nestedInputDepth = 24
    public static let unicodeToolCallId = "tc_fixture_unicode"
    public static let unicodeText = "Résumé für Zoë — 東京の天気は晴れ ☀️ 🚀👩🏽‍💻"
    public static let largeOutputToolCallId = "tc_fixture_large_output"
    /// Minimum size in bytes of the large output's text.
    public static let largeOutputMinimumBytes = 100 * 1024
    public static let nonMCPOutputToolCallId = "tc_fixture_plain_output"
    /// Tool calls of `tieSessionId` sharing `tieTimestamp` as `created_at`.
    public static let tiedToolCallIds = ["tc_fixture_tie_a", "tc_fixture_tie_b", "tc_fixture_tie_c"]
    /// A ticket of `tieSessionId` also created at `tieTimestamp`.
    public static let tiedTicketId = "sr_fixture_tie"
    /// A globex tool call of the shared user (must never show to acme).
    public static let sharedGlobexToolCallId = "tc_fixture_globex_shared"

    // Tickets.
    /// Acme tickets opened by the shared user outside any session.
    public static let ticketOutsideSessionId = "sr_fixture_no_session"
    /// An acme ticket from the globex-only user's email, outside any session: acme owns the
    /// ticket, but the user stays invisible to acme (no session on its servers).
    public static let globexOnlyUserAcmeTicketId = "sr_fixture_globex_only_user"
    /// A resolved ticket with `resolved_at` set.
    public static let resolvedTicketId = "sr_fixture_resolved"
    /// A globex ticket of the shared user.
    public static let sharedGlobexTicketId = "sr_fixture_globex_shared"
    /// One acme ticket per status × priority, in the tie session: `sr_fixture_<status>_<priority>`.
    public static let ticketStatuses = ["needs_email", "pending", "in_progress", "resolved", "closed"]
    public static let ticketPriorities = ["low", "medium", "high", "critical"]

    /// Epoch milliseconds all seeded activity is measured back from (2026-01-01T00:00:00Z),
    /// fixed so that a seed never depends on the clock.
    public static let referenceTime: Int64 = 1_767_225_600_000
}
