/// Tool-call inputs and outputs and ticket texts, composed from `SeedVocabulary`.
enum SeedContent {
    /// Arguments a tool of that name plausibly receives.
    static func input(for tool: String, _ rng: inout SplitMix64) -> SeedJSON {
        switch tool {
        case "search_docs", "search_code", "search_messages":
            return ["query": .string(rng.pick(SeedVocabulary.queries)), "limit": .int(Int64(rng.int(in: 1...5) * 5))]
        case "read_page", "summarize_page":
            return ["path": .string("/docs/\(rng.pick(["guides", "api", "faq"]))/\(rng.int(in: 1...300))")]
        case "create_issue":
            return [
                "title": .string(rng.pick(SeedVocabulary.ticketTitles)),
                "labels": .array([.string(rng.pick(["bug", "p1", "customer"])), .string("from-mcp")]),
                "body": .string(rng.pick(SeedVocabulary.ticketSummaries)),
            ]
        case "update_issue", "assign_issue", "add_comment":
            return ["issue": .string("ISS-\(rng.int(in: 100...9999))"), "comment": .string(rng.pick(SeedVocabulary.ticketSummaries))]
        case "get_invoice", "refund_payment":
            return ["invoice_id": .string("in_\(rng.int(in: 10000...99999))"), "amount_cents": .int(Int64(rng.int(in: 100...250_000)))]
        case "run_query", "explain_query":
            return ["sql": .string("SELECT id, total FROM orders WHERE customer_id = \(rng.int(in: 1...5000)) ORDER BY created_at DESC LIMIT 20")]
        case "send_message":
            return ["channel": .string("#\(rng.pick(["support", "eng", "general"]))"), "text": .string(rng.pick(SeedVocabulary.sessionTitles))]
        case "create_event", "find_free_slot":
            return ["title": .string(rng.pick(SeedVocabulary.sessionTitles)), "duration_minutes": .int(Int64(rng.int(in: 1...8) * 15)), "attendees": .array([.string("team@example.com")])]
        case "get_forecast", "get_current_conditions":
            return ["city": .string(rng.pick(["Lisbon", "São Paulo", "東京", "Zürich", "Reykjavík", "Nairobi"])), "units": .string("metric")]
        default:
            return ["limit": .int(Int64(rng.int(in: 1...50))), "cursor": rng.chance(0.5) ? .null : .string("c_\(rng.int(in: 1...999))")]
        }
    }

    /// A successful result's text for a tool.
    static func resultText(for tool: String, _ rng: inout SplitMix64) -> String {
        switch tool {
        case "search_docs", "search_code", "search_messages":
            let count = rng.int(in: 0...4)
            if count == 0 { return "No results found." }
            return (1...count).map { "\($0). \(rng.pick(SeedVocabulary.sessionTitles)) — /docs/guides/\(rng.int(in: 1...300))" }
                .joined(separator: "\n")
        case "create_issue": return "Created issue ISS-\(rng.int(in: 100...9999))."
        case "get_invoice": return "Invoice total: \(rng.int(in: 1...2500)).\(rng.int(in: 10...99)) EUR, status: paid"
        case "run_query": return "\(rng.int(in: 0...20)) rows returned in \(rng.int(in: 2...900)) ms"
        case "get_forecast": return "Forecast: \(rng.int(in: -5...34)) °C, \(rng.pick(["sunny ☀️", "rain 🌧️", "cloudy ☁️", "snow ❄️"]))"
        default: return "OK: \(rng.pick(SeedVocabulary.ticketSummaries))"
        }
    }

    /// An output as MCPlatform stores them: mostly CallToolResults, some errors, some
    /// with several content blocks, a few null or other JSON.
    static func output(for tool: String, _ rng: inout SplitMix64) -> SeedJSON? {
        let roll = rng.unit()
        if roll < 0.03 { return nil }
        if roll < 0.11 { return .callToolResult(rng.pick(SeedVocabulary.errorMessages), isError: true) }
        if roll < 0.13 { return .array([.string(resultText(for: tool, &rng)), .int(Int64(rng.int(in: 0...99)))]) }
        if roll < 0.16 {
            return [
                "content": .array([
                    ["type": "text", "text": .string(resultText(for: tool, &rng))],
                    ["type": "text", "text": .string("Next page cursor: c_\(rng.int(in: 1...999))")],
                ]),
                "isError": false,
            ]
        }
        return .callToolResult(resultText(for: tool, &rng), isError: false)
    }

    static func ticketContext(tool: String, _ rng: inout SplitMix64) -> String {
        "Last tool call: \(tool)\nError: \(rng.pick(SeedVocabulary.errorMessages))\nUser said: \"\(rng.pick(SeedVocabulary.queries))\""
    }

    /// A JSON object nested `depth` levels deep.
    static func nested(depth: Int) -> SeedJSON {
        var value: SeedJSON = ["leaf": [1, "two", .null, true, ["key": "value"]]]
        for level in stride(from: depth, through: 1, by: -1) {
            value = ["level": .int(Int64(level)), "child": value, "tags": .array([.string("l\(level)")])]
        }
        return value
    }

    /// A log-like text of at least `bytes` UTF-8 bytes.
    static func largeText(bytes: Int) -> String {
        var text = ""
        var line = 0
        while text.utf8.count < bytes {
            line += 1
            text += "2025-12-29T10:\(CalendarText.pad(Int64(line / 60 % 60), 2)):\(CalendarText.pad(Int64(line % 60), 2))Z INFO worker[\(line % 8)] processed batch \(line) — 250 records, 0 errors ✓\n"
        }
        return text
    }
}
