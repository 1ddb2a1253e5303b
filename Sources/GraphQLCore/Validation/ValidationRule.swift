/// One rule of the specification's Validation section.
///
/// A rule is a stateless description; each validation run asks it for a fresh visitor so
/// that the rule can keep per-document state (names seen so far, usages collected) without
/// sharing it between concurrent requests.
public protocol ValidationRule: Sendable {
    func makeVisitor(context: ValidationContext) -> any ValidationVisitor
}

/// The hooks a rule's visitor may implement. All rules share one walk of the document; the
/// walker calls `enter` before a node's children and `leave` after them, with the context's
/// type information describing the node being visited.
public protocol ValidationVisitor: AnyObject {
    func enterDocument(_ node: Document)
    func leaveDocument(_ node: Document)
    /// Every top-level definition, executable or not.
    func enterDefinition(_ node: Definition)
    func enterOperation(_ node: OperationDefinition)
    func leaveOperation(_ node: OperationDefinition)
    func enterFragmentDefinition(_ node: FragmentDefinition)
    func leaveFragmentDefinition(_ node: FragmentDefinition)
    func enterVariableDefinition(_ node: VariableDefinition)
    func leaveVariableDefinition(_ node: VariableDefinition)
    func enterSelectionSet(_ node: SelectionSet)
    func leaveSelectionSet(_ node: SelectionSet)
    func enterField(_ node: Field)
    func leaveField(_ node: Field)
    func enterFragmentSpread(_ node: FragmentSpread)
    func enterInlineFragment(_ node: InlineFragment)
    func leaveInlineFragment(_ node: InlineFragment)
    /// `location` is where the directive stands, e.g. `.field` or `.query`.
    func enterDirective(_ node: Directive, location: DirectiveLocation)
    func leaveDirective(_ node: Directive, location: DirectiveLocation)
    func enterArgument(_ node: Argument)
    func leaveArgument(_ node: Argument)
    /// Every value: argument values, list items, object field values, default values.
    func enterValue(_ node: Value)
    func leaveValue(_ node: Value)
    func enterObjectField(_ node: ObjectField)
    func leaveObjectField(_ node: ObjectField)
}

extension ValidationVisitor {
    public func enterDocument(_ node: Document) {}
    public func leaveDocument(_ node: Document) {}
    public func enterDefinition(_ node: Definition) {}
    public func enterOperation(_ node: OperationDefinition) {}
    public func leaveOperation(_ node: OperationDefinition) {}
    public func enterFragmentDefinition(_ node: FragmentDefinition) {}
    public func leaveFragmentDefinition(_ node: FragmentDefinition) {}
    public func enterVariableDefinition(_ node: VariableDefinition) {}
    public func leaveVariableDefinition(_ node: VariableDefinition) {}
    public func enterSelectionSet(_ node: SelectionSet) {}
    public func leaveSelectionSet(_ node: SelectionSet) {}
    public func enterField(_ node: Field) {}
    public func leaveField(_ node: Field) {}
    public func enterFragmentSpread(_ node: FragmentSpread) {}
    public func enterInlineFragment(_ node: InlineFragment) {}
    public func leaveInlineFragment(_ node: InlineFragment) {}
    public func enterDirective(_ node: Directive, location: DirectiveLocation) {}
    public func leaveDirective(_ node: Directive, location: DirectiveLocation) {}
    public func enterArgument(_ node: Argument) {}
    public func leaveArgument(_ node: Argument) {}
    public func enterValue(_ node: Value) {}
    public func leaveValue(_ node: Value) {}
    public func enterObjectField(_ node: ObjectField) {}
    public func leaveObjectField(_ node: ObjectField) {}
}
