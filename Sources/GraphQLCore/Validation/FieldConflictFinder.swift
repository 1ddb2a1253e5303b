/// The Field Selection Merging algorithm (FieldsInSetCanMerge and SameResponseShape).
///
/// Rather than expanding fragments, it compares collected field maps: fields against
/// fields, fields against fragments and fragments against fragments. Field maps are cached
/// per selection set, and compared (field map, fragment) and (fragment, fragment) pairs are
/// memoized, so documents that spread the same fragments many times, or nest fragments
/// that spread each other, are checked in polynomial time.
final class FieldConflictFinder {
    private let context: ValidationContext
    private var schema: GraphQLSchema { context.schema }
    private var cache: [CacheKey: CollectedFields] = [:]
    private var comparedFragmentPairs = FragmentPairSet()
    private var comparedFieldsAndFragments: Set<FieldsAndFragmentKey> = []
    private var nextID = 0
    /// How deep sub-selections are being compared. Fragments can nest fields far deeper
    /// than the parser's depth limit allows literally; past `maxNesting` levels the
    /// comparison stops rather than exhaust the call stack.
    private var nesting = 0
    static let maxNesting = 100
    /// How many pairs of same-key fields have been compared (for tests of the algorithm's
    /// scale).
    private(set) var comparedPairs = 0

    private struct CacheKey: Hashable {
        var loc: SourceLocation
        var parentType: String?
    }

    private struct FieldsAndFragmentKey: Hashable {
        var fieldsID: Int
        var fragment: String
        var mutuallyExclusive: Bool
    }

    init(context: ValidationContext) {
        self.context = context
    }

