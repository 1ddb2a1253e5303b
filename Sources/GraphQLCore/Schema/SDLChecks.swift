/// Checks on the SDL itself, before a model is built from it: names defined once, every
/// type referred to defined, one root type per operation.
struct SDLChecks {
    let types: [TypeDefinition]
    let directives: [DirectiveDefinition]
    private let knownTypes: Set<String>
    private(set) var problems: [GraphQLError] = []

    init(types: [TypeDefinition], directives: [DirectiveDefinition]) {
        self.types = types
        self.directives = directives
        knownTypes = Set(types.map(\.name.value) + BuiltInScalars.names + IntrospectionTypes.names)
    }

    mutating func run(schema: [SchemaDefinition]) {
        checkRootOperations(schema)
        for type in types { check(type) }
        for directive in directives {
            checkArguments(directive.arguments, owner: "@\(directive.name.value)")
            for location in directive.locations where DirectiveLocation(rawValue: location.value) == nil {
                report("Unknown directive location \"\(location.value)\".", location.loc)
            }
        }
    }

    private mutating func report(_ message: String, _ location: SourceLocation) {
        problems.append(GraphQLError(message, locations: [location]))
    }

    private mutating func checkRootOperations(_ nodes: [SchemaDefinition]) {
        var seen: Set<OperationType> = []
        for node in nodes {
            for operation in node.operationTypes {
                if !seen.insert(operation.operation).inserted {
                    report("There can be only one \(operation.operation.rawValue) type in schema.", operation.loc)
                }
                checkKnown(operation.type)
            }
        }
    }

    private mutating func check(_ node: TypeDefinition) {
        let name = node.name.value
        switch node {
        case .scalar:
            break
        case .object(let object), .interface(let object):
            object.interfaces.forEach { checkKnown($0) }
            var seen: Set<String> = []
            for field in object.fields {
                if !seen.insert(field.name.value).inserted {
                    report("Field \"\(name).\(field.name.value)\" can only be defined once.", field.name.loc)
                }
                checkKnown(field.type.namedType)
                checkArguments(field.arguments, owner: "\(name).\(field.name.value)")
            }
        case .union(let union):
            union.types.forEach { checkKnown($0) }
        case .enumType(let enumType):
            var seen: Set<String> = []
            for value in enumType.values where !seen.insert(value.name.value).inserted {
                report("Enum value \"\(name).\(value.name.value)\" can only be defined once.", value.name.loc)
            }
        case .inputObject(let input):
            var seen: Set<String> = []
            for field in input.fields {
                if !seen.insert(field.name.value).inserted {
                    report("Field \"\(name).\(field.name.value)\" can only be defined once.", field.name.loc)
                }
                checkKnown(field.type.namedType)
            }
        }
    }

    private mutating func checkArguments(_ arguments: [InputValueDefinition], owner: String) {
        var seen: Set<String> = []
        for argument in arguments {
            if !seen.insert(argument.name.value).inserted {
                report("Argument \"\(owner)(\(argument.name.value):)\" can only be defined once.", argument.name.loc)
            }
            checkKnown(argument.type.namedType)
        }
    }

    private mutating func checkKnown(_ name: Name) {
        if !knownTypes.contains(name.value) {
            report("Type \"\(name.value)\" not found.", name.loc)
        }
    }
}
