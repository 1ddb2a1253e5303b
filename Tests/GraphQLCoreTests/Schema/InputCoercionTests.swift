import Testing
@testable import GraphQLCore

@Suite("Input coercion")
struct InputCoercionTests {
    typealias F = CoercionFixture

    @Test func nulls() {
        #expect(F.literal(F.null, "Int") == .value(.null))
        #expect(F.literal(F.null, "Int!") == .error("Expected value of type \"Int!\", found null."))
        #expect(F.literal(F.null, "[Int]!") == .error("Expected value of type \"[Int]!\", found null."))
        #expect(F.literal(F.list(F.null), "[Int!]") == .error("Expected value of type \"Int!\", found null."))
        #expect(F.variableValue(.null, "Int") == .value(.null))
        #expect(F.variableValue(.null, "Int!") == .error("Expected non-nullable type \"Int!\" not to be null."))
        #expect(F.variableValue(.list([.int(1), .null]), "[Int!]") == .error("Invalid value null at \"[1]\"; Expected non-nullable type \"Int!\" not to be null."))
    }

    @Test func enums() {
        #expect(F.literal(F.enumValue("RED"), "Color") == .value(.string("RED")))
        #expect(F.literal(F.enumValue("RDE"), "Color") == .error("Value \"RDE\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?"))
        #expect(F.literal(F.string("RED"), "Color") == .error("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?"))
        #expect(F.literal(F.int("1"), "Color") == .error("Enum \"Color\" cannot represent non-enum value: 1."))
        #expect(F.variableValue(.string("GREEN"), "Color") == .value(.string("GREEN")))
        #expect(F.variableValue(.string("PURPLE"), "Color") == .error("Value \"PURPLE\" does not exist in \"Color\" enum."))
        #expect(F.variableValue(.int(1), "Color") == .error("Enum \"Color\" cannot represent non-string value: 1."))
    }

    @Test func listsWrapSingleValues() {
        #expect(F.literal(F.int("1"), "[Int]") == .value(.list([.int(1)])))
        #expect(F.literal(F.list(F.int("1"), F.int("2")), "[Int]") == .value(.list([.int(1), .int(2)])))
        #expect(F.literal(F.list(F.list(F.int("1")), F.int("2")), "[[Int]]") == .value(.list([.list([.int(1)]), .list([.int(2)])])))
        #expect(F.literal(F.int("1"), "[[Int]]") == .value(.list([.list([.int(1)])])))
        #expect(F.literal(F.list(F.int("1"), F.string("b")), "[Int]") == .error("Int cannot represent non-integer value: \"b\""))
        #expect(F.variableValue(.int(1), "[Int]") == .value(.list([.int(1)])))
        #expect(F.variableValue(.list([.string("RED"), .string("BLUE")]), "[Color!]!") == .value(.list([.string("RED"), .string("BLUE")])))
        #expect(F.variableValue(.list([.int(1), .string("b")]), "[Int]") == .error("Invalid value \"b\" at \"[1]\"; Int cannot represent non-integer value: \"b\""))
    }

    @Test func inputObjectLiterals() {
        #expect(F.literal(F.object(("a", F.int("1"))), "In") == .value(obj(("a", .int(1)), ("b", .string("bee")))))
        #expect(F.literal(F.object(("c", F.enumValue("RED")), ("b", F.null), ("a", F.int("2"))), "In") == .value(obj(("a", .int(2)), ("b", .null), ("c", .list([.string("RED")])))))
        #expect(F.literal(F.object(("b", F.string("x"))), "In") == .error("Field \"In.a\" of required type \"Int!\" was not provided."))
        #expect(F.literal(F.object(("a", F.int("1")), ("extra", F.int("1"))), "In") == .error("Field \"extra\" is not defined by type \"In\"."))
        #expect(F.literal(F.object(("a", F.int("1")), ("bb", F.int("1"))), "In") == .error("Field \"bb\" is not defined by type \"In\". Did you mean \"b\"?"))
        #expect(F.literal(F.int("1"), "In") == .error("Expected value of type \"In\", found 1."))
        #expect(F.literal(F.object(("a", F.null)), "In") == .error("Expected value of type \"Int!\", found null."))
    }

