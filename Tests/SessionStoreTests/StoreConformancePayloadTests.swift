import Testing

@testable import SessionStore

/// Payloads read apart from their calls: full text, compact byte sizes and previews cut at
/// UTF-8 boundaries, identical on both backends; and text search in filters.
extension StoreConformance {
    @Suite struct Payloads {
        static let acme = StoreFixture.acme
        /// Separators inside the string must survive compaction; `é` is two bytes, `✓` three.
        static let storedInput = #"{"note": "héllo, ✓: \"q\""}"#
        static let compactInput = #"{"note":"héllo, ✓: \"q\""}"#
        static let longOutput = #"{"text": ""# + String(repeating: "ab", count: 2_500) + #""}"#

        func withPayloads(_ backend: StoreBackend, _ body: (SessionStore) async throws -> Void) async throws {
            try await withFixtureStore(backend) { store in
                for call in [
                    StoreFixture.call("tc_utf8", at: 50, "sess_a1", "mcpu_alice", "note", input: Self.storedInput, output: Self.longOutput),
                ] {
                    try await StoreFixture.insert(call, into: store.database)
                }
                try await body(store)
            }
        }

        @Test(arguments: StoreBackend.available)
        func sizesAreCompactJSONBytes(_ backend: StoreBackend) async throws {
            try await withPayloads(backend) { store in
                let bytes = Set([PayloadRequest(.input, .bytes), PayloadRequest(.output, .bytes)])
                let found = try await expectStatements(1, on: store) {
                    try await store.toolCallPayloads(
                        organizationId: Self.acme, ids: ["tc_utf8", "tc_a1_2", "tc_a1_5", "tc_g1_1"], requests: bytes)
                }
                #expect(found.keys.sorted() == ["tc_a1_2", "tc_a1_5", "tc_utf8"], "another organization's call is absent")
                #expect(found["tc_utf8"]?[PayloadRequest(.input, .bytes)] == .bytes(Self.compactInput.utf8.count))
                #expect(Self.compactInput.utf8.count == 29)
                #expect(found["tc_utf8"]?[PayloadRequest(.output, .bytes)] == .bytes(9 + 5_000 + 2))
                #expect(found["tc_a1_2"]?[PayloadRequest(.input, .bytes)] == .bytes(#"{"page":7}"#.utf8.count))
                #expect(found["tc_a1_5"]?[PayloadRequest(.input, .bytes)] == .bytes(4), "JSON null is a payload")
                #expect(found["tc_a1_5"]?[PayloadRequest(.output, .bytes)] == .missing, "SQL NULL is none")
            }
        }

        @Test(arguments: StoreBackend.available)
        func previewsCutAtCharacterBoundaries(_ backend: StoreBackend) async throws {
            try await withPayloads(backend) { store in
                let sizes = [1, 10, 11, 12, 13, 28, 29, 30, 512]
                let requests = Set(sizes.map { PayloadRequest(.input, .preview(maxBytes: $0)) } + [PayloadRequest(.output, .preview(maxBytes: 100))])
                let found = try await expectStatements(1, on: store) {
                    try await store.toolCallPayloads(organizationId: Self.acme, ids: ["tc_utf8"], requests: requests)
                }["tc_utf8"]!
                func preview(_ maxBytes: Int) -> PayloadValue? { found[PayloadRequest(.input, .preview(maxBytes: maxBytes))] }
                #expect(preview(1) == .preview(PayloadPreview(text: "{", truncated: true)))
                #expect(preview(10) == .preview(PayloadPreview(text: #"{"note":"h"#, truncated: true)))
                // Byte 11 is the first half of `é`: the cut backs off to the character boundary.
                #expect(preview(11) == .preview(PayloadPreview(text: #"{"note":"h"#, truncated: true)))
                #expect(preview(12) == .preview(PayloadPreview(text: #"{"note":"hé"#, truncated: true)))
                #expect(preview(13) == .preview(PayloadPreview(text: #"{"note":"hél"#, truncated: true)))
                #expect(preview(28) == .preview(PayloadPreview(text: String(Self.compactInput.dropLast()), truncated: true)))
                for whole in [29, 30, 512] {
                    #expect(preview(whole) == .preview(PayloadPreview(text: Self.compactInput, truncated: false)), "\(whole)")
                }
                // Only the start of a long payload is read, and it still says it goes on.
                #expect(found[PayloadRequest(.output, .preview(maxBytes: 100))]
                    == .preview(PayloadPreview(text: #"{"text":""# + String(repeating: "ab", count: 45) + "a", truncated: true)))
            }
        }

        @Test(arguments: StoreBackend.available)
        func fullPayloadsAreTheStoredJSON(_ backend: StoreBackend) async throws {
            try await withPayloads(backend) { store in
                let found = try await store.toolCallPayloads(
                    organizationId: Self.acme, ids: ["tc_a1_2", "tc_a1_5"],
                    requests: [PayloadRequest(.input, .full), PayloadRequest(.output, .full)])
                #expect(found["tc_a1_2"]?[PayloadRequest(.input, .full)] == .text(#"{"page": 7}"#))
                #expect(found["tc_a1_5"]?[PayloadRequest(.input, .full)] == .text("null"))
                #expect(found["tc_a1_5"]?[PayloadRequest(.output, .full)] == .missing)
            }
        }

        @Test(arguments: StoreBackend.available)
        func searchFindsTextInPayloadsAndTickets(_ backend: StoreBackend) async throws {
            try await withPayloads(backend) { store in
                func search(_ text: String) async throws -> [String] {
                    try await store.timelines(
                        organizationId: Self.acme, sessionIds: ["sess_a1"], range: .first(50),
                        filter: TimelineFilter(search: text))["sess_a1"]!.nodes.map(\.id)
                }
                #expect(try await search("NOT FOUND") == ["tc_a1_2"], "output text, ignoring case")
                #expect(try await search("page 7") == ["sr_a1_1"], "ticket title")
                #expect(try await search("summary of sr_a1_2") == ["sr_a1_2"], "ticket summary")
                #expect(try await search("search_d") == ["tc_a1_1"], "tool name")
                #expect(try await search("héllo") == ["tc_utf8"], "input")
                #expect(try await search("nothing like this") == [])
                let total = try await store.timelineTotals(
                    organizationId: Self.acme, sessionIds: ["sess_a1"], filter: TimelineFilter(search: "not found"))
                #expect(total == ["sess_a1": 1])
            }
        }
    }
}
