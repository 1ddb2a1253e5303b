import Testing

@testable import SessionStore

extension StoreConformance {
    @Suite struct Organizations {
        @Test(arguments: StoreBackend.available)
        func organizationById(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let acme = try await expectStatements(1, on: store) { try await store.organization(id: StoreFixture.acme) }
                #expect(acme == OrganizationRecord(
                    id: "org_acme", name: "Acme", slug: "acme", logo: nil, createdAt: 1_748_779_200_000, metadata: nil))
                let globex = try await store.organization(id: StoreFixture.globex)
                #expect(globex?.createdAt == 1_752_568_200_250)
                #expect(try await store.organization(id: "org_unknown") == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func organizationBySlug(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                #expect(try await store.organization(slug: "globex")?.id == "org_globex")
                #expect(try await store.organization(slug: "Globex") == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func serversOfOrganizationByName(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let servers = try await expectStatements(1, on: store) { try await store.servers(organizationId: StoreFixture.acme) }
                #expect(servers == [
                    ServerRecord(
                        id: "srv_acme_billing", organizationId: "org_acme", name: "Billing", productPlatformOrTool: "docs",
                        slug: "acme-billing", createdAt: nil, oauthIssuerUrl: nil, authType: .collectEmail, supportTicketType: .slack),
                    ServerRecord(
                        id: "srv_acme_docs", organizationId: "org_acme", name: "Docs", productPlatformOrTool: "docs",
                        slug: "acme-docs", createdAt: StoreFixture.t0 - 86_400_000, oauthIssuerUrl: nil,
                        authType: .platformOAuth, supportTicketType: .dashboard),
                ])
                #expect(try await store.servers(organizationId: "org_unknown") == [])
            }
        }

        @Test(arguments: StoreBackend.available)
        func serversByIdsStayInTheOrganization(_ backend: StoreBackend) async throws {
            try await withFixtureStore(backend) { store async throws in
                let ids: Set = ["srv_acme_docs", "srv_globex_main", "srv_unknown"]
                let fromAcme = try await expectStatements(1, on: store) {
                    try await store.servers(organizationId: StoreFixture.acme, ids: ids)
                }
                #expect(fromAcme.keys.sorted() == ["srv_acme_docs"])
                let fromGlobex = try await store.servers(organizationId: StoreFixture.globex, ids: ids)
                #expect(fromGlobex.keys.sorted() == ["srv_globex_main"])
                #expect(fromGlobex["srv_globex_main"]?.authType == ServerAuthType.none)
                #expect(fromGlobex["srv_globex_main"]?.supportTicketType == .linear)
            }
        }
    }
}
