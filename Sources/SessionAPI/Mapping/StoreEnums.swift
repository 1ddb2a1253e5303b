import SessionStore

/// Store enums carry the database's values (`in_progress`); GraphQL enum values are the
/// same words in upper case (`IN_PROGRESS`), a rule that holds for every enum of the schema.
protocol GraphQLEnumMapped: RawRepresentable where RawValue == String {}

extension GraphQLEnumMapped {
    var graphQLName: String { rawValue.uppercased() }
}

extension ServerAuthType: GraphQLEnumMapped {}
extension SupportRequestMethod: GraphQLEnumMapped {}
extension SupportTicketStatus: GraphQLEnumMapped {}
extension SupportTicketPriority: GraphQLEnumMapped {}

extension TimelineOrder {
    /// The store's order for a `TimelineOrder` enum value of the schema.
    init?(graphQLName: String) {
        switch graphQLName {
        case "OLDEST_FIRST": self = .oldestFirst
        case "NEWEST_FIRST": self = .newestFirst
        default: return nil
        }
    }
}
