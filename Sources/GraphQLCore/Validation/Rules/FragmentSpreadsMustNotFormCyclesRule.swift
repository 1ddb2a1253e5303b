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

        private func detectCycles(from name: String) {
            guard visited.insert(name).inserted else { return }
            let spreads = context.fragmentSpreads(ofFragment: name)
            guard !spreads.isEmpty else { return }
            pathIndexByName[name] = spreadPath.count
            for spread in spreads {
                let target = spread.name.value
                spreadPath.append(spread)
                if let cycleStart = pathIndexByName[target] {
                    let cycle = spreadPath[cycleStart...]
                    let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                    let suffix = via.isEmpty ? "." : " via \(via)."
                    context.report("Cannot spread fragment \"\(target)\" within itself\(suffix)", at: cycle.map(\.loc))
                } else if context.fragment(named: target) != nil {
                    detectCycles(from: target)
                }
                spreadPath.removeLast()
            }
            pathIndexByName[name] = nil
        }
    }
}
