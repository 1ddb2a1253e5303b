@testable import GraphQLCore

/// A small hand-built schema for coercion tests, so they do not depend on the SDL builder.
enum CoercionFixture {
    static let schema: GraphQLSchema = {
        var types: [String: NamedType] = [:]
        for scalar in BuiltInScalars.all { types[scalar.name] = .scalar(scalar) }
        types["Color"] = .enumType(EnumType(name: "Color", values: [EnumValueDef(name: "RED"), EnumValueDef(name: "GREEN"), EnumValueDef(name: "BLUE")]))
        types["In"] = .inputObject(InputObjectType(name: "In", fields: [
            InputValueDef(name: "a", type: .nonNull(.named("Int"))),
            InputValueDef(name: "b", type: .named("String"), defaultValue: Value(.string("bee", isBlock: false), loc: .unknown)),
            InputValueDef(name: "c", type: .list(.nonNull(.named("Color")))),
        ]))
        types["One"] = .inputObject(InputObjectType(name: "One", fields: [
            InputValueDef(name: "id", type: .named("ID")),
            InputValueDef(name: "name", type: .named("String")),
        ], isOneOf: true))
        types["Query"] = .object(ObjectType(name: "Query", fields: [FieldDef(name: "f", type: .named("Int"))]))
        return GraphQLSchema(description: nil, queryType: "Query", mutationType: nil, subscriptionType: nil, types: types, typeNames: ["Color", "In", "One", "Query"], directives: [], possibleTypeNames: [:])
    }()

    /// Literal values built by hand, standing in for a parsed document.
    static func int(_ digits: String) -> Value { Value(.int(digits), loc: at) }
    static func float(_ digits: String) -> Value { Value(.float(digits), loc: at) }
    static func string(_ text: String) -> Value { Value(.string(text, isBlock: false), loc: at) }
    static func bool(_ flag: Bool) -> Value { Value(.boolean(flag), loc: at) }
    static func enumValue(_ name: String) -> Value { Value(.enumValue(name), loc: at) }
    static func variable(_ name: String) -> Value { Value(.variable(name), loc: at) }
    static let null = Value(.null, loc: at)
    static func list(_ items: Value...) -> Value { Value(.list(items), loc: at) }
    static func object(_ fields: (String, Value)...) -> Value {
        Value(.object(fields.map { ObjectField(name: Name($0.0), value: $0.1, loc: at) }), loc: at)
    }

    static let at = SourceLocation(line: 1, column: 3, offset: 2)

    static func type(_ text: String) -> TypeRef {
        if text.hasSuffix("!") { return .nonNull(type(String(text.dropLast()))) }
        if text.hasPrefix("[") { return .list(type(String(text.dropFirst().dropLast()))) }
        return .named(text)
    }

    /// The coerced value, or the error message.
    static func literal(_ value: Value, _ typeText: String, variables: GraphQLObject? = nil) -> Outcome {
        do {
            return .value(try InputCoercion.coerceLiteral(value, to: type(typeText), in: schema, variables: variables))
        } catch let error as GraphQLError {
            return .error(error.message)
        } catch {
            return .error("\(error)")
        }
    }

    static func variableValue(_ value: GraphQLValue, _ typeText: String) -> Outcome {
        do {
            return .value(try InputCoercion.coerceVariable(value, to: type(typeText), in: schema))
        } catch let error as GraphQLError {
            return .error(error.message)
        } catch {
            return .error("\(error)")
        }
    }
}

enum Outcome: Equatable, CustomStringConvertible {
    case value(GraphQLValue)
    case error(String)

    var description: String {
        switch self {
        case .value(let value): return "value(\(value))"
        case .error(let message): return "error(\(message))"
        }
    }
}

func obj(_ pairs: (String, GraphQLValue)...) -> GraphQLValue { .object(GraphQLObject(pairs)) }