    @Test func inputObjectVariables() {
        #expect(F.variableValue(obj(("a", .int(1))), "In") == .value(obj(("a", .int(1)), ("b", .string("bee")))))
        #expect(F.variableValue(obj(("a", .int(1)), ("c", .string("RED"))), "In!") == .value(obj(("a", .int(1)), ("b", .string("bee")), ("c", .list([.string("RED")])))))
        #expect(F.variableValue(.int(1), "In") == .error("Expected type \"In\" to be an object."))
        #expect(F.variableValue(obj(("b", .string("x"))), "In") == .error("Field \"a\" of required type \"Int!\" was not provided."))
        #expect(F.variableValue(obj(("a", .int(1)), ("extra", .int(1))), "In") == .error("Field \"extra\" is not defined by type \"In\"."))
        #expect(F.variableValue(obj(("a", .float(1.5))), "In") == .error("Invalid value 1.5 at \"a\"; Int cannot represent non-integer value: 1.5"))
        #expect(F.variableValue(.list([obj(("a", .int(1)), ("c", .list([.string("RED"), .string("X")])))]), "[In]") == .error("Invalid value \"X\" at \"[0].c[1]\"; Value \"X\" does not exist in \"Color\" enum."))
    }

    @Test func oneOf() {
        #expect(F.literal(F.object(("id", F.int("4"))), "One") == .value(obj(("id", .string("4")))))
        #expect(F.literal(F.object(("id", F.int("4")), ("name", F.string("n"))), "One") == .error("OneOf Input Object \"One\" must specify exactly one key."))
        #expect(F.literal(F.object(), "One") == .error("OneOf Input Object \"One\" must specify exactly one key."))
        #expect(F.literal(F.object(("name", F.null)), "One") == .error("Field \"One.name\" must be non-null."))
        #expect(F.literal(F.object(("name", F.variable("n"))), "One", variables: GraphQLObject()) == .error("OneOf Input Object \"One\" must specify exactly one key."))
        #expect(F.variableValue(obj(("name", .string("n"))), "One") == .value(obj(("name", .string("n")))))
        #expect(F.variableValue(obj(("name", .string("n")), ("id", .string("1"))), "One") == .error("Exactly one key must be specified for OneOf type \"One\"."))
        #expect(F.variableValue(obj(("id", .null)), "One") == .error("Invalid value null at \"id\"; Field \"id\" must be non-null."))
    }

    @Test func variablesInsideLiterals() {
        let variables = GraphQLObject([("n", .int(5)), ("nothing", .null), ("colors", .list([.string("RED")]))])
        #expect(F.literal(F.variable("n"), "Int", variables: variables) == .value(.int(5)))
        #expect(F.literal(F.list(F.variable("n"), F.int("6")), "[Int]", variables: variables) == .value(.list([.int(5), .int(6)])))
        #expect(F.literal(F.object(("a", F.variable("n")), ("c", F.variable("colors"))), "In", variables: variables) == .value(obj(("a", .int(5)), ("b", .string("bee")), ("c", .list([.string("RED")])))))
        // An absent variable leaves the field to its default, or out.
        #expect(F.literal(F.object(("a", F.int("1")), ("b", F.variable("missing"))), "In", variables: variables) == .value(obj(("a", .int(1)), ("b", .string("bee")))))
        #expect(F.literal(F.object(("a", F.variable("missing"))), "In", variables: variables) == .error("Field \"In.a\" of required type \"Int!\" was not provided."))
        #expect(F.literal(F.list(F.variable("missing")), "[Int]", variables: variables) == .value(.list([.null])))
        #expect(F.literal(F.list(F.variable("missing")), "[Int!]", variables: variables) == .error("Variable \"$missing\" of required type \"Int!\" was not provided."))
        #expect(F.literal(F.variable("nothing"), "Int!", variables: variables) == .error("Expected value of type \"Int!\", found null (variable \"$nothing\")."))
        #expect(F.literal(F.variable("missing"), "Int", variables: variables) == .value(.null))
        #expect(F.literal(F.variable("n"), "Int") == .error("Variable \"$n\" is not allowed in a constant value."))
        #expect(F.literal(F.list(F.variable("n")), "[Int]") == .error("Variable \"$n\" is not allowed in a constant value."))
    }

