/// Schema questions validation asks that the schema model does not answer directly.

/// Whether any object could be of both types: the spec's intersection of possible types,
/// plus an interface spread in the scope of an interface it implements (or the reverse),
/// which holds even when no object implements either.
func typesOverlap(_ first: String, _ second: String, in schema: GraphQLSchema) -> Bool {
    if first == second { return true }
    let secondPossible = Set(schema.possibleTypes(of: second))
    if schema.possibleTypes(of: first).contains(where: secondPossible.contains) { return true }
    guard case .interface? = schema.type(named: first), case .interface? = schema.type(named: second) else { return false }
    return schema.isSubtype(.named(first), of: .named(second)) || schema.isSubtype(.named(second), of: .named(first))
}

/// Why a constant literal is not a value of the scalar, as the schema's input coercion
/// words it; nil when it is one.
func scalarLiteralError(_ value: Value, scalar: String, in schema: GraphQLSchema) -> String? {
    do {
        _ = try InputCoercion.coerceLiteral(value, to: .named(scalar), in: schema, variables: nil)
        return nil
    } catch let error as GraphQLError {
        return error.message
    } catch {
        return "Expected value of type \"\(scalar)\", found \(ValueText.print(value))."
    }
}
