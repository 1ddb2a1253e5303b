/// Directives applied in the SDL (spec §5.7 applied to the type system): each one defined,
/// in a place its definition allows, not repeated unless repeatable, with known, unique
/// and constant arguments of the right types and every required argument given.
struct DirectiveUsageChecks {
    let schema: GraphQLSchema
    private(set) var problems: [GraphQLError] = []

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    mutating func run(schema nodes: [SchemaDefinition], types: [TypeDefinition], directives: [DirectiveDefinition]) {
        for node in nodes { check(node.directives, at: .schema) }
        for type in types { check(type) }
        for directive in directives {
            for argument in directive.arguments {
                check(argument.directives, at: .argumentDefinition)
                // Spec §3.13: a directive definition may not use the directive it defines.
                for use in argument.directives where use.name.value == directive.name.value {
                    report("Directive \"@\(directive.name.value)\" must not reference itself.", use.loc)
                }
            }
        }
    }

    private mutating func check(_ node: TypeDefinition) {
        switch node {
        case .scalar(let scalar):
            check(scalar.directives, at: .scalar)
        case .object(let object), .interface(let object):
            let isObject: Bool
            if case .object = node { isObject = true } else { isObject = false }
            check(object.directives, at: isObject ? .object : .interface)
            for field in object.fields {
                check(field.directives, at: .fieldDefinition)
                for argument in field.arguments { check(argument.directives, at: .argumentDefinition) }
            }
        case .union(let union):
            check(union.directives, at: .union)
        case .enumType(let enumType):
            check(enumType.directives, at: .enumType)
            for value in enumType.values { check(value.directives, at: .enumValue) }
        case .inputObject(let input):
            check(input.directives, at: .inputObject)
            for field in input.fields { check(field.directives, at: .inputFieldDefinition) }
        }
    }

    private mutating func report(_ message: String, _ location: SourceLocation) {
        problems.append(GraphQLError(message, locations: [location]))
    }

    private mutating func check(_ directives: [Directive], at location: DirectiveLocation) {
        var seen: Set<String> = []
        for node in directives {
            let name = node.name.value
            guard let definition = schema.directive(named: name) else {
                report("Unknown directive \"@\(name)\".", node.loc)
                continue
            }
            if !definition.locations.contains(location) {
                report("Directive \"@\(name)\" may not be used on \(location.rawValue).", node.loc)
            }
            if !definition.isRepeatable, !seen.insert(name).inserted {
                report("The directive \"@\(name)\" can only be used once at this location.", node.loc)
            }
            checkArguments(node, definition)
        }
    }

    private mutating func checkArguments(_ node: Directive, _ definition: DirectiveDef) {
        var given: Set<String> = []
        for argument in node.arguments {
            let name = argument.name.value
            if !given.insert(name).inserted {
                report("There can be only one argument named \"\(name)\".", argument.loc)
                continue
            }
            guard let argumentDefinition = definition.argument(name) else {
                let hint = Suggestions.didYouMean(Suggestions.list(name, options: definition.arguments.map(\.name)))
                report("Unknown argument \"\(name)\" on directive \"@\(definition.name)\".\(hint)", argument.loc)
                continue
            }
            do {
                _ = try InputCoercion.coerceLiteral(argument.value, to: argumentDefinition.type, in: schema, variables: nil)
            } catch let error as GraphQLError {
                problems.append(GraphQLError(error.message, locations: error.locations.isEmpty ? [argument.value.loc] : error.locations))
            } catch {
                report("Invalid value for argument \"\(name)\" of directive \"@\(definition.name)\".", argument.value.loc)
            }
        }
        for argument in definition.arguments where argument.type.isNonNull && argument.defaultValue == nil && !given.contains(argument.name) {
            report("Directive \"@\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.", node.loc)
        }
    }
}
