import ArgumentParser
import SessionAPI

/// The limits `serve` holds every request to, each with its default.
struct LimitOptions: ParsableArguments {
    static let defaults = QueryLimits()

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body, in bytes.")
    var maxBodyBytes: Int = 1 << 20

    @Option(name: .customLong("max-document-bytes"), help: "Largest GraphQL document, in UTF-8 bytes.")
    var maxDocumentBytes: Int = defaults.maxDocumentBytes

    @Option(name: .customLong("max-tokens"), help: "Most lexical tokens of a document.")
    var maxTokens: Int = defaults.maxTokens

    @Option(name: .customLong("max-depth"), help: "Deepest nesting of field selections (a root field is at depth 1).")
    var maxDepth: Int = defaults.maxDepth

    @Option(name: .customLong("max-fields"), help: "Most field selections in an operation or fragment, fragments counted where spread.")
    var maxFields: Int = defaults.maxFields

    @Option(name: .customLong("max-aliases"), help: "Most aliased fields in an operation or fragment.")
    var maxAliases: Int = defaults.maxAliases

    @Option(name: .customLong("max-nodes"), help: "Most objects the page sizes of a document allow its response to hold.")
    var maxNodes: Int = defaults.maxNodes

    @Option(name: .customLong("statement-timeout"), help: "Seconds a SQL statement may run before the database cancels it.")
    var statementTimeout: Double = 5

    func validate() throws {
        for (name, value) in [
            ("--max-body-bytes", maxBodyBytes), ("--max-document-bytes", maxDocumentBytes), ("--max-tokens", maxTokens),
            ("--max-depth", maxDepth), ("--max-fields", maxFields), ("--max-aliases", maxAliases), ("--max-nodes", maxNodes),
        ] where value < 1 {
            throw ValidationError("\(name) must be at least 1; got \(value).")
        }
        guard statementTimeout > 0, statementTimeout <= 3_600 else {
            throw ValidationError("--statement-timeout must be above 0 and at most 3600 seconds.")
        }
    }

    var queryLimits: QueryLimits {
        QueryLimits(
            maxDocumentBytes: maxDocumentBytes, maxTokens: maxTokens, maxDepth: maxDepth, maxFields: maxFields,
            maxAliases: maxAliases, maxNodes: maxNodes, maxPageSize: Self.defaults.maxPageSize)
    }

    var statementDuration: Duration { .milliseconds(Int64((statementTimeout * 1000).rounded())) }
}
