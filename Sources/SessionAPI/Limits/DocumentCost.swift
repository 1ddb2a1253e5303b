import GraphQLCore

/// The page sizes an operation asks for and the number of objects they can add up to,
/// measured after validation with the request's variables, before execution.
///
/// Every field with a `first` argument is a connection: its `first` (as the resolver will
/// see it, defaults and variables applied) must lie in 1...maxPageSize, and it may return
/// `first` objects for every object above it, so its cost is the product of the `first`
/// values on its path. The sum over all connections must stay within `maxNodes`.
struct DocumentCost {
    let schema: GraphQLSchema
    let limits: QueryLimits
    let variables: GraphQLObject
    let fragments: [String: FragmentDefinition]
    private(set) var nodes = 0
    private var active: Set<String> = []

    init(schema: GraphQLSchema, limits: QueryLimits, document: Document, variables: GraphQLObject) {
        self.schema = schema
        self.limits = limits
        self.variables = variables
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
    }

    /// Throws the first out-of-range `first`, or the node limit once it is passed.
    mutating func check(_ operation: OperationDefinition, rootType: String) throws {
        try walk(operation.selectionSet, on: rootType, multiplier: 1)
    }

    private mutating func walk(_ set: SelectionSet, on typeName: String, multiplier: Int) throws {
        for selection in set.selections {
            switch selection {
            case .field(let field):
                guard let definition = schema.field(field.name.value, on: typeName) else { continue }
                var childMultiplier = multiplier
                if let first = try pageSize(of: field, definition: definition, on: typeName) {
                    childMultiplier = min(multiplier * first, limits.maxNodes + 1)
                    nodes += childMultiplier
                    if nodes > limits.maxNodes {
                        throw GraphQLError(
                            "The document may return more than \(limits.maxNodes) objects; ask for smaller pages (first) or fewer nested lists.",
                            locations: [field.loc], code: .maxNodesExceeded)
                    }
                }
                if let child = field.selectionSet {
                    try walk(child, on: definition.type.namedType, multiplier: childMultiplier)
                }
            case .inlineFragment(let fragment):
                try walk(fragment.selectionSet, on: fragment.typeCondition?.value ?? typeName, multiplier: multiplier)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard let fragment = fragments[name], !active.contains(name) else { continue }
                active.insert(name)
                try walk(fragment.selectionSet, on: fragment.typeCondition.value, multiplier: multiplier)
                active.remove(name)
            }
        }
    }

    /// The field's page size (`first`, else `last`, else the field's default), checked
    /// against the page-size range; nil for other fields.
    private func pageSize(of field: Field, definition: FieldDef, on typeName: String) throws -> Int? {
        guard definition.argument("first") != nil else { return nil }
        let given = try? InputCoercion.coerceArguments(field.arguments, of: definition.arguments, in: schema, variables: variables)
        let name = "\(typeName).\(field.name.value)"
        for argument in ["first", "last"] {
            guard let size = given?.int(argument) else { continue }
            guard (1...limits.maxPageSize).contains(size) else {
                let node = field.arguments.first { $0.name.value == argument }
                throw PageSize.outOfRange(size, argument: argument, field: name, limits: limits, location: node?.value.loc ?? field.loc)
            }
            return size
        }
        return PageArguments.defaultSize(of: name)
    }
}
