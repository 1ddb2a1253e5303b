/// Builds the schema model from type system definitions (spec §3): extensions merged into
/// the types they extend, built-in scalars, specified directives and introspection types
/// added, then the whole checked so only a valid schema comes out.
struct SchemaBuilder {
    let scalars: [String: any ScalarCoercion]
    var problems: [GraphQLError] = []
    var locations = SchemaLocations()

    private var schemaDefinition: SchemaDefinition?
    private var schemaExtensions: [SchemaDefinition] = []
    private var typeDefinitions: [TypeDefinition] = []
    private var typeIndex: [String: Int] = [:]
    private var typeExtensions: [TypeDefinition] = []
    private var directiveDefinitions: [DirectiveDefinition] = []

    init(scalars: [String: any ScalarCoercion]) {
        self.scalars = scalars
    }

    mutating func build(_ document: Document) throws -> GraphQLSchema {
        collect(document)
        applyExtensions()
        var checks = SDLChecks(types: typeDefinitions, directives: directiveDefinitions)
        checks.run(schema: [schemaDefinition].compactMap { $0 } + schemaExtensions)
        problems += checks.problems
        try throwFirstProblem()

        let schema = assemble()
        var usages = DirectiveUsageChecks(schema: schema)
        usages.run(schema: [schemaDefinition].compactMap { $0 } + schemaExtensions, types: typeDefinitions, directives: directiveDefinitions)
        problems += usages.problems
        try throwFirstProblem()

        var validation = TypeSystemValidation(schema: schema, locations: locations)
        validation.run()
        problems += validation.problems
        try throwFirstProblem()
        return schema
    }

    private func throwFirstProblem() throws {
        if let first = problems.first { throw first }
    }

    private mutating func report(_ message: String, _ location: SourceLocation) {
        problems.append(GraphQLError(message, locations: [location]))
    }

    // MARK: Collecting definitions

    private mutating func collect(_ document: Document) {
        for definition in document.definitions {
            switch definition {
            case .operation(let operation):
                report("A schema holds type system definitions only; found an operation.", operation.loc)
            case .fragment(let fragment):
                report("A schema holds type system definitions only; found the fragment \"\(fragment.name.value)\".", fragment.loc)
            case .typeSystem(.schema(let node)):
                if schemaDefinition == nil {
                    schemaDefinition = node
                } else {
                    report("Must provide only one schema definition.", node.loc)
                }
            case .typeSystem(.type(let node)):
                collectType(node)
            case .typeSystem(.directive(let node)):
                let name = node.name.value
                if SpecifiedDirectives.isSpecified(name) {
                    report("Directive \"@\(name)\" already exists in the schema. It cannot be redefined.", node.name.loc)
                } else if directiveDefinitions.contains(where: { $0.name.value == name }) {
                    report("There can be only one directive named \"@\(name)\".", node.name.loc)
                } else {
                    directiveDefinitions.append(node)
                }
            case .typeSystemExtension(.schema(let node)):
                schemaExtensions.append(node)
            case .typeSystemExtension(.type(let node)):
                typeExtensions.append(node)
            }
        }
    }

    private mutating func collectType(_ node: TypeDefinition) {
        let name = node.name.value
        if BuiltInScalars.isBuiltIn(name) {
            // `scalar String` restates a built-in and changes nothing; anything else clashes.
            if case .scalar = node { return }
            report("There can be only one type named \"\(name)\".", node.name.loc)
            return
        }
        if typeIndex[name] != nil {
            report("There can be only one type named \"\(name)\".", node.name.loc)
            return
        }
        typeIndex[name] = typeDefinitions.count
        typeDefinitions.append(node)
    }