    /// Conflicts among the selections of one set, in the order they are found.
    func conflictsWithin(_ selectionSet: SelectionSet, parentType: String?) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let collected = fields(of: selectionSet, parentType: parentType)
        for key in collected.keys {
            let fields = collected.fields[key]!
            for i in fields.indices {
                for j in fields.indices where j > i {
                    if let conflict = findConflict(key, fields[i], fields[j], parentsMutuallyExclusive: false) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
        let names = collected.fragmentNames
        for (index, name) in names.enumerated() {
            compare(collected, withFragment: name, mutuallyExclusive: false, into: &conflicts)
            for other in names[(index + 1)...] {
                compareFragments(name, other, mutuallyExclusive: false, into: &conflicts)
            }
        }
        return conflicts
    }

    // MARK: Comparisons

    /// The fields against a fragment and, transitively, the fragments it spreads. Worklists
    /// (visited in depth-first order) rather than recursion keep long fragment chains off
    /// the call stack.
    private func compare(_ collected: CollectedFields, withFragment name: String, mutuallyExclusive: Bool, into conflicts: inout [FieldConflict]) {
        // A set that only spreads fragments has nothing of its own to compare.
        guard !collected.keys.isEmpty else { return }
        var pending = [name]
        while let next = pending.popLast() {
            let key = FieldsAndFragmentKey(fieldsID: collected.id, fragment: next, mutuallyExclusive: mutuallyExclusive)
            guard comparedFieldsAndFragments.insert(key).inserted, let fragmentFields = fields(ofFragment: next) else { continue }
            guard fragmentFields.id != collected.id else { continue }
            compare(collected, fragmentFields, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
            pending.append(contentsOf: fragmentFields.fragmentNames.reversed())
        }
    }

    /// Two fragments and, transitively, the fragments each spreads against the other.
    private func compareFragments(_ first: String, _ second: String, mutuallyExclusive: Bool, into conflicts: inout [FieldConflict]) {
        var pending = [(first, second)]
        while let (name1, name2) = pending.popLast() {
            guard name1 != name2, !comparedFragmentPairs.contains(name1, name2, mutuallyExclusive: mutuallyExclusive) else { continue }
            comparedFragmentPairs.insert(name1, name2, mutuallyExclusive: mutuallyExclusive)
            guard let fields1 = fields(ofFragment: name1), let fields2 = fields(ofFragment: name2) else { continue }
            compare(fields1, fields2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
            let next = fields2.fragmentNames.map { (name1, $0) } + fields1.fragmentNames.map { ($0, name2) }
            pending.append(contentsOf: next.reversed())
        }
    }

    /// Every field of the first map against every field of the same key in the second.
    private func compare(_ first: CollectedFields, _ second: CollectedFields, mutuallyExclusive: Bool, into conflicts: inout [FieldConflict]) {
        for key in first.keys {
            guard let others = second.fields[key] else { continue }
            for field1 in first.fields[key]! {
                for field2 in others {
                    if let conflict = findConflict(key, field1, field2, parentsMutuallyExclusive: mutuallyExclusive) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// The merged sub-selections of two same-key fields.
    private func conflictsBetween(_ set1: SelectionSet, on parent1: String?, _ set2: SelectionSet, on parent2: String?, mutuallyExclusive: Bool) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let fields1 = fields(of: set1, parentType: parent1)
        let fields2 = fields(of: set2, parentType: parent2)
        compare(fields1, fields2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for name in fields2.fragmentNames {
            compare(fields1, withFragment: name, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
        for name in fields1.fragmentNames {
            compare(fields2, withFragment: name, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
        for name1 in fields1.fragmentNames {
            for name2 in fields2.fragmentNames {
                compareFragments(name1, name2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
            }
        }
        return conflicts
    }

    /// Two fields of one response key. Fields on two different object types never meet on
    /// one object, so only their response shapes must agree; otherwise they must be the
    /// same field with the same arguments.
    private func findConflict(_ key: String, _ field1: CollectedField, _ field2: CollectedField, parentsMutuallyExclusive: Bool) -> FieldConflict? {
        comparedPairs += 1
        let mutuallyExclusive = parentsMutuallyExclusive
            || (field1.parentType != field2.parentType && isObject(field1.parentType) && isObject(field2.parentType))
        let node1 = field1.node, node2 = field2.node
        if !mutuallyExclusive {
            if node1.name.value != node2.name.value {
                return FieldConflict(responseKey: key, reason: .message("\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields"), fields1: [node1], fields2: [node2])
            }
            if !Self.sameArguments(node1.arguments, node2.arguments) {
                return FieldConflict(responseKey: key, reason: .message("they have differing arguments"), fields1: [node1], fields2: [node2])
            }
        }
        let type1 = field1.definition?.type, type2 = field2.definition?.type
        if let type1, let type2, typesConflict(type1, type2) {
            return FieldConflict(responseKey: key, reason: .message("they return conflicting types \"\(type1)\" and \"\(type2)\""), fields1: [node1], fields2: [node2])
        }
        guard let set1 = node1.selectionSet, let set2 = node2.selectionSet, nesting < Self.maxNesting else { return nil }
        nesting += 1
        defer { nesting -= 1 }
        let subConflicts = conflictsBetween(set1, on: type1?.namedType, set2, on: type2?.namedType, mutuallyExclusive: mutuallyExclusive)
        guard !subConflicts.isEmpty else { return nil }
        return FieldConflict(
            responseKey: key,
            reason: .subfields(subConflicts),
            fields1: [node1] + subConflicts.flatMap(\.fields1),
            fields2: [node2] + subConflicts.flatMap(\.fields2)
        )
    }

    /// SameResponseShape for the types themselves: matching list and non-null wrappers,
    /// and the same scalar or enum at the leaves.
    private func typesConflict(_ type1: TypeRef, _ type2: TypeRef) -> Bool {
        switch (type1, type2) {
        case (.list(let inner1), .list(let inner2)), (.nonNull(let inner1), .nonNull(let inner2)):
            return typesConflict(inner1, inner2)
        case (.list, _), (_, .list), (.nonNull, _), (_, .nonNull):
            return true
        case (.named(let name1), .named(let name2)):
            let leaf1 = schema.type(named: name1)?.isLeafType == true
            let leaf2 = schema.type(named: name2)?.isLeafType == true
            return (leaf1 || leaf2) && name1 != name2
        }
    }

    private func isObject(_ name: String?) -> Bool {
        guard let name, case .object? = schema.type(named: name) else { return false }
        return true
    }

    /// Arguments compare as name-to-value maps; object values compare regardless of field order.
    static func sameArguments(_ arguments1: [Argument], _ arguments2: [Argument]) -> Bool {
        guard arguments1.count == arguments2.count else { return false }
        return arguments1.allSatisfy { argument in
            guard let other = arguments2.first(where: { $0.name.value == argument.name.value }) else { return false }
            return canonicalText(argument.value) == canonicalText(other.value)
        }
    }

    private static func canonicalText(_ value: Value) -> String {
        switch value.kind {
        case .list(let items):
            return "[" + items.map(canonicalText).joined(separator: ",") + "]"
        case .object(let fields):
            let sorted = fields.sorted { $0.name.value < $1.name.value }
            return "{" + sorted.map { $0.name.value + ":" + canonicalText($0.value) }.joined(separator: ",") + "}"
        default:
            return ValueText.print(value)
        }
    }

    // MARK: Collecting fields

    /// What decides how a field merges with others of its response key: the type it is
    /// selected on, its name, its arguments (in any order) and its sub-selections as
    /// printed. Directives take no part in merging.
    private static func signature(_ field: CollectedField) -> String {
        let node = field.node
        let arguments = node.arguments
            .sorted { $0.name.value < $1.name.value }
            .map { $0.name.value + ":" + canonicalText($0.value) }
            .joined(separator: ",")
        let selections = node.selectionSet.map(Printer.print) ?? ""
        return (field.parentType ?? "") + "\u{0}" + node.name.value + "\u{0}" + arguments + "\u{0}" + selections
    }

    private func fields(ofFragment name: String) -> CollectedFields? {
        guard let fragment = context.fragment(named: name) else { return nil }
        let condition = fragment.typeCondition.value
        let parent = schema.type(named: condition)?.isCompositeType == true ? condition : nil
        return fields(of: fragment.selectionSet, parentType: parent)
    }

    private func fields(of selectionSet: SelectionSet, parentType: String?) -> CollectedFields {
        let key = CacheKey(loc: selectionSet.loc, parentType: parentType)
        let cacheable = selectionSet.loc != .unknown
        if cacheable, let cached = cache[key] { return cached }
        nextID += 1
        var collected = CollectedFields(id: nextID)
        var seenFragments: Set<String> = []
        collect(selectionSet, parentType: parentType, into: &collected, seenFragments: &seenFragments)
        if cacheable { cache[key] = collected }
        return collected
    }

    private func collect(_ selectionSet: SelectionSet, parentType: String?, into collected: inout CollectedFields, seenFragments: inout Set<String>) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let definition = parentType.flatMap { schema.field(field.name.value, on: $0) }
                let key = field.responseKey
                let candidate = CollectedField(parentType: parentType, node: field, definition: definition)
                guard let existing = collected.fields[key] else {
                    collected.keys.append(key)
                    collected.fields[key] = [candidate]
                    continue
                }
                // Signatures are taken only once a key repeats, so unique keys cost nothing.
                if collected.signatures[key] == nil {
                    collected.signatures[key] = Set(existing.map(Self.signature))
                }
                if collected.signatures[key]!.insert(Self.signature(candidate)).inserted {
                    collected.fields[key]!.append(candidate)
                }
            case .fragmentSpread(let spread):
                if seenFragments.insert(spread.name.value).inserted {
                    collected.fragmentNames.append(spread.name.value)
                }
            case .inlineFragment(let inline):
                var innerParent = parentType
                if let condition = inline.typeCondition {
                    innerParent = schema.type(named: condition.value) != nil ? condition.value : nil
                }
                collect(inline.selectionSet, parentType: innerParent, into: &collected, seenFragments: &seenFragments)
            }
        }
    }
}
