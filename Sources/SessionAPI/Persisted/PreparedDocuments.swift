import GraphQLCore
import Synchronization

/// Documents that parsed, passed the shape limits and validated, by their text: a document
/// sent again skips all three. What depends on the request (the operation, the variables
/// and the cost they give) is still checked each time.
///
/// At most `capacity` documents are kept, the least recently used dropped first; 0 keeps
/// none.
final class PreparedDocuments: Sendable {
    let capacity: Int

    private struct State {
        var documents: [String: Document] = [:]
        /// Texts from least to most recently used.
        var order: [String] = []
    }

    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
    }

    func document(for text: String) -> Document? {
        guard capacity > 0 else { return nil }
        return state.withLock { state in
            guard let document = state.documents[text] else { return nil }
            if state.order.last != text {
                state.order.removeAll { $0 == text }
                state.order.append(text)
            }
            return document
        }
    }

    func remember(_ document: Document, for text: String) {
        guard capacity > 0 else { return }
        state.withLock { state in
            guard state.documents.updateValue(document, forKey: text) == nil else { return }
            state.order.append(text)
            if state.order.count > capacity {
                state.documents[state.order.removeFirst()] = nil
            }
        }
    }
}
