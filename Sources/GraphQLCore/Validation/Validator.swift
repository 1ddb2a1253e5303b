/// Checks an executable document against a schema before execution (spec §5).
public enum Validator {
    /// Every rule of the specification's Validation section, in the section's order.
    public static let specifiedRules: [any ValidationRule] = [
        ExecutableDefinitionsRule(),
        OperationTypeExistenceRule(),
        OperationNameUniquenessRule(),
        LoneAnonymousOperationRule(),
        SingleRootFieldRule(),
        FieldsOnCorrectTypeRule(),
        FieldSelectionMergingRule(),
        LeafFieldSelectionsRule(),
        ArgumentNamesRule(),
        ArgumentUniquenessRule(),
        RequiredArgumentsRule(),
        FragmentNameUniquenessRule(),
        FragmentSpreadTypeExistenceRule(),
        FragmentsOnCompositeTypesRule(),
        FragmentsMustBeUsedRule(),
        FragmentSpreadTargetDefinedRule(),
        FragmentSpreadsMustNotFormCyclesRule(),
        FragmentSpreadIsPossibleRule(),
        ValuesOfCorrectTypeRule(),
        InputObjectFieldNamesRule(),
        InputObjectFieldUniquenessRule(),
        InputObjectRequiredFieldsRule(),
        DirectivesAreDefinedRule(),
        DirectivesAreInValidLocationsRule(),
        DirectivesAreUniquePerLocationRule(),
        VariableUniquenessRule(),
        VariablesAreInputTypesRule(),
        AllVariableUsesDefinedRule(),
        AllVariablesUsedRule(),
        AllVariableUsagesAreAllowedRule(),
    ]

    /// Runs `rules` over `document` in one walk and returns their errors in the order they
    /// were found (document order, then rule order), each with `code: .validationFailed`.
    /// After `maxErrors` errors, one more error says validation was aborted, and it stops.
    public static func validate(
        _ document: Document,
        schema: GraphQLSchema,
        rules: [any ValidationRule] = Validator.specifiedRules,
        maxErrors: Int = 100
    ) -> [GraphQLError] {
        let context = ValidationContext(schema: schema, document: document, maxErrors: maxErrors)
        let visitors = rules.map { $0.makeVisitor(context: context) }
        let walk = DocumentWalk(schema: schema, visitors: visitors, shouldStop: { [unowned context] in context.isAborted })
        context.walk = walk
        walk.walk(document)
        return context.errors
    }
}
