/// Input coercion (spec §6.1.2 "Coercing Variable Values", §6.4.1 "Coercing Field
/// Arguments" and each input type's rules in §3): literals and variable values become the
/// internal values resolvers receive, or a `GraphQLError` that names the offending value.
///
/// Coerced values are `GraphQLValue`s: enum values become `.string(name)`, input objects
/// `.object` with defaults filled in, and a single value given for a list becomes a list.
public enum InputCoercion {
    /// Coerces a literal from the document. Variables are read from `variables`, which hold
    /// already coerced values; with `variables: nil` any variable is an error, which is how
    /// default values and other constants are checked.
    public static func coerceLiteral(_ value: Value, to type: TypeRef, in schema: GraphQLSchema, variables: GraphQLObject?) throws -> GraphQLValue {
        guard let coerced = try LiteralCoercer(schema: schema, variables: variables).coerce(value, to: type) else {
            // Only an absent variable yields no value; at the top it reads as null.
            if type.isNonNull, case .variable(let name) = value.kind {
                throw GraphQLError("Variable \"$\(name)\" of required type \"\(type)\" was not provided.", locations: [value.loc], code: .badUserInput)
            }
            return .null
        }
        return coerced
    }

    /// Coerces a variable's JSON value (not the absence of one) to the variable's type.
    /// A problem inside the value names the path to it: `at "value.items[1]"`.
    public static func coerceVariable(_ value: GraphQLValue, to type: TypeRef, in schema: GraphQLSchema) throws -> GraphQLValue {
        var coercer = VariableCoercer(schema: schema)
        let coerced = coercer.coerce(value, to: type, path: [])
        if let problem = coercer.problems.first {
            throw GraphQLError(problem.message(variable: nil), code: .badUserInput)
        }
        return coerced
    }

    /// CoerceVariableValues: every variable of an operation from the request's values, with
    /// defaults applied. Returns the coerced values, or every problem found (messages as
    /// `Variable "$x" got invalid value 1.5; Int cannot represent non-integer value: 1.5`).
    public static func coerceVariableValues(_ definitions: [VariableDefinition], values: GraphQLObject, in schema: GraphQLSchema) -> Result<GraphQLObject, VariableCoercionErrors> {
        var coerced = GraphQLObject()
        var errors: [GraphQLError] = []
        for definition in definitions {
            let name = definition.variable.value
            let type = TypeRef(definition.type)
            let locations = [definition.loc]
            guard schema.type(named: type.namedType)?.isInputType == true else {
                errors.append(GraphQLError("Variable \"$\(name)\" expected value of type \"\(type)\" which cannot be used as an input type.", locations: locations, code: .badUserInput))
                continue
            }
            let given = values[name]
            if given == nil, let defaultValue = definition.defaultValue {
                do {
                    coerced[name] = try coerceLiteral(defaultValue, to: type, in: schema, variables: nil)
                } catch var error as GraphQLError {
                    error.message = "Variable \"$\(name)\" has invalid default value \(LiteralText.print(defaultValue)); \(error.message)"
                    error.locations = locations
                    errors.append(error)
                } catch {
                    errors.append(GraphQLError("Variable \"$\(name)\" has invalid default value \(LiteralText.print(defaultValue)).", locations: locations, code: .badUserInput))
                }
                continue
            }
            if type.isNonNull {
                if given == nil {
                    errors.append(GraphQLError("Variable \"$\(name)\" of required type \"\(type)\" was not provided.", locations: locations, code: .badUserInput))
                    continue
                }
                if given == .null {
                    errors.append(GraphQLError("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.", locations: locations, code: .badUserInput))
                    continue
                }
            }
            guard let given else { continue }
            var coercer = VariableCoercer(schema: schema)
            let value = coercer.coerce(given, to: type, path: [])
            if coercer.problems.isEmpty {
                coerced[name] = value
            } else {
                for problem in coercer.problems {
                    errors.append(GraphQLError(problem.message(variable: name), locations: locations, code: .badUserInput))
                }
            }
        }
        return errors.isEmpty ? .success(coerced) : .failure(VariableCoercionErrors(errors: errors))
    }

    /// CoerceArgumentValues: the arguments of a field or directive, from the literals given
    /// and the operation's coerced variables. An argument neither given nor defaulted is
    /// left out, so a resolver can tell "not given" from an explicit null.
    public static func coerceArguments(_ arguments: [Argument], of definitions: [InputValueDef], in schema: GraphQLSchema, variables: GraphQLObject) throws -> GraphQLObject {
        var coerced = GraphQLObject()
        for definition in definitions {
            let type = definition.type
            let node = arguments.first { $0.name.value == definition.name }
            guard let node else {
                if let defaultValue = definition.defaultValue {
                    coerced[definition.name] = try coerceLiteral(defaultValue, to: type, in: schema, variables: nil)
                } else if type.isNonNull {
                    throw GraphQLError("Argument \"\(definition.name)\" of required type \"\(type)\" was not provided.", code: .badUserInput)
                }
                continue
            }
            var isNull = node.value.kind == .null
            if case .variable(let variable) = node.value.kind {
                guard let value = variables[variable] else {
                    if let defaultValue = definition.defaultValue {
                        coerced[definition.name] = try coerceLiteral(defaultValue, to: type, in: schema, variables: nil)
                    } else if type.isNonNull {
                        throw GraphQLError("Argument \"\(definition.name)\" of required type \"\(type)\" was provided the variable \"$\(variable)\" which was not provided a runtime value.", locations: [node.value.loc], code: .badUserInput)
                    }
                    continue
                }
                isNull = value == .null
            }
            if isNull, type.isNonNull {
                throw GraphQLError("Argument \"\(definition.name)\" of non-null type \"\(type)\" must not be null.", locations: [node.value.loc], code: .badUserInput)
            }
            do {
                coerced[definition.name] = try coerceLiteral(node.value, to: type, in: schema, variables: variables)
            } catch var error as GraphQLError {
                error.message = "Argument \"\(definition.name)\" has invalid value \(LiteralText.print(node.value)); \(error.message)"
                throw error
            }
        }
        return coerced
    }
}

/// All the problems with an operation's variables, in definition order.
public struct VariableCoercionErrors: Error, Sendable, Hashable {
    public var errors: [GraphQLError]

    public init(errors: [GraphQLError]) {
        self.errors = errors
    }
}
