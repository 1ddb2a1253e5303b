/// Coercion of a variable's JSON value (spec §3 input coercion of each kind, as CoerceInputValue
/// of the reference implementation does it): every problem is collected with the path to
/// the value at fault, so one request reports all its bad inputs at once.
struct VariableCoercer {
    let schema: GraphQLSchema
    private(set) var problems: [Problem] = []

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    struct Problem: Sendable, Hashable {
        var path: [PathComponent]
        var value: GraphQLValue
        var reason: String

        /// `Variable "$input" got invalid value 1.5 at "input.count"; <reason>` with a name,
        /// `Invalid value 1.5 at "count"; <reason>` (or just the reason, at the top) without.
        func message(variable: String?) -> String {
            var pathText = ""
            for component in path {
                switch component {
                case .key(let key): pathText += "." + key
                case .index(let index): pathText += "[\(index)]"
                }
            }
            let shown = ValueInspection.inspect(value)
            guard let variable else {
                if path.isEmpty { return reason }
                if pathText.hasPrefix(".") { pathText.removeFirst() }
                return "Invalid value \(shown) at \"\(pathText)\"; \(reason)"
            }
            var prefix = "Variable \"$\(variable)\" got invalid value \(shown)"
            if !path.isEmpty { prefix += " at \"\(variable)\(pathText)\"" }
            return prefix + "; " + reason
        }
    }

    mutating func coerce(_ value: GraphQLValue, to type: TypeRef, path: [PathComponent]) -> GraphQLValue {
        switch type {
        case .nonNull(let inner):
            if value == .null {
                report(path, value, "Expected non-nullable type \"\(type)\" not to be null.")
                return .null
            }
            return coerce(value, to: inner, path: path)
        case .list(let item):
            if value == .null { return .null }
            guard case .list(let items) = value else {
                return .list([coerce(value, to: item, path: path)])
            }
            return .list(items.enumerated().map { offset, element in
                coerce(element, to: item, path: path + [.index(offset)])
            })
        case .named(let name):
            if value == .null { return .null }
            switch schema.type(named: name) {
            case .scalar(let scalar)?:
                do {
                    return try scalar.coercion.parseValue(value)
                } catch let error as GraphQLError {
                    report(path, value, error.message)
                } catch {
                    report(path, value, "Expected type \"\(name)\". \(error)")
                }
                return .null
            case .enumType(let enumType)?:
                return coerceEnum(value, enumType, path: path)
            case .inputObject(let object)?:
                return coerceInputObject(value, object, path: path)
            default:
                report(path, value, "Type \"\(name)\" is not an input type.")
                return .null
            }
        }
    }

    private mutating func coerceEnum(_ value: GraphQLValue, _ type: EnumType, path: [PathComponent]) -> GraphQLValue {
        let names = type.values.map(\.name)
        guard case .string(let name) = value else {
            let shown = ValueInspection.inspect(value)
            let hint = Suggestions.didYouMean(Suggestions.list(shown, options: names), prefix: "the enum value")
            report(path, value, "Enum \"\(type.name)\" cannot represent non-string value: \(shown).\(hint)")
            return .null
        }
        guard type.value(name) != nil else {
            let hint = Suggestions.didYouMean(Suggestions.list(name, options: names), prefix: "the enum value")
            report(path, value, "Value \"\(name)\" does not exist in \"\(type.name)\" enum.\(hint)")
            return .null
        }
        return value
    }

    private mutating func coerceInputObject(_ value: GraphQLValue, _ type: InputObjectType, path: [PathComponent]) -> GraphQLValue {
        guard case .object(let given) = value else {
            report(path, value, "Expected type \"\(type.name)\" to be an object.")
            return .null
        }
        var coerced = GraphQLObject()
        for field in type.fields {
            guard let fieldValue = given[field.name] else {
                if let defaultValue = field.defaultValue {
                    if let literal = try? LiteralCoercer(schema: schema, variables: nil).coerce(defaultValue, to: field.type) {
                        coerced.append(field.name, literal)
                    }
                } else if field.type.isNonNull {
                    report(path, value, "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.")
                }
                continue
            }
            coerced.append(field.name, coerce(fieldValue, to: field.type, path: path + [.key(field.name)]))
        }
        for key in given.keys where type.field(key) == nil {
            let hint = Suggestions.didYouMean(Suggestions.list(key, options: type.fields.map(\.name)))
            report(path, value, "Field \"\(key)\" is not defined by type \"\(type.name)\".\(hint)")
        }
        if type.isOneOf {
            if given.count != 1 {
                report(path, value, "Exactly one key must be specified for OneOf type \"\(type.name)\".")
            } else if let key = given.keys.first, given[key] == .null {
                report(path + [.key(key)], .null, "Field \"\(key)\" must be non-null.")
            }
        }
        return .object(coerced)
    }

    private mutating func report(_ path: [PathComponent], _ value: GraphQLValue, _ reason: String) {
        problems.append(Problem(path: path, value: value, reason: reason))
    }
}
