/// Directives Are In Valid Locations (spec §5.7.2): a directive may only stand where its
/// definition says it applies (e.g. `@skip` on fields and fragments, not on operations).
public struct DirectivesAreInValidLocationsRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterDirective(_ node: Directive, location: DirectiveLocation) {
            guard let directive = context.directive, !directive.locations.contains(location) else { return }
            context.report("Directive \"@\(directive.name)\" may not be used on \(location.rawValue).", at: [node.loc])
        }
    }
}
