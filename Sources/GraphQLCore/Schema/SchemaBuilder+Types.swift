/// SDL nodes to model values. Directives the model knows about become properties:
/// `@deprecated` a deprecation reason, `@specifiedBy` a URL, `@oneOf` a flag.
extension SchemaBuilder {
    mutating func makeType(_ node: TypeDefinition) -> NamedType {
        let name = node.name.value
        locations.record(name, node.name.loc)
        switch node {
        case .scalar(let scalar):
            let url = Self.argument("url", of: "specifiedBy", in: scalar.directives).flatMap(Self.string)
            return .scalar(ScalarType(name: name, description: scalar.description, specifiedByURL: url, coercion: scalars[name] ?? PassThroughCoercion()))
        case .object(let object):
            return .object(makeObject(object))
        case .interface(let interface):
            return .interface(makeObject(interface))
        case .union(let union):
            for member in union.types { locations.record(Coordinate.reference(name, member.value), member.loc) }
            return .union(UnionType(name: name, description: union.description, members: union.types.map(\.value)))
        case .enumType(let enumType):
            let values = enumType.values.map { value in
                locations.record(Coordinate.field(name, value.name.value), value.name.loc)
                return EnumValueDef(name: value.name.value, description: value.description, deprecationReason: Self.deprecationReason(value.directives))
            }
            return .enumType(EnumType(name: name, description: enumType.description, values: values))
        case .inputObject(let input):
            let fields = input.fields.map { makeInputValue($0, coordinate: Coordinate.field(name, $0.name.value)) }
            let isOneOf = input.directives.contains { $0.name.value == SpecifiedDirectives.oneOf.name }
            return .inputObject(InputObjectType(name: name, description: input.description, fields: fields, isOneOf: isOneOf))
        }
    }

    private mutating func makeObject(_ node: ObjectTypeDefinition) -> ObjectType {
        let name = node.name.value
        for interface in node.interfaces { locations.record(Coordinate.reference(name, interface.value), interface.loc) }
        let fields = node.fields.map { field in
            locations.record(Coordinate.field(name, field.name.value), field.name.loc)
            let arguments = field.arguments.map { makeInputValue($0, coordinate: Coordinate.argument(name, field.name.value, $0.name.value)) }
            return FieldDef(name: field.name.value, description: field.description, arguments: arguments, type: TypeRef(field.type), deprecationReason: Self.deprecationReason(field.directives))
        }
        return ObjectType(name: name, description: node.description, interfaces: node.interfaces.map(\.value), fields: fields)
    }

    mutating func makeInputValue(_ node: InputValueDefinition, coordinate: String) -> InputValueDef {
        locations.record(coordinate, node.name.loc)
        return InputValueDef(name: node.name.value, description: node.description, type: TypeRef(node.type), defaultValue: node.defaultValue, deprecationReason: Self.deprecationReason(node.directives))
    }

    mutating func makeDirective(_ node: DirectiveDefinition) -> DirectiveDef {
        let name = node.name.value
        locations.record(Coordinate.directive(name), node.name.loc)
        let arguments = node.arguments.map { makeInputValue($0, coordinate: Coordinate.directiveArgument(name, $0.name.value)) }
        // Unknown locations were reported by the SDL checks already.
        let places = node.locations.compactMap { DirectiveLocation(rawValue: $0.value) }
        return DirectiveDef(name: name, description: node.description, arguments: arguments, locations: places, isRepeatable: node.isRepeatable)
    }

    /// The reason of `@deprecated`, its default when the argument is left out; nil when
    /// the directive is absent.
    static func deprecationReason(_ directives: [Directive]) -> String? {
        guard let directive = directives.first(where: { $0.name.value == SpecifiedDirectives.deprecated.name }) else { return nil }
        guard let reason = directive.arguments.first(where: { $0.name.value == "reason" }) else {
            return SpecifiedDirectives.defaultDeprecationReason
        }
        if reason.value.kind == .null { return SpecifiedDirectives.defaultDeprecationReason }
        return string(reason.value)
    }

    static func argument(_ name: String, of directive: String, in directives: [Directive]) -> Value? {
        directives.first { $0.name.value == directive }?.arguments.first { $0.name.value == name }?.value
    }

    static func string(_ value: Value) -> String? {
        if case .string(let text, _) = value.kind { return text }
        return nil
    }
}
