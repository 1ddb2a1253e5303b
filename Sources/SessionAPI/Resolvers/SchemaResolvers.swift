import GraphQLCore
import SessionStore

/// Every resolver of `schema.graphql`, bound to the request's loaders.
enum SchemaResolvers {
    static func make() -> Resolvers<QueryContext> {
        var resolvers = Resolvers<QueryContext>()
        QueryResolvers.register(&resolvers)
        MutationResolvers.register(&resolvers)
        SubscriptionResolvers.register(&resolvers)
        OrganizationResolvers.register(&resolvers)
        UserResolvers.register(&resolvers)
        SessionResolvers.register(&resolvers)
        TimelineItemResolvers.register(&resolvers)
        resolvers.connection("UserConnection", edge: "UserEdge", of: UserRecord.self) { .object($0) }
        resolvers.connection("SessionConnection", edge: "SessionEdge", of: SessionRecord.self) { .object($0) }
        resolvers.connection("SupportTicketConnection", edge: "SupportTicketEdge", of: SupportTicketRecord.self) { .object($0) }
        resolvers.connection("TimelineConnection", edge: "TimelineEdge", of: TimelineItemRecord.self) {
            TimelineItemResolvers.value($0)
        }
        // Sources name their type where they are returned; these cover any that do not.
        let typeName: TypeResolver<QueryContext> = { source, _ in
            switch source {
            case is OrganizationRecord: "Organization"
            case is ServerRecord: "McpServer"
            case is UserRecord: "User"
            case is SessionRecord: "Session"
            case is ToolCallRecord: "ToolCall"
            case is SupportTicketRecord: "SupportTicket"
            default: nil
            }
        }
        resolvers.type("Node", typeName)
        resolvers.type("TimelineItem", typeName)
        return resolvers
    }
}
