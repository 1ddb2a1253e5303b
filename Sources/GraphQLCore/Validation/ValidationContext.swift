/// What every rule of one validation run shares: the schema and document, the type
/// information of the node being visited, the errors reported so far, and cached answers
/// about fragments and variables that several rules need.
public final class ValidationContext {
    public let schema: GraphQLSchema
    public let document: Document
    public private(set) var errors: [GraphQLError] = []
    /// Set once `maxErrors` is exceeded; the walk then stops.
    public private(set) var isAborted = false
    private let maxErrors: Int
    /// The walk driving the visitors, whose type information the accessors below read.
    weak var walk: DocumentWalk?

    private let fragmentsByName: [String: FragmentDefinition]
    private var spreadsCache: [String: [FragmentSpread]] = [:]
    private var referencedFragmentsCache: [OperationDefinition: [FragmentDefinition]] = [:]
    private var fragmentUsagesCache: [String: [VariableUsage]] = [:]
    private var operationUsagesCache: [OperationDefinition: [VariableUsage]] = [:]

    init(schema: GraphQLSchema, document: Document, maxErrors: Int) {
        self.schema = schema
        self.document = document
        self.maxErrors = maxErrors
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragmentsByName = fragments
    }

    // MARK: Errors

    /// Records a validation error pointing at `locations`, in the order rules report them.
    public func report(_ message: String, at locations: [SourceLocation]) {
        guard !isAborted else { return }
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted.", code: .validationFailed))
            isAborted = true
            return
        }
        errors.append(GraphQLError(message, locations: locations, code: .validationFailed))
    }

    // MARK: Type information of the current node

    public var typeInfo: TypeInfo { walk?.typeInfo ?? TypeInfo(schema: schema) }
    public var parentTypeName: String? { typeInfo.parentTypeName }
    public var parentType: NamedType? { parentTypeName.flatMap(schema.type(named:)) }
    public var type: TypeRef? { typeInfo.type }
    public var fieldDef: FieldDef? { typeInfo.fieldDef }
    public var inputType: TypeRef? { typeInfo.inputType }
    public var parentInputType: TypeRef? { typeInfo.parentInputType }
    public var directive: DirectiveDef? { typeInfo.directive }
    public var argument: InputValueDef? { typeInfo.argument }

    // MARK: Fragments

    /// The first fragment definition with this name.
    public func fragment(named name: String) -> FragmentDefinition? {
        fragmentsByName[name]
    }

    /// Every spread inside the fragment's selection set, nested ones included, in order.
    public func fragmentSpreads(ofFragment name: String) -> [FragmentSpread] {
        if let cached = spreadsCache[name] { return cached }
        let spreads = fragment(named: name).map { Self.spreads(in: $0.selectionSet) } ?? []
        spreadsCache[name] = spreads
        return spreads
    }

    /// Spreads of a selection set: those directly in a set first, then those of its nested
    /// sets, the last nested set first.
    public static func spreads(in selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var pending = [selectionSet]
        while let set = pending.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let sub = field.selectionSet { pending.append(sub) }
                case .inlineFragment(let inline): pending.append(inline.selectionSet)
                }
            }
        }
        return spreads
    }

    /// The defined fragments an operation spreads, directly or through other fragments.
    public func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        if let cached = referencedFragmentsCache[operation] { return cached }
        var result: [FragmentDefinition] = []
        var seen: Set<String> = []
        var pending = Self.spreads(in: operation.selectionSet)
        var index = 0
        while index < pending.count {
            let name = pending[index].name.value
            index += 1
            guard seen.insert(name).inserted, let fragment = fragment(named: name) else { continue }
            result.append(fragment)
            pending.append(contentsOf: fragmentSpreads(ofFragment: name))
        }
        referencedFragmentsCache[operation] = result
        return result
    }

    // MARK: Variables

    /// Variable usages inside one fragment, with the input types of their positions.
    public func variableUsages(ofFragment fragment: FragmentDefinition) -> [VariableUsage] {
        if let cached = fragmentUsagesCache[fragment.name.value] { return cached }
        let usages = VariableUsageCollector.collect(schema: schema) { $0.walk(fragment) }
        fragmentUsagesCache[fragment.name.value] = usages
        return usages
    }

    /// Variable usages of an operation and of every fragment it reaches.
    public func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        if let cached = operationUsagesCache[operation] { return cached }
        var usages = VariableUsageCollector.collect(schema: schema) { $0.walk(operation) }
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages.append(contentsOf: variableUsages(ofFragment: fragment))
        }
        operationUsagesCache[operation] = usages
        return usages
    }
}
