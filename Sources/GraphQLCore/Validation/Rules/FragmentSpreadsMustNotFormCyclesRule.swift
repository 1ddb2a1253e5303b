/// Fragment Spreads Must Not Form Cycles (spec §5.5.2.2): a fragment that spreads itself,
/// directly or through others, would expand forever. Each cycle is reported once, at the
/// spreads that form it.
public struct FragmentSpreadsMustNotFormCyclesRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        /// Fragments whose spreads were already followed from an earlier start.
        var visited: Set<String> = []
        /// The spreads followed from the fragment being checked, and where each fragment
        /// on that path starts in it.
        var spreadPath: [FragmentSpread] = []
        var pathIndexByName: [String: Int] = [:]
        init(_ context: ValidationContext) { self.context = context }

        func enterFragmentDefinition(_ node: FragmentDefinition) {
            detectCycles(from: node.name.value)
        }

        /// Depth-first over spreads with an explicit stack, so that a chain of thousands of
        /// fragments cannot exhaust the call stack.
        private func detectCycles(from start: String) {
            guard visited.insert(start).inserted else { return }
            var stack: [(name: String, spreads: [FragmentSpread], next: Int)] = []
            enter(start, into: &stack)
            while let top = stack.indices.last {
                guard stack[top].next < stack[top].spreads.count else {
                    pathIndexByName[stack[top].name] = nil
                    stack.removeLast()
                    // The spread that led into the finished fragment leaves the path too.
                    if !stack.isEmpty { spreadPath.removeLast() }
                    continue
                }
                let spread = stack[top].spreads[stack[top].next]
                stack[top].next += 1
                let target = spread.name.value
                spreadPath.append(spread)
                if let cycleStart = pathIndexByName[target] {
                    let cycle = spreadPath[cycleStart...]
                    let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                    let suffix = via.isEmpty ? "." : " via \(via)."
                    context.report("Cannot spread fragment \"\(target)\" within itself\(suffix)", at: cycle.map(\.loc))
                    spreadPath.removeLast()
                } else if context.fragment(named: target) != nil, visited.insert(target).inserted, enter(target, into: &stack) {
                    continue
                } else {
                    spreadPath.removeLast()
                }
            }
        }

        /// Starts following a fragment's spreads; false when it has none.
        @discardableResult
        private func enter(_ name: String, into stack: inout [(name: String, spreads: [FragmentSpread], next: Int)]) -> Bool {
            let spreads = context.fragmentSpreads(ofFragment: name)
            guard !spreads.isEmpty else { return false }
            pathIndexByName[name] = spreadPath.count
            stack.append((name, spreads, 0))
            return true
        }
    }
}
