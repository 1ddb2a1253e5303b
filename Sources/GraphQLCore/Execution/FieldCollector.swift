/// CollectFields (spec 6.3.2): the fields a selection set selects on one object type,
/// grouped by response key in document order, after `@skip`/`@include`, fragment spreads and
/// inline fragments whose type condition applies.
struct FieldCollector: Sendable {
    let schema: GraphQLSchema
    let fragments: [String: FragmentDefinition]
    let variables: GraphQLObject

    init(schema: GraphQLSchema, document: Document, variables: GraphQLObject) {
        self.schema = schema
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
        self.variables = variables
    }

    /// Response keys in first-seen order, each with its fields in document order.
    struct Grouped {
        var keys: [String] = []
        var fields: [[Field]] = []
        var index: [String: Int] = [:]

        mutating func add(_ field: Field) {
            let key = field.responseKey
            if let position = index[key] {
                fields[position].append(field)
            } else {
                index[key] = keys.count
                keys.append(key)
                fields.append([field])
            }
        }
    }

    func collect(_ selectionSets: [SelectionSet], on objectType: String) -> Grouped {
        var grouped = Grouped()
        var visited = Set<String>()
        for selectionSet in selectionSets {
            collect(selectionSet, on: objectType, into: &grouped, visited: &visited)
        }
        return grouped
    }

    private func collect(_ selectionSet: SelectionSet, on objectType: String, into grouped: inout Grouped, visited: inout Set<String>) {
        for selection in selectionSet.selections {
            guard shouldInclude(selection.directives) else { continue }
            switch selection {
            case .field(let field):
                grouped.add(field)
            case .inlineFragment(let fragment):
                if let condition = fragment.typeCondition, !applies(condition.value, to: objectType) { continue }
                collect(fragment.selectionSet, on: objectType, into: &grouped, visited: &visited)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard visited.insert(name).inserted, let fragment = fragments[name] else { continue }
                guard applies(fragment.typeCondition.value, to: objectType) else { continue }
                collect(fragment.selectionSet, on: objectType, into: &grouped, visited: &visited)
            }
        }
    }

    /// The names of the fields selected directly under `selectionSets`, through fragments of
    /// any type condition, after `@skip`/`@include` (for resolvers that look ahead).
    func selectedNames(in selectionSets: [SelectionSet]) -> Set<String> {
        var names = Set<String>()
        var visited = Set<String>()
        func walk(_ selectionSet: SelectionSet) {
            for selection in selectionSet.selections where shouldInclude(selection.directives) {
                switch selection {
                case .field(let field):
                    names.insert(field.name.value)
                case .inlineFragment(let fragment):
                    walk(fragment.selectionSet)
                case .fragmentSpread(let spread):
                    guard visited.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value] else { continue }
                    walk(fragment.selectionSet)
                }
            }
        }
        selectionSets.forEach(walk)
        return names
    }

    /// DoesFragmentTypeApply: the object type is the condition or one of its possible types.
    private func applies(_ condition: String, to objectType: String) -> Bool {
        schema.isPossibleType(objectType, of: condition)
    }

    /// `@skip(if:)` and `@include(if:)`; validation has checked that `if` is a Boolean.
    func shouldInclude(_ directives: [Directive]) -> Bool {
        for directive in directives {
            switch directive.name.value {
            case "skip":
                if condition(directive) == true { return false }
            case "include":
                if condition(directive) != true { return false }
            default:
                continue
            }
        }
        return true
    }

    private func condition(_ directive: Directive) -> Bool? {
        guard let argument = directive.arguments.first(where: { $0.name.value == "if" }) else { return nil }
        switch argument.value.kind {
        case .boolean(let flag):
            return flag
        case .variable(let name):
            if case .bool(let flag)? = variables[name] { return flag }
            return nil
        default:
            return nil
        }
    }
}
