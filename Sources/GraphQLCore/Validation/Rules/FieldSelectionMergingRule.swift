/// Field Selection Merging (spec §5.3.2): selections that share a response key and may be
/// met on the same object must be the same field with the same arguments, and any two
/// selections of a key must have the same response shape. See `FieldConflictFinder`.
public struct FieldSelectionMergingRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        let finder: FieldConflictFinder
        /// An inline fragment's selections are compared both in its own set and, flattened,
        /// in the enclosing one; each conflict is reported once.
        var reported: Set<String> = []
        init(_ context: ValidationContext) {
            self.context = context
            self.finder = FieldConflictFinder(context: context)
        }

        func enterSelectionSet(_ node: SelectionSet) {
            for conflict in finder.conflictsWithin(node, parentType: context.parentTypeName) {
                let reason = FieldConflict.describe(conflict.reason)
                let message = "Fields \"\(conflict.responseKey)\" conflict because \(reason). Use different aliases on the fields to fetch both if this was intentional."
                let locations = (conflict.fields1 + conflict.fields2).map(\.loc)
                let key = message + locations.map { "@\($0.line):\($0.column)" }.joined()
                guard reported.insert(key).inserted else { continue }
                context.report(message, at: locations)
            }
        }
    }
}
