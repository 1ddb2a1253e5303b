/// All Variable Usages Are Allowed (spec §5.8.5): a variable's type must fit each position
/// it is passed to. A nullable variable may stand in a non-null position only when it, or
/// the position, has a default value. A field of a `@oneOf` input object takes only
/// non-null variables, since a null would leave no field given.
public struct AllVariableUsagesAreAllowedRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func leaveOperation(_ node: OperationDefinition) {
            let schema = context.schema
            var definitions: [String: VariableDefinition] = [:]
            for definition in node.variableDefinitions where definitions[definition.variable.value] == nil {
                definitions[definition.variable.value] = definition
            }
            for usage in context.recursiveVariableUsages(of: node) {
                guard let definition = definitions[usage.name], schema.type(named: definition.type.namedType.value) != nil else { continue }
                let variableType = TypeRef(definition.type)
                if let locationType = usage.type,
                   !Self.isAllowed(variableType, default: definition.defaultValue, in: locationType, locationDefault: usage.defaultValue) {
                    context.report("Variable \"$\(usage.name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".", at: [definition.loc, usage.loc])
                }
                if usage.type != nil, let parent = usage.parentType?.namedType, case .inputObject(let object)? = schema.type(named: parent),
                   object.isOneOf, !variableType.isNonNull {
                    context.report("Variable \"$\(usage.name)\" is of type \"\(variableType)\" but must be non-nullable to be used for OneOf Input Object \"\(object.name)\".", at: [definition.loc, usage.loc])
                }
            }
        }

        /// IsVariableUsageAllowed.
        static func isAllowed(_ variableType: TypeRef, default variableDefault: Value?, in locationType: TypeRef, locationDefault: Value?) -> Bool {
            if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
                var hasNonNullDefault = false
                if let variableDefault, variableDefault.kind != .null { hasNonNullDefault = true }
                guard hasNonNullDefault || locationDefault != nil else { return false }
                return areCompatible(variableType, nullableLocation)
            }
            return areCompatible(variableType, locationType)
        }

        /// AreTypesCompatible.
        static func areCompatible(_ variableType: TypeRef, _ locationType: TypeRef) -> Bool {
            switch (variableType, locationType) {
            case (.nonNull(let variableInner), .nonNull(let locationInner)):
                return areCompatible(variableInner, locationInner)
            case (_, .nonNull):
                return false
            case (.nonNull(let variableInner), _):
                return areCompatible(variableInner, locationType)
            case (.list(let variableItem), .list(let locationItem)):
                return areCompatible(variableItem, locationItem)
            case (_, .list), (.list, _):
                return false
            case (.named(let variableName), .named(let locationName)):
                return variableName == locationName
            }
        }
    }
}
