/// The type-system half of the grammar (spec §3): what `schema.graphql` is written in.
extension Parser {
    /// Description : StringValue
    mutating func parseDescription() throws -> String? {
        guard peek(.string) || peek(.blockString) else { return nil }
        return value(of: try consume())
    }

    /// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    mutating func parseTypeSystemDefinition() throws -> TypeSystemDefinition {
        let start = token
        let description = try parseDescription()
        guard peek(.name) else { throw unexpected() }
        switch value(of: token) {
        case "schema": return .schema(try parseSchemaBody(description: description, start: start, isExtension: false))
        case "directive": return .directive(try parseDirectiveDefinition(description: description, start: start))
        default: return .type(try parseTypeDefinition(description: description, start: start, isExtension: false))
        }
    }

    /// TypeSystemExtension : SchemaExtension | TypeExtension
    mutating func parseTypeSystemExtension() throws -> TypeSystemExtension {
        let start = token
        try expectKeyword("extend")
        guard peek(.name) else { throw unexpected() }
        switch value(of: token) {
        case "schema": return .schema(try parseSchemaBody(description: nil, start: start, isExtension: true))
        case "scalar", "type", "interface", "union", "enum", "input":
            return .type(try parseTypeDefinition(description: nil, start: start, isExtension: true))
        default: throw unexpected()
        }
    }

    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    mutating func parseSchemaBody(description: String?, start: Token, isExtension: Bool) throws -> SchemaDefinition {
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes: [OperationTypeDefinition]
        if isExtension {
            operationTypes = try optionalMany(.braceLeft, .braceRight) { try $0.parseOperationTypeDefinition() }
            if operationTypes.isEmpty, directives.isEmpty { throw unexpected() }
        } else {
            operationTypes = try many(.braceLeft, .braceRight) { try $0.parseOperationTypeDefinition() }
        }
        return SchemaDefinition(description: description, directives: directives, operationTypes: operationTypes, loc: start.location)
    }

    /// RootOperationTypeDefinition : OperationType : NamedType
    mutating func parseOperationTypeDefinition() throws -> OperationTypeDefinition {
        let start = token.location
        let operation = try parseOperationType()
        try expect(.colon)
        return OperationTypeDefinition(operation: operation, type: try parseName(), loc: start)
    }

    /// TypeDefinition and TypeExtension of each kind. An extension must add something.
    mutating func parseTypeDefinition(description: String?, start: Token, isExtension: Bool) throws -> TypeDefinition {
        let keyword = value(of: try consume())
        let name = try parseName()
        switch keyword {
        case "scalar":
            let directives = try parseDirectives(isConst: true)
            if isExtension, directives.isEmpty { throw unexpected() }
            return .scalar(ScalarTypeDefinition(description: description, name: name, directives: directives, loc: start.location))
        case "type", "interface":
            let interfaces = try parseImplementsInterfaces()
            let directives = try parseDirectives(isConst: true)
            let fields = try parseFieldsDefinition()
            if isExtension, interfaces.isEmpty, directives.isEmpty, fields.isEmpty { throw unexpected() }
            let definition = ObjectTypeDefinition(description: description, name: name, interfaces: interfaces,
                                                  directives: directives, fields: fields, loc: start.location)
            return keyword == "type" ? .object(definition) : .interface(definition)
        case "union":
            let directives = try parseDirectives(isConst: true)
            let types = try parseUnionMemberTypes()
            if isExtension, directives.isEmpty, types.isEmpty { throw unexpected() }
            return .union(UnionTypeDefinition(description: description, name: name, directives: directives, types: types, loc: start.location))
        case "enum":
            let directives = try parseDirectives(isConst: true)
            let values = try optionalMany(.braceLeft, .braceRight) { try $0.parseEnumValueDefinition() }
            if isExtension, directives.isEmpty, values.isEmpty { throw unexpected() }
            return .enumType(EnumTypeDefinition(description: description, name: name, directives: directives, values: values, loc: start.location))
        default: // input
            let directives = try parseDirectives(isConst: true)
            let fields = try optionalMany(.braceLeft, .braceRight) { try $0.parseInputValueDefinition() }
            if isExtension, directives.isEmpty, fields.isEmpty { throw unexpected() }
            return .inputObject(InputObjectTypeDefinition(description: description, name: name, directives: directives, fields: fields, loc: start.location))
        }
    }

    /// ImplementsInterfaces : implements &? NamedType | ImplementsInterfaces & NamedType
    mutating func parseImplementsInterfaces() throws -> [Name] {
        guard peekKeyword("implements") else { return [] }
        try advance()
        _ = try skip(.ampersand)
        var names = [try parseName()]
        while try skip(.ampersand) { names.append(try parseName()) }
        return names
    }

    /// FieldsDefinition : { FieldDefinition+ }
    mutating func parseFieldsDefinition() throws -> [FieldDefinition] {
        try optionalMany(.braceLeft, .braceRight) { try $0.parseFieldDefinition() }
    }

    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    mutating func parseFieldDefinition() throws -> FieldDefinition {
        let start = token.location
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try optionalMany(.parenLeft, .parenRight) { try $0.parseInputValueDefinition() }
        try expect(.colon)
        let type = try parseTypeReference()
        return FieldDefinition(description: description, name: name, arguments: arguments, type: type,
                               directives: try parseDirectives(isConst: true), loc: start)
    }

    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    mutating func parseInputValueDefinition() throws -> InputValueDefinition {
        let start = token.location
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try skip(.equals) ? try parseValueLiteral(isConst: true) : nil
        return InputValueDefinition(description: description, name: name, type: type, defaultValue: defaultValue,
                                    directives: try parseDirectives(isConst: true), loc: start)
    }

    /// UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType
    mutating func parseUnionMemberTypes() throws -> [Name] {
        guard try skip(.equals) else { return [] }
        _ = try skip(.pipe)
        var names = [try parseName()]
        while try skip(.pipe) { names.append(try parseName()) }
        return names
    }

    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    /// EnumValue : Name but not `true`, `false` or `null`
    mutating func parseEnumValueDefinition() throws -> EnumValueDefinition {
        let start = token.location
        let description = try parseDescription()
        if peekKeyword("true") || peekKeyword("false") || peekKeyword("null") {
            throw lexer.error("\(lexer.describe(token)) is reserved and cannot be used for an enum value.", at: token.start)
        }
        let name = try parseName()
        return EnumValueDefinition(description: description, name: name, directives: try parseDirectives(isConst: true), loc: start)
    }

    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    mutating func parseDirectiveDefinition(description: String?, start: Token) throws -> DirectiveDefinition {
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try optionalMany(.parenLeft, .parenRight) { try $0.parseInputValueDefinition() }
        let isRepeatable = peekKeyword("repeatable")
        if isRepeatable { try advance() }
        try expectKeyword("on")
        _ = try skip(.pipe)
        var locations = [try parseDirectiveLocation()]
        while try skip(.pipe) { locations.append(try parseDirectiveLocation()) }
        return DirectiveDefinition(description: description, name: name, arguments: arguments,
                                   isRepeatable: isRepeatable, locations: locations, loc: start.location)
    }

    /// DirectiveLocation : one of the executable and type-system location names
    mutating func parseDirectiveLocation() throws -> Name {
        let locationToken = token
        let name = try parseName()
        guard DirectiveLocation(rawValue: name.value) != nil else { throw unexpected(locationToken) }
        return name
    }
}
