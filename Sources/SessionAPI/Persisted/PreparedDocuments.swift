import GraphQLCore

/// Documents that parsed, passed the shape limits and validated, by their text: a document
/// sent again skips all three. What depends on the request (the operation, the variables
/// and the cost they give) is still checked each time.
///
/// At most `capacity` documents are kept, the least recently used dropped first; 0 keeps
/// none.
final class PreparedDocuments: DocumentCache {
    private let documents: RecentlyUsed<String, Document>

    init(capacity: Int) {
        documents = RecentlyUsed(capacity: capacity)
    }

    func document(for source: String) -> Document? {
        documents[source]
    }

    func remember(_ document: Document, for source: String) {
        documents.insert(document, for: source)
    }
}
