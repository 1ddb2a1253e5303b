import GraphQLCore
import SessionStore

/// `Organization` and `McpServer`: the caller's tenant and its servers.
enum OrganizationResolvers {
    static func register(_ resolvers: inout Resolvers<QueryContext>) {
        resolvers.field("Organization", "id", source: OrganizationRecord.self) { org, _, _, _ in .string(org.id) }
        resolvers.field("Organization", "name", source: OrganizationRecord.self) { org, _, _, _ in .string(org.name) }
        resolvers.field("Organization", "slug", source: OrganizationRecord.self) { org, _, _, _ in .string(org.slug) }
        resolvers.field("Organization", "logo", source: OrganizationRecord.self) { org, _, _, _ in .string(org.logo) }
        resolvers.field("Organization", "createdAt", source: OrganizationRecord.self) { org, _, _, _ in
            .int(Int(org.createdAt))
        }
        resolvers.field("Organization", "servers", source: OrganizationRecord.self) { org, _, context, _ in
            .deferred(context.organizationServers.load(org.id).map { .objects($0 ?? []) })
        }

        resolvers.field("McpServer", "id", source: ServerRecord.self) { server, _, _, _ in .string(server.id) }
        resolvers.field("McpServer", "name", source: ServerRecord.self) { server, _, _, _ in .string(server.name) }
        resolvers.field("McpServer", "slug", source: ServerRecord.self) { server, _, _, _ in .string(server.slug) }
        resolvers.field("McpServer", "productPlatformOrTool", source: ServerRecord.self) { server, _, _, _ in
            .string(server.productPlatformOrTool)
        }
        resolvers.field("McpServer", "createdAt", source: ServerRecord.self) { server, _, _, _ in
            .int(server.createdAt.map(Int.init))
        }
        resolvers.field("McpServer", "oauthIssuerUrl", source: ServerRecord.self) { server, _, _, _ in
            .string(server.oauthIssuerUrl)
        }
        resolvers.field("McpServer", "authType", source: ServerRecord.self) { server, _, _, _ in
            .string(server.authType.graphQLName)
        }
        resolvers.field("McpServer", "supportTicketType", source: ServerRecord.self) { server, _, _, _ in
            .string(server.supportTicketType.graphQLName)
        }
    }
}
