/// Single Root Field (spec §5.2.3.1): a subscription delivers one event stream, so its
/// selection set, with fragments collected, must have exactly one response key, and that
/// key must not be an introspection field.
public struct SingleRootFieldRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterOperation(_ node: OperationDefinition) {
            guard node.operation == .subscription, let rootType = context.schema.subscriptionType else { return }
            var grouped: [(key: String, fields: [Field])] = []
            var visited: Set<String> = []
            collect(node.selectionSet, on: rootType, into: &grouped, visited: &visited)
            let subject = node.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
            if grouped.count > 1 {
                let extra = grouped.dropFirst().flatMap { $0.fields.map(\.loc) }
                context.report("\(subject) must select only one top level field.", at: extra)
            }
            for entry in grouped where entry.fields.first?.name.value.hasPrefix("__") == true {
                context.report("\(subject) must not select an introspection top level field.", at: entry.fields.map(\.loc))
            }
        }

        /// CollectFields with no variable values: `@skip`/`@include` are not applied. An
        /// explicit stack keeps long fragment chains off the call stack.
        private func collect(_ set: SelectionSet, on rootType: String, into grouped: inout [(key: String, fields: [Field])], visited: inout Set<String>) {
            var stack: [(selections: [Selection], next: Int)] = [(set.selections, 0)]
            while let top = stack.indices.last {
                guard stack[top].next < stack[top].selections.count else {
                    stack.removeLast()
                    continue
                }
                let selection = stack[top].selections[stack[top].next]
                stack[top].next += 1
                switch selection {
                case .field(let field):
                    if let index = grouped.firstIndex(where: { $0.key == field.responseKey }) {
                        grouped[index].fields.append(field)
                    } else {
                        grouped.append((field.responseKey, [field]))
                    }
                case .inlineFragment(let inline):
                    if let condition = inline.typeCondition, !context.schema.isPossibleType(rootType, of: condition.value) { continue }
                    stack.append((inline.selectionSet.selections, 0))
                case .fragmentSpread(let spread):
                    guard visited.insert(spread.name.value).inserted, let fragment = context.fragment(named: spread.name.value) else { continue }
                    guard context.schema.isPossibleType(rootType, of: fragment.typeCondition.value) else { continue }
                    stack.append((fragment.selectionSet.selections, 0))
                }
            }
        }
    }
}
