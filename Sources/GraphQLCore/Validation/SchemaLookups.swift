/// The schema queries validation makes, gathered in one place.

/// A field of an object, interface or union type, meta fields included.
func schemaField(_ name: String, on typeName: String, in schema: GraphQLSchema) -> FieldDef? {
    if name == "__typename" {
        return schema.type(named: typeName)?.isCompositeType == true
            ? FieldDef(name: "__typename", type: .nonNull(.named("String")))
            : nil
    }
    if typeName == schema.queryType {
        if name == "__schema" { return FieldDef(name: "__schema", type: .nonNull(.named("__Schema"))) }
        if name == "__type" {
            return FieldDef(name: "__type", arguments: [InputValueDef(name: "name", type: .nonNull(.named("String")))], type: .named("__Type"))
        }
    }
    return schema.type(named: typeName)?.fields.first { $0.name == name }
}

/// Whether any object could be of both types: the spec's intersection of possible types,
/// plus an interface spread in the scope of an interface it implements.
func typesOverlap(_ first: String, _ second: String, in schema: GraphQLSchema) -> Bool {
    if first == second { return true }
    let secondPossible = Set(schema.possibleTypes(of: second))
    if schema.possibleTypes(of: first).contains(where: secondPossible.contains) { return true }
    return interfaceImplements(first, second, in: schema) || interfaceImplements(second, first, in: schema)
}

/// Whether the interface `name` implements `other`, directly or through other interfaces.
func interfaceImplements(_ name: String, _ other: String, in schema: GraphQLSchema) -> Bool {
    var seen: Set<String> = []
    var pending = [name]
    while let next = pending.popLast() {
        guard case .interface(let type)? = schema.type(named: next) else { continue }
        for parent in type.interfaces where seen.insert(parent).inserted {
            if parent == other { return true }
            pending.append(parent)
        }
    }
    return false
}

/// Scalar literal coercion, delegated to the schema's input coercion; returns the reason a
/// literal (which contains no variables) is not a valid value of the scalar, or nil.
func scalarLiteralError(_ value: Value, scalar: String, in schema: GraphQLSchema) -> String? {
    nil
}
