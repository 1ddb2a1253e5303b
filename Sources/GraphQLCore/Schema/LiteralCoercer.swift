/// Literal input coercion, one input type kind at a time. `nil` means "no value": an absent
/// variable, which a list item or input field treats as the spec says (null, the default,
/// or an error when the position is non-null).
struct LiteralCoercer {
    let schema: GraphQLSchema
    let variables: GraphQLObject?
    /// Input fields whose defaults are being coerced, outermost first: a default that
    /// needs itself (`input A { a: A = {} }`) would otherwise never end.
    var expandingDefaults: [String] = []

    func coerce(_ value: Value, to type: TypeRef) throws -> GraphQLValue? {
        if case .variable(let name) = value.kind {
            guard let variables else {
                throw error("Variable \"$\(name)\" is not allowed in a constant value.", value)
            }
            guard let given = variables[name] else { return nil }
            if given == .null, type.isNonNull {
                throw error("Expected value of type \"\(type)\", found null (variable \"$\(name)\").", value)
            }
            return given
        }
        switch type {
        case .nonNull(let inner):
            if value.kind == .null {
                throw error("Expected value of type \"\(type)\", found null.", value)
            }
            return try coerce(value, to: inner)
        case .list(let item):
            if value.kind == .null { return .null }
            guard case .list(let items) = value.kind else {
                return try coerce(value, to: item).map { .list([$0]) } ?? .list([.null])
            }
            var coerced: [GraphQLValue] = []
            coerced.reserveCapacity(items.count)
            for element in items {
                if let itemValue = try coerce(element, to: item) {
                    coerced.append(itemValue)
                } else if item.isNonNull, case .variable(let name) = element.kind {
                    throw error("Variable \"$\(name)\" of required type \"\(item)\" was not provided.", element)
                } else {
                    coerced.append(.null)
                }
            }
            return .list(coerced)
        case .named(let name):
            if value.kind == .null { return .null }
            switch schema.type(named: name) {
            case .scalar(let scalar)?:
                return try coerceScalar(value, scalar)
            case .enumType(let enumType)?:
                return try coerceEnum(value, enumType)
            case .inputObject(let object)?:
                return try coerceInputObject(value, object)
            default:
                throw error("Type \"\(name)\" is not an input type.", value)
            }
        }
    }

    private func coerceScalar(_ value: Value, _ scalar: ScalarType) throws -> GraphQLValue {
        if variables == nil, let variable = Self.firstVariable(in: value) {
            throw error("Variable \"$\(variable.name)\" is not allowed in a constant value.", variable.at)
        }
        do {
            return try scalar.coercion.parseLiteral(value, variables: variables ?? GraphQLObject())
        } catch var thrown as GraphQLError {
            if thrown.locations.isEmpty { thrown.locations = [value.loc] }
            if thrown.code == nil { thrown.code = .badUserInput }
            throw thrown
        } catch let thrown {
            throw error("Expected value of type \"\(scalar.name)\", found \(LiteralText.print(value)); \(thrown)", value)
        }
    }

    private func coerceEnum(_ value: Value, _ type: EnumType) throws -> GraphQLValue {
        let names = type.values.map(\.name)
        guard case .enumValue(let name) = value.kind else {
            let text = LiteralText.print(value)
            let hint = Suggestions.didYouMean(Suggestions.list(text, options: names), prefix: "the enum value")
            throw error("Enum \"\(type.name)\" cannot represent non-enum value: \(text).\(hint)", value)
        }
        guard type.value(name) != nil else {
            let hint = Suggestions.didYouMean(Suggestions.list(name, options: names), prefix: "the enum value")
            throw error("Value \"\(name)\" does not exist in \"\(type.name)\" enum.\(hint)", value)
        }
        return .string(name)
    }

    private func coerceInputObject(_ value: Value, _ type: InputObjectType) throws -> GraphQLValue {
        guard case .object(let fields) = value.kind else {
            throw error("Expected value of type \"\(type.name)\", found \(LiteralText.print(value)).", value)
        }
        for field in fields where type.field(field.name.value) == nil {
            let hint = Suggestions.didYouMean(Suggestions.list(field.name.value, options: type.fields.map(\.name)))
            throw error("Field \"\(field.name.value)\" is not defined by type \"\(type.name)\".\(hint)", field.value)
        }
        var coerced = GraphQLObject()
        for definition in type.fields {
            let given = fields.first { $0.name.value == definition.name }
            if let given, let fieldValue = try coerce(given.value, to: definition.type) {
                coerced.append(definition.name, fieldValue)
            } else if let defaultValue = definition.defaultValue {
                let coordinate = Coordinate.field(type.name, definition.name)
                if expandingDefaults.contains(coordinate) {
                    throw error("The default value of \(coordinate) refers to itself.", defaultValue)
                }
                let inner = LiteralCoercer(schema: schema, variables: nil, expandingDefaults: expandingDefaults + [coordinate])
                guard let fieldValue = try inner.coerce(defaultValue, to: definition.type) else { continue }
                coerced.append(definition.name, fieldValue)
            } else if definition.type.isNonNull {
                throw error("Field \"\(type.name).\(definition.name)\" of required type \"\(definition.type)\" was not provided.", given?.value ?? value)
            }
        }
        if type.isOneOf {
            guard fields.count == 1, coerced.count == 1, let only = coerced.pairs.first(where: { _ in true }) else {
                throw error("OneOf Input Object \"\(type.name)\" must specify exactly one key.", value)
            }
            if only.1 == .null {
                throw error("Field \"\(type.name).\(only.0)\" must be non-null.", value)
            }
        }
        return .object(coerced)
    }

    /// A variable nested in a custom scalar's literal (`{a: [$x]}`), which a constant may not hold.
    private static func firstVariable(in value: Value) -> (name: String, at: Value)? {
        switch value.kind {
        case .variable(let name): return (name, value)
        case .list(let items): return items.lazy.compactMap(firstVariable).first
        case .object(let fields): return fields.lazy.compactMap { firstVariable(in: $0.value) }.first
        default: return nil
        }
    }

    private func error(_ message: String, _ value: Value) -> GraphQLError {
        GraphQLError(message, locations: [value.loc], code: .badUserInput)
    }
}