    @Test func errorsPointAtTheValue() throws {
        let error = #expect(throws: GraphQLError.self) {
            try InputCoercion.coerceLiteral(F.float("1.5"), to: .named("Int"), in: F.schema, variables: nil)
        }
        #expect(error?.locations == [F.at])
        #expect(error?.code == .badUserInput)
    }

    @Test func variableValuesOfAnOperation() throws {
        func definition(_ name: String, _ type: TypeReference, _ defaultValue: Value? = nil) -> VariableDefinition {
            VariableDefinition(variable: Name(name), type: type, defaultValue: defaultValue, directives: [], loc: F.at)
        }
        let int = TypeReference.named(Name("Int"))
        let requiredInt = TypeReference.nonNull(int, loc: .unknown)
        let definitions = [
            definition("a", int, F.int("3")),
            definition("b", requiredInt),
            definition("c", int),
            definition("d", TypeReference.named(Name("In"))),
        ]
        let good = InputCoercion.coerceVariableValues(definitions, values: GraphQLObject([("b", .int(1)), ("c", .null)]), in: F.schema)
        #expect(try good.get() == GraphQLObject([("a", .int(3)), ("b", .int(1)), ("c", .null)]))

        let bad = InputCoercion.coerceVariableValues(definitions, values: GraphQLObject([("a", .string("x")), ("d", obj(("a", .float(0.5)), ("zzz", .int(1))))]), in: F.schema)
        guard case .failure(let failure) = bad else {
            Issue.record("expected errors")
            return
        }
        #expect(failure.errors.map(\.message) == [
            "Variable \"$a\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"",
            "Variable \"$b\" of required type \"Int!\" was not provided.",
            "Variable \"$d\" got invalid value 0.5 at \"d.a\"; Int cannot represent non-integer value: 0.5",
            "Variable \"$d\" got invalid value { a: 0.5, zzz: 1 }; Field \"zzz\" is not defined by type \"In\".",
        ])
        #expect(failure.errors.allSatisfy { $0.locations == [F.at] && $0.code == .badUserInput })

        let null = InputCoercion.coerceVariableValues([definition("b", requiredInt)], values: GraphQLObject([("b", .null)]), in: F.schema)
        #expect(null == .failure(VariableCoercionErrors(errors: [GraphQLError("Variable \"$b\" of non-null type \"Int!\" must not be null.", locations: [F.at], code: .badUserInput)])))

        let output = InputCoercion.coerceVariableValues([definition("q", TypeReference.named(Name("Query")))], values: GraphQLObject(), in: F.schema)
        #expect(output == .failure(VariableCoercionErrors(errors: [GraphQLError("Variable \"$q\" expected value of type \"Query\" which cannot be used as an input type.", locations: [F.at], code: .badUserInput)])))
    }

    @Test func argumentsOfAField() throws {
        let definitions = [
            InputValueDef(name: "first", type: .named("Int"), defaultValue: F.int("10")),
            InputValueDef(name: "id", type: .nonNull(.named("ID"))),
            InputValueDef(name: "color", type: .named("Color")),
            InputValueDef(name: "after", type: .named("String")),
        ]
        func argument(_ name: String, _ value: Value) -> Argument { Argument(name: Name(name), value: value, loc: F.at) }
        let variables = GraphQLObject([("id", .string("7")), ("none", .null)])

        let coerced = try InputCoercion.coerceArguments([argument("id", F.variable("id")), argument("after", F.variable("absent")), argument("color", F.null)], of: definitions, in: F.schema, variables: variables)
        #expect(coerced == GraphQLObject([("first", .int(10)), ("id", .string("7")), ("color", .null)]))

        #expect(throws: GraphQLError("Argument \"id\" of required type \"ID!\" was not provided.", code: .badUserInput)) {
            try InputCoercion.coerceArguments([], of: definitions, in: F.schema, variables: variables)
        }
        #expect(throws: GraphQLError("Argument \"id\" of required type \"ID!\" was provided the variable \"$absent\" which was not provided a runtime value.", locations: [F.at], code: .badUserInput)) {
            try InputCoercion.coerceArguments([argument("id", F.variable("absent"))], of: definitions, in: F.schema, variables: variables)
        }
        #expect(throws: GraphQLError("Argument \"id\" of non-null type \"ID!\" must not be null.", locations: [F.at], code: .badUserInput)) {
            try InputCoercion.coerceArguments([argument("id", F.variable("none"))], of: definitions, in: F.schema, variables: variables)
        }
        #expect(throws: GraphQLError("Argument \"first\" has invalid value \"ten\"; Int cannot represent non-integer value: \"ten\"", locations: [F.at], code: .badUserInput)) {
            try InputCoercion.coerceArguments([argument("id", F.int("1")), argument("first", F.string("ten"))], of: definitions, in: F.schema, variables: variables)
        }
    }
}
