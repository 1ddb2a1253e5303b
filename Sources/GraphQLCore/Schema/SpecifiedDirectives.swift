/// The directives every schema has (spec §3.13): `@include`, `@skip`, `@deprecated`,
/// `@specifiedBy` and `@oneOf`.
public enum SpecifiedDirectives {
    public static let defaultDeprecationReason = "No longer supported"

    public static let include = DirectiveDef(
        name: "include",
        description: "Selects the field or fragment only when `if` is true.",
        arguments: [InputValueDef(name: "if", description: "Selected when true.", type: .nonNull(.named("Boolean")))],
        locations: [.field, .fragmentSpread, .inlineFragment]
    )

    public static let skip = DirectiveDef(
        name: "skip",
        description: "Leaves the field or fragment out when `if` is true.",
        arguments: [InputValueDef(name: "if", description: "Left out when true.", type: .nonNull(.named("Boolean")))],
        locations: [.field, .fragmentSpread, .inlineFragment]
    )

    public static let deprecated = DirectiveDef(
        name: "deprecated",
        description: "Marks part of the schema as no longer supported.",
        arguments: [InputValueDef(
            name: "reason",
            description: "Why, and what to use instead (Markdown).",
            type: .named("String"),
            defaultValue: Value(.string(defaultDeprecationReason, isBlock: false), loc: .unknown)
        )],
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue]
    )

    public static let specifiedBy = DirectiveDef(
        name: "specifiedBy",
        description: "Links a custom scalar to the document that specifies its behaviour.",
        arguments: [InputValueDef(name: "url", description: "Where the specification of the scalar lives.", type: .nonNull(.named("String")))],
        locations: [.scalar]
    )

    public static let oneOf = DirectiveDef(
        name: "oneOf",
        description: "Makes an input object take exactly one of its fields, given and not null.",
        locations: [.inputObject]
    )

    public static let all = [include, skip, deprecated, specifiedBy, oneOf]

    public static func isSpecified(_ name: String) -> Bool {
        all.contains { $0.name == name }
    }
}
