import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// The session explorer's documents: exact answers, identical on both backends, and a
/// statement count fixed by the document's shape whatever the amount of data.
@Suite(.serialized)
struct ExplorerDocumentTests {
    @Test(arguments: ExplorerDocument.all)
    func printsResponses(_ document: ExplorerDocument) async throws {
        let harness = try await APIData.shared.harness(.sqlite)
        let result = await harness.run(try document.query, variables: document.variables)
        print("DOC \(document.name) statements=\(result.statements)\n\(result.json)")
    }
}
