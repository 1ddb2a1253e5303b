/// Where `Executor.prepare(source:…)` keeps documents that parsed, passed the caller's
/// document checks and validated, by their text, so a document sent again skips all three.
public protocol DocumentCache: Sendable {
    func document(for source: String) -> Document?
    func remember(_ document: Document, for source: String)
}
