/// How `Executor.prepare(source:…)` treats a request beyond the specification's steps.
public struct PrepareOptions: Sendable {
    public var parseLimits: ParseLimits
    /// Documents already parsed, checked and validated (nil: none kept).
    public var documents: (any DocumentCache)?
    /// The caller's own checks of a newly parsed document (its size or shape, say), before
    /// validation; throwing refuses the request with that error.
    public var checkDocument: (@Sendable (Document) throws -> Void)?
    /// The caller's own checks of the prepared operation (its cost, which depends on the
    /// coerced variables); throwing refuses the request with that error.
    public var checkOperation: (@Sendable (PreparedOperation) throws -> Void)?

    public init(
        parseLimits: ParseLimits = ParseLimits(), documents: (any DocumentCache)? = nil,
        checkDocument: (@Sendable (Document) throws -> Void)? = nil,
        checkOperation: (@Sendable (PreparedOperation) throws -> Void)? = nil
    ) {
        self.parseLimits = parseLimits
        self.documents = documents
        self.checkDocument = checkDocument
        self.checkOperation = checkOperation
    }
}

extension Executor {
    /// The whole preparation of a request from its text, each step once: parse, the
    /// caller's document checks, validate (these three skipped for a cached document),
    /// select the operation, coerce the variables, the caller's operation checks. A failure
    /// says at which step (`RequestErrors.stage`), so the caller can give its errors codes.
    ///
    /// Validation errors come before an operation-selection error, as the specification
    /// orders them.
    public func prepare(
        source: String, operationName: String?, variables: GraphQLObject, options: PrepareOptions = PrepareOptions()
    ) -> Result<PreparedOperation, RequestErrors> {
        let document: Document
        if let cached = options.documents?.document(for: source) {
            document = cached
        } else {
            do {
                document = try Parser.parse(source, limits: options.parseLimits)
            } catch {
                return .failure(RequestErrors(errors: [Self.requestError(error)], stage: .parse))
            }
            do {
                try options.checkDocument?(document)
            } catch {
                return .failure(RequestErrors(errors: [Self.requestError(error)], stage: .documentCheck))
            }
            let problems = Validator.validate(document, schema: schema)
            if !problems.isEmpty { return .failure(RequestErrors(errors: problems, stage: .validation)) }
            options.documents?.remember(document, for: source)
        }
        let prepared: PreparedOperation
        switch prepare(GraphQLRequest(document: document, operationName: operationName, variables: variables)) {
        case .success(let operation): prepared = operation
        case .failure(let failure): return .failure(failure)
        }
        do {
            try options.checkOperation?(prepared)
        } catch {
            return .failure(RequestErrors(errors: [Self.requestError(error)], stage: .operationCheck))
        }
        return .success(prepared)
    }
}
