import GraphQLCore

/// The size of each operation's and fragment's selection tree, measured before validation
/// so that an oversized document is refused before anything costly looks at it.
///
/// Fragments are expanded where they are spread (a fragment spread twice costs twice);
/// the walk stops as soon as a limit is passed, so even a document built to explode under
/// expansion costs at most a limit's worth of steps. Unknown or cyclic fragments are left
/// to validation.
struct DocumentShape {
    let limits: QueryLimits
    let fragments: [String: FragmentDefinition]
    private(set) var fields = 0
    private(set) var aliases = 0
    private var steps = 0
    private var active: Set<String> = []

    init(limits: QueryLimits, document: Document) {
        self.limits = limits
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
    }

    /// Throws the first limit any operation or fragment definition of the document passes,
    /// each measured on its own with its spreads expanded. Validation reads every
    /// definition, whichever operation runs, so an operation that is not selected or a
    /// fragment that is never spread is held to the same limits as the one that runs.
    mutating func checkEachDefinition(of document: Document) throws {
        for definition in document.definitions {
            let selectionSet: SelectionSet
            switch definition {
            case .operation(let operation): selectionSet = operation.selectionSet
            case .fragment(let fragment): selectionSet = fragment.selectionSet
            case .typeSystem, .typeSystemExtension: continue
            }
            (fields, aliases, steps) = (0, 0, 0)
            try walk(selectionSet, depth: 1)
        }
    }

    private mutating func walk(_ set: SelectionSet, depth: Int) throws {
        for selection in set.selections {
            steps += 1
            if steps > limits.maxFields * 4 {
                throw GraphQLError("The document expands to too many selections.", locations: [selection.loc], code: .maxFieldsExceeded)
            }
            switch selection {
            case .field(let field):
                if depth > limits.maxDepth {
                    throw GraphQLError(
                        "The document nests fields \(depth) deep; at most \(limits.maxDepth) are allowed.",
                        locations: [field.loc], code: .maxDepthExceeded)
                }
                fields += 1
                if fields > limits.maxFields {
                    throw GraphQLError(
                        "The document selects more than \(limits.maxFields) fields (fragments counted where spread).",
                        locations: [field.loc], code: .maxFieldsExceeded)
                }
                if let alias = field.alias, alias.value != field.name.value {
                    aliases += 1
                    if aliases > limits.maxAliases {
                        throw GraphQLError(
                            "The document uses more than \(limits.maxAliases) aliases.",
                            locations: [alias.loc], code: .maxAliasesExceeded)
                    }
                }
                if let child = field.selectionSet { try walk(child, depth: depth + 1) }
            case .inlineFragment(let fragment):
                try walk(fragment.selectionSet, depth: depth)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard let fragment = fragments[name], !active.contains(name) else { continue }
                active.insert(name)
                try walk(fragment.selectionSet, depth: depth)
                active.remove(name)
            }
        }
    }
}
