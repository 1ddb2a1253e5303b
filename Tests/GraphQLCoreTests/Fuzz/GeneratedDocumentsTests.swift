import Foundation
import GraphQLCore
import Testing

/// Printing then parsing any generated document gives the same syntax tree, on the engine's
/// own printer and parser (`DocumentCheck`, the fuzzer's check: same tree, locations aside,
/// and printing a fixed point), and the engine's validator accepts every valid one.
///
/// The documents come from hypothesis-graphql, committed in
/// `Fixtures/generated-documents.json` by `Fixtures/make-generated-documents.py` (300 valid
/// queries and mutations of `schema.graphql`, 100 that break it in one place). Committing the
/// corpus rather than generating in the test keeps `swift test` free of Python and the same on
/// every machine; generating in Python and checking here, rather than sending documents to a
/// server, puts the property on the engine itself, with no HTTP or execution around it. The
/// generator's documents are graphql-core's printing, so this also reads another printer's
/// layout; the fuzzer (`fuzz/`) covers the layouts no printer makes.
@Suite("Generated documents")
struct GeneratedDocumentsTests {
    struct Corpus: Decodable {
        var valid: [String]
        var invalid: [String]
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus: Corpus = {
        let url = root.appendingPathComponent("Tests/GraphQLCoreTests/Fixtures/generated-documents.json")
        return try! JSONDecoder().decode(Corpus.self, from: Data(contentsOf: url))
    }()

    static let schema: GraphQLSchema = {
        try! GraphQLSchema(sdl: String(contentsOf: root.appendingPathComponent("schema.graphql"), encoding: .utf8))
    }()

    @Test func theCorpusIsWhole() {
        #expect(Self.corpus.valid.count == 300)
        #expect(Self.corpus.invalid.count == 100)
    }

    @Test func everyDocumentParsesAndPrintsBackToTheSameTree() throws {
        for document in Self.corpus.valid + Self.corpus.invalid {
            _ = try Parser.parse(document, limits: DocumentCheck.limits)
            let failure = DocumentCheck.failure(of: document, schema: nil)
            #expect(failure == nil, "\(failure ?? "")\n--- document:\n\(document)")
        }
    }

    @Test func everyValidDocumentValidates() throws {
        for document in Self.corpus.valid {
            let errors = Validator.validate(try Parser.parse(document, limits: DocumentCheck.limits), schema: Self.schema)
            #expect(errors.isEmpty, "\(errors.map(\.message))\n--- document:\n\(document)")
        }
    }
}
