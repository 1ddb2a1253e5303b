/// Field look-up as a document sees it: the type's own fields plus the meta fields the
/// spec adds implicitly (§4.1, §4.2).
extension GraphQLSchema {
    /// `__typename` on every object, interface and union; `__schema` and `__type(name:)`
    /// on the query root type only.
    public func field(_ fieldName: String, on typeName: String) -> FieldDef? {
        guard let type = types[typeName] else { return nil }
        if fieldName == MetaFields.typeName.name {
            return type.isCompositeType ? MetaFields.typeName : nil
        }
        if typeName == queryType {
            if fieldName == MetaFields.schema.name { return MetaFields.schema }
            if fieldName == MetaFields.type.name { return MetaFields.type }
        }
        switch type {
        case .object(let object): return object.field(fieldName)
        case .interface(let interface): return interface.field(fieldName)
        default: return nil
        }
    }
}

/// The definitions of the implicit meta fields.
public enum MetaFields {
    public static let typeName = FieldDef(
        name: "__typename",
        description: "The name of the object type this value is at run time.",
        type: .nonNull(.named("String"))
    )

    public static let schema = FieldDef(
        name: "__schema",
        description: "The schema this server serves, for introspection.",
        type: .nonNull(.named("__Schema"))
    )

    public static let type = FieldDef(
        name: "__type",
        description: "One named type of the schema, or null when there is none by that name.",
        arguments: [InputValueDef(name: "name", type: .nonNull(.named("String")))],
        type: .named("__Type")
    )
}
