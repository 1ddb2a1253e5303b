/// Argument look-up by name, as `FieldDef.argument(_:)` has it.
extension DirectiveDef {
    public func argument(_ name: String) -> InputValueDef? {
        arguments.first { $0.name == name }
    }
}
