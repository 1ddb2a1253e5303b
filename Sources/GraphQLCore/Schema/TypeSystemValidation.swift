/// The type system's own validation (spec §3 "Type Validation" of each kind, §3.3 root
/// operation types, §3.13 directive definitions), run on the built model.
struct TypeSystemValidation {
    let schema: GraphQLSchema
    let locations: SchemaLocations
    private(set) var problems: [GraphQLError] = []

    init(schema: GraphQLSchema, locations: SchemaLocations) {
        self.schema = schema
        self.locations = locations
    }

    mutating func run() {
        checkRootTypes()
        for directive in schema.directives where !SpecifiedDirectives.isSpecified(directive.name) {
            checkDirective(directive)
        }
        for name in schema.typeNames where !IntrospectionTypes.isIntrospectionType(name) && !BuiltInScalars.isBuiltIn(name) {
            guard let type = schema.type(named: name) else { continue }
            checkName(name, at: name)
            switch type {
            case .scalar: break
            case .object(let object): checkFields(of: object); checkInterfaces(of: object)
            case .interface(let interface): checkFields(of: interface); checkInterfaces(of: interface)
            case .union(let union): checkMembers(of: union)
            case .enumType(let enumType): checkValues(of: enumType)
            case .inputObject(let input): checkInputFields(of: input)
            }
        }
        var cycles = InputCycleCheck(schema: schema)
        for name in schema.typeNames {
            if case .inputObject(let input)? = schema.type(named: name), let path = cycles.cycle(from: input) {
                report("Cannot reference Input Object \"\(path.target)\" within itself through a series of non-null fields: \"\(path.fields.joined(separator: "."))\".", at: path.coordinate)
            }
        }
    }

    private mutating func report(_ message: String, at coordinate: String?) {
        problems.append(GraphQLError(message, locations: coordinate.map { locations($0) } ?? []))
    }

    private func quoted(_ type: TypeRef) -> String { "\"\(type)\"" }

    // MARK: Root operation types

    private mutating func checkRootTypes() {
        if schema.queryType.isEmpty {
            report("Query root type must be provided.", at: nil)
        }
        var used: [String: OperationType] = [:]
        for operation in OperationType.allCases {
            let name: String?
            switch operation {
            case .query: name = schema.queryType.isEmpty ? nil : schema.queryType
            case .mutation: name = schema.mutationType
            case .subscription: name = schema.subscriptionType
            }
            guard let name else { continue }
            let title = operation.rawValue.prefix(1).uppercased() + operation.rawValue.dropFirst()
            let coordinate = "schema.\(operation.rawValue)"
            guard case .object? = schema.type(named: name) else {
                let condition = operation == .query ? "" : " if provided"
                report("\(title) root type must be Object type\(condition), it cannot be \(name).", at: coordinate)
                continue
            }
            if let earlier = used[name] {
                report("All root types must be different, \"\(name)\" type is used as \(earlier.rawValue) and \(operation.rawValue) root types.", at: coordinate)
            } else {
                used[name] = operation
            }
        }
    }

    // MARK: Names and directives

    private mutating func checkName(_ name: String, at coordinate: String) {
        if name.hasPrefix("__") {
            report("Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.", at: coordinate)
        }
    }

    private mutating func checkDirective(_ directive: DirectiveDef) {
        let coordinate = Coordinate.directive(directive.name)
        checkName(directive.name, at: coordinate)
        for argument in directive.arguments {
            let argumentCoordinate = Coordinate.directiveArgument(directive.name, argument.name)
            checkName(argument.name, at: argumentCoordinate)
            if schema.type(named: argument.type.namedType)?.isInputType != true {
                report("The type of \(argumentCoordinate) must be Input Type but got: \(quoted(argument.type)).", at: argumentCoordinate)
            }
            if argument.type.isNonNull && argument.defaultValue == nil && argument.deprecationReason != nil {
                report("Required argument \(argumentCoordinate) cannot be deprecated.", at: argumentCoordinate)
            }
            checkDefault(argument, coordinate: argumentCoordinate, kind: "Argument")
        }
    }

    private mutating func checkDefault(_ value: InputValueDef, coordinate: String, kind: String) {
        guard let defaultValue = value.defaultValue, schema.type(named: value.type.namedType)?.isInputType == true else { return }
        do {
            _ = try InputCoercion.coerceLiteral(defaultValue, to: value.type, in: schema, variables: nil)
        } catch let error as GraphQLError {
            report("\(kind) \(coordinate) has invalid default value: \(error.message)", at: coordinate)
        } catch {
            report("\(kind) \(coordinate) has invalid default value.", at: coordinate)
        }
    }

    // MARK: Objects and interfaces

    private mutating func checkFields(of type: ObjectType) {
        if type.fields.isEmpty {
            report("Type \(type.name) must define one or more fields.", at: type.name)
        }
        for field in type.fields {
            let coordinate = Coordinate.field(type.name, field.name)
            checkName(field.name, at: coordinate)
            if schema.type(named: field.type.namedType)?.isOutputType != true {
                report("The type of \(coordinate) must be Output Type but got: \(quoted(field.type)).", at: coordinate)
            }
            for argument in field.arguments {
                let argumentCoordinate = Coordinate.argument(type.name, field.name, argument.name)
                checkName(argument.name, at: argumentCoordinate)
                if schema.type(named: argument.type.namedType)?.isInputType != true {
                    report("The type of \(argumentCoordinate) must be Input Type but got: \(quoted(argument.type)).", at: argumentCoordinate)
                }
                if argument.type.isNonNull && argument.defaultValue == nil && argument.deprecationReason != nil {
                    report("Required argument \(argumentCoordinate) cannot be deprecated.", at: argumentCoordinate)
                }
                checkDefault(argument, coordinate: argumentCoordinate, kind: "Argument")
            }
        }
    }

