import Foundation
import GraphQLCore
import SessionStore

/// Reads the `filter` input objects into the store's filters. Values arrive coerced (enum
/// names as strings, `DateTime` as epoch milliseconds); what coercion cannot check (text
/// lengths, list sizes) is refused here with `BAD_USER_INPUT`.
enum FilterArguments {
    /// Longest `search` text, and most entries of a list condition.
    static let maxSearchLength = 200
    static let maxListEntries = 100

    static func timeline(_ arguments: GraphQLObject, field: String) throws -> TimelineFilter {
        guard let filter = arguments.object("filter") else { return .none }
        return TimelineFilter(
            kinds: try strings(filter, "kinds", field: field).map { names in
                Set(names.map { $0 == "SUPPORT_TICKET" ? TimelineItemKind.supportTicket : .toolCall })
            },
            toolNames: try strings(filter, "toolNames", field: field),
            isError: filter.bool("isError"),
            since: filter.int("since").map(Int64.init), until: filter.int("until").map(Int64.init),
            search: try search(filter, field: field))
    }

    static func sessions(_ arguments: GraphQLObject, field: String) throws -> SessionFilter {
        guard let filter = arguments.object("filter") else { return .none }
        return SessionFilter(
            serverIds: try strings(filter, "serverIds", field: field),
            since: filter.int("since").map(Int64.init), until: filter.int("until").map(Int64.init),
            hasErrors: filter.bool("hasErrors"), hasTickets: filter.bool("hasTickets"),
            search: try search(filter, field: field))
    }

    static func tickets(_ arguments: GraphQLObject, field: String) throws -> SupportTicketFilter {
        guard let filter = arguments.object("filter") else { return .none }
        return SupportTicketFilter(
            statuses: try strings(filter, "statuses", field: field).map { names in
                Set(SupportTicketStatus.allCases.filter { names.contains($0.graphQLName) })
            },
            priorities: try strings(filter, "priorities", field: field).map { names in
                Set(SupportTicketPriority.allCases.filter { names.contains($0.graphQLName) })
            },
            since: filter.int("since").map(Int64.init), until: filter.int("until").map(Int64.init),
            search: try search(filter, field: field))
    }

    /// A users-list search: trimmed, nil when blank.
    static func search(_ text: String?, argument: String, field: String) throws -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maxSearchLength else {
            throw GraphQLError("\"\(argument)\" of \(field) must be at most \(maxSearchLength) characters.", code: .badUserInput)
        }
        return trimmed
    }

    private static func search(_ filter: GraphQLObject, field: String) throws -> String? {
        try search(filter.string("search"), argument: "filter.search", field: field)
    }

    private static func strings(_ filter: GraphQLObject, _ name: String, field: String) throws -> [String]? {
        guard let values = filter.strings(name) else { return nil }
        guard values.count <= maxListEntries else {
            throw GraphQLError("\"filter.\(name)\" of \(field) takes at most \(maxListEntries) entries.", code: .badUserInput)
        }
        return values
    }
}
