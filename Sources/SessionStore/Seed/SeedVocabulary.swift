/// Words the seeder composes realistic rows from. Names include accents, CJK and other
/// scripts on purpose: the product must render them.
enum SeedVocabulary {
    static let firstNames = [
        "Ava", "Liam", "Noah", "Emma", "Olivia", "Mateo", "Sofia", "Lucas", "Mia", "Ethan",
        "Zoë", "José", "Chloé", "Björn", "Søren", "Ana", "Hiroshi", "Yuki", "Priya", "Arjun",
        "Fatima", "Omar", "Chen", "Wei", "Min-jun", "Seo-yeon", "Olusegun", "Amara", "Mateus", "Inès",
        "Łukasz", "Dmitri", "Nadia", "Kofi", "Aisha", "Diego", "Lea", "Jonas", "Elif", "Mehmet",
    ]
    static let lastNames = [
        "Smith", "Johnson", "García", "Müller", "Rossi", "Dubois", "Nakamura", "Kim", "Singh", "Patel",
        "Okafor", "Nguyen", "Silva", "Kowalski", "Andersson", "O'Neill", "Fernández", "Schröder", "Haddad", "Costa",
        "Ivanova", "Mensah", "Yilmaz", "Tanaka", "Lee", "Wang", "Brown", "Novák", "Jensen", "Moreau",
    ]
    static let cjkNames = ["王芳", "李雷", "山田太郎", "佐藤花子", "김민준", "陳美玲"]
    static let emailDomains = ["example.com", "example.org", "example.net", "mail.example.com", "corp.example.io"]

    /// (product, tools) offered by the seeded servers.
    static let products: [(product: String, tools: [String])] = [
        ("Docs", ["search_docs", "read_page", "list_sections", "summarize_page"]),
        ("GitHub", ["create_issue", "list_issues", "add_comment", "get_pull_request", "search_code"]),
        ("Linear", ["create_issue", "update_issue", "list_projects", "assign_issue"]),
        ("Stripe", ["get_invoice", "list_charges", "refund_payment", "get_customer"]),
        ("Postgres", ["run_query", "list_tables", "describe_table", "explain_query"]),
        ("Slack", ["send_message", "list_channels", "search_messages"]),
        ("Calendar", ["list_events", "create_event", "find_free_slot"]),
        ("Weather", ["get_forecast", "get_current_conditions"]),
    ]

    static let sessionTitles = [
        "Set up the API client", "Why is my invoice wrong?", "Debugging the deploy pipeline",
        "Find docs on webhooks", "Refund for order #4821", "Quarterly report numbers",
        "Migrate issues from Jira", "Slow query on orders table", "Onboarding checklist",
        "Rate limit errors (429)", "Café menu integration ☕", "Deploy 🚀 checklist",
        "東京オフィスの会議室予約", "Résumé parser misbehaving", "Weekly standup notes",
        "Can't log in with SSO", "Export customers to CSV", "Fix flaky test in CI",
        "Plan next sprint", "Weather for the offsite 🌦️", "Schema design review",
        "\"Quoted\" title with 'apostrophes'", "Billing: proration question", "Search returns nothing",
    ]

    static let queries = [
        "authentication", "webhooks retry policy", "pagination", "rate limits", "SSO setup",
        "invoice proration", "refund policy", "deploy to production", "environment variables",
        "error 500 on upload", "how to rotate API keys", "naïve date handling", "日本語 ドキュメント",
    ]

    static let ticketTitles = [
        "Tool returned an error", "Cannot access my account", "Wrong data in the report",
        "Feature request: export", "Billing discrepancy", "The assistant got stuck",
        "Permission denied on repository", "Timeout when searching docs", "Données manquantes",
    ]

    static let ticketSummaries = [
        "User could not complete the task because the tool kept failing.",
        "Customer reports mismatched totals between the dashboard and the invoice.",
        "Search for the requested page returned no results.",
        "The session ended with an authorization error from the upstream service.",
        "User asks for a way to export the conversation.",
    ]

    static let errorMessages = [
        "Upstream service returned 503 Service Unavailable",
        "Permission denied: missing scope repo:write",
        "Rate limit exceeded; retry after 30 seconds",
        "Invalid argument: 'limit' must be between 1 and 100",
        "Resource not found",
        "Request timed out after 30000 ms",
    ]

    static let organizations: [(id: String, slug: String, name: String)] = [
        (SeedFixtures.acmeOrganizationId, SeedFixtures.acmeSlug, "Acme Corporation"),
        (SeedFixtures.globexOrganizationId, SeedFixtures.globexSlug, "Globex Industries"),
        (SeedFixtures.initechOrganizationId, SeedFixtures.initechSlug, "Initech Software"),
    ]

    /// The servers: (organization index, id, slug, name, product index, auth type, ticket method).
    static let servers: [(organization: Int, id: String, slug: String, name: String, product: Int, auth: String, tickets: String)] = [
        (0, SeedFixtures.acmeDocsServerId, SeedFixtures.acmeDocsServerSlug, "Acme Docs", 0, "none", "dashboard"),
        (0, SeedFixtures.acmeIssuesServerId, SeedFixtures.acmeIssuesServerSlug, "Acme Issues", 1, "platform_oauth", "linear"),
        (0, "srv_acme_db", "acme-db", "Acme Data Warehouse", 4, "custom_oauth", "slack"),
        (0, "srv_acme_chat", "acme-chat", "Acme Chat", 5, "collect_email", "none"),
        (1, SeedFixtures.globexBillingServerId, SeedFixtures.globexBillingServerSlug, "Globex Billing", 3, "platform_oauth", "dashboard"),
        (1, "srv_globex_tracker", "globex-tracker", "Globex Tracker", 2, "collect_email", "linear"),
        (1, "srv_globex_calendar", "globex-calendar", "Globex Calendar", 6, "none", "slack"),
        (2, "srv_initech_docs", "initech-docs", "Initech Handbook", 0, "none", "dashboard"),
        (2, "srv_initech_weather", "initech-weather", "Initech Weather", 7, "custom_oauth", "none"),
        (2, "srv_initech_github", "initech-github", "Initech GitHub", 1, "platform_oauth", "dashboard"),
    ]
}