    private mutating func checkInterfaces(of type: ObjectType) {
        var seen: Set<String> = []
        for name in type.interfaces {
            let coordinate = Coordinate.reference(type.name, name)
            guard case .interface(let interface)? = schema.type(named: name) else {
                report("Type \(type.name) must only implement Interface types, it cannot implement \(name).", at: coordinate)
                continue
            }
            if name == type.name {
                report("Type \(type.name) cannot implement itself because it would create a circular reference.", at: coordinate)
                continue
            }
            if !seen.insert(name).inserted {
                report("Type \(type.name) can only implement \(name) once.", at: coordinate)
                continue
            }
            for transitive in interface.interfaces where !type.interfaces.contains(transitive) {
                let message = transitive == type.name
                    ? "Type \(type.name) cannot implement \(name) because it would create a circular reference."
                    : "Type \(type.name) must implement \(transitive) because it is implemented by \(name)."
                report(message, at: coordinate)
            }
            checkImplementation(of: interface, by: type)
        }
    }

    /// IsValidImplementation (spec §3.6.1).
    private mutating func checkImplementation(of interface: InterfaceType, by type: ObjectType) {
        for interfaceField in interface.fields {
            let fieldName = interfaceField.name
            guard let field = type.field(fieldName) else {
                report("Interface field \(interface.name).\(fieldName) expected but \(type.name) does not provide it.", at: type.name)
                continue
            }
            let coordinate = Coordinate.field(type.name, fieldName)
            if !schema.isSubtype(field.type, of: interfaceField.type) {
                report("Interface field \(interface.name).\(fieldName) expects type \(quoted(interfaceField.type)) but \(type.name).\(fieldName) is type \(quoted(field.type)).", at: coordinate)
            }
            for interfaceArgument in interfaceField.arguments {
                let argumentName = interfaceArgument.name
                guard let argument = field.argument(argumentName) else {
                    report("Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expected but \(type.name).\(fieldName) does not provide it.", at: coordinate)
                    continue
                }
                if argument.type != interfaceArgument.type {
                    report("Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expects type \(quoted(interfaceArgument.type)) but \(type.name).\(fieldName)(\(argumentName):) is type \(quoted(argument.type)).", at: Coordinate.argument(type.name, fieldName, argumentName))
                }
            }
            for argument in field.arguments where argument.type.isNonNull && argument.defaultValue == nil && interfaceField.argument(argument.name) == nil {
                report("Object field \(type.name).\(fieldName) includes required argument \(argument.name) that is missing from the Interface field \(interface.name).\(fieldName).", at: Coordinate.argument(type.name, fieldName, argument.name))
            }
        }
    }

    // MARK: Unions, enums, input objects

    private mutating func checkMembers(of union: UnionType) {
        if union.members.isEmpty {
            report("Union type \(union.name) must define one or more member types.", at: union.name)
        }
        var seen: Set<String> = []
        for member in union.members {
            let coordinate = Coordinate.reference(union.name, member)
            if !seen.insert(member).inserted {
                report("Union type \(union.name) can only include type \(member) once.", at: coordinate)
                continue
            }
            guard case .object? = schema.type(named: member) else {
                report("Union type \(union.name) can only include Object types, it cannot include \"\(member)\".", at: coordinate)
                continue
            }
        }
    }

    private mutating func checkValues(of enumType: EnumType) {
        if enumType.values.isEmpty {
            report("Enum type \(enumType.name) must define one or more values.", at: enumType.name)
        }
        for value in enumType.values {
            let coordinate = Coordinate.field(enumType.name, value.name)
            checkName(value.name, at: coordinate)
            if ["true", "false", "null"].contains(value.name) {
                report("Enum type \(enumType.name) cannot include value: \(value.name).", at: coordinate)
            }
        }
    }

    private mutating func checkInputFields(of input: InputObjectType) {
        if input.fields.isEmpty {
            report("Input Object type \(input.name) must define one or more fields.", at: input.name)
        }
        for field in input.fields {
            let coordinate = Coordinate.field(input.name, field.name)
            checkName(field.name, at: coordinate)
            if schema.type(named: field.type.namedType)?.isInputType != true {
                report("The type of \(coordinate) must be Input Type but got: \(quoted(field.type)).", at: coordinate)
            }
            if field.type.isNonNull && field.defaultValue == nil && field.deprecationReason != nil {
                report("Required input field \(coordinate) cannot be deprecated.", at: coordinate)
            }
            if input.isOneOf {
                if field.type.isNonNull {
                    report("OneOf input field \(coordinate) must be nullable.", at: coordinate)
                }
                if field.defaultValue != nil {
                    report("OneOf input field \(coordinate) cannot have a default value.", at: coordinate)
                }
            }
            checkDefault(field, coordinate: coordinate, kind: "Input field")
        }
    }
}