    /// Extensions may come before or after the type they extend; both are merged into it.
    private mutating func applyExtensions() {
        for node in typeExtensions {
            let name = node.name.value
            guard let index = typeIndex[name] else {
                let hint = Suggestions.didYouMean(Suggestions.list(name, options: typeDefinitions.map(\.name.value)))
                report("Cannot extend type \"\(name)\" because it is not defined.\(hint)", node.name.loc)
                continue
            }
            switch (typeDefinitions[index], node) {
            case (.scalar(var base), .scalar(let extra)):
                base.directives += extra.directives
                typeDefinitions[index] = .scalar(base)
            case (.object(var base), .object(let extra)):
                base.interfaces += extra.interfaces
                base.directives += extra.directives
                base.fields += extra.fields
                typeDefinitions[index] = .object(base)
            case (.interface(var base), .interface(let extra)):
                base.interfaces += extra.interfaces
                base.directives += extra.directives
                base.fields += extra.fields
                typeDefinitions[index] = .interface(base)
            case (.union(var base), .union(let extra)):
                base.directives += extra.directives
                base.types += extra.types
                typeDefinitions[index] = .union(base)
            case (.enumType(var base), .enumType(let extra)):
                base.directives += extra.directives
                base.values += extra.values
                typeDefinitions[index] = .enumType(base)
            case (.inputObject(var base), .inputObject(let extra)):
                base.directives += extra.directives
                base.fields += extra.fields
                typeDefinitions[index] = .inputObject(base)
            default:
                report("Cannot extend non-\(Self.kindWord(node)) type \"\(name)\".", node.name.loc)
            }
        }
    }

    static func kindWord(_ node: TypeDefinition) -> String {
        switch node {
        case .scalar: return "scalar"
        case .object: return "object"
        case .interface: return "interface"
        case .union: return "union"
        case .enumType: return "enum"
        case .inputObject: return "input object"
        }
    }

    // MARK: Assembling the model

    private mutating func assemble() -> GraphQLSchema {
        var types: [String: NamedType] = [:]
        var typeNames: [String] = []
        for node in typeDefinitions {
            let type = makeType(node)
            types[type.name] = type
            typeNames.append(type.name)
        }
        for type in IntrospectionTypes.all { types[type.name] = type }

        var directives = SpecifiedDirectives.all
        for node in directiveDefinitions { directives.append(makeDirective(node)) }

        // Built-in scalars belong to the schema only when something refers to them (spec
        // §4.2.1); the introspection types refer to String and Boolean. One that nothing
        // refers to is unknown to documents too, as introspection shows and graphql-js has it.
        let referenced = Self.referencedNames(types: typeNames.compactMap { types[$0] } + IntrospectionTypes.all, directives: directives)
        for scalar in BuiltInScalars.all where referenced.contains(scalar.name) {
            types[scalar.name] = .scalar(scalar)
        }
        typeNames += BuiltInScalars.names.filter(referenced.contains)
        typeNames += IntrospectionTypes.names

        var roots: [OperationType: String] = [:]
        for node in [schemaDefinition].compactMap({ $0 }) + schemaExtensions {
            for operation in node.operationTypes where roots[operation.operation] == nil {
                roots[operation.operation] = operation.type.value
                locations.record("schema.\(operation.operation.rawValue)", operation.type.loc)
            }
        }
        if roots.isEmpty {
            for operation in OperationType.allCases where types[Self.defaultRootName(operation)] != nil {
                roots[operation] = Self.defaultRootName(operation)
            }
        }

        var possible: [String: [String]] = [:]
        for name in typeNames {
            switch types[name] {
            case .object(let object)?:
                for interface in object.interfaces { possible[interface, default: []].append(name) }
            case .union(let union)?:
                possible[name] = union.members
            default:
                break
            }
        }

        return GraphQLSchema(
            description: schemaDefinition?.description,
            queryType: roots[.query] ?? "",
            mutationType: roots[.mutation],
            subscriptionType: roots[.subscription],
            types: types,
            typeNames: typeNames,
            directives: directives,
            possibleTypeNames: possible
        )
    }

    static func defaultRootName(_ operation: OperationType) -> String {
        switch operation {
        case .query: return "Query"
        case .mutation: return "Mutation"
        case .subscription: return "Subscription"
        }
    }

    /// Every named type a field, argument or input field refers to.
    static func referencedNames(types: [NamedType], directives: [DirectiveDef]) -> Set<String> {
        var names: Set<String> = []
        for type in types {
            switch type {
            case .object(let object), .interface(let object):
                for field in object.fields {
                    names.insert(field.type.namedType)
                    for argument in field.arguments { names.insert(argument.type.namedType) }
                }
            case .inputObject(let input):
                for field in input.fields { names.insert(field.type.namedType) }
            default:
                break
            }
        }
        for directive in directives {
            for argument in directive.arguments { names.insert(argument.type.namedType) }
        }
        return names
    }
}
