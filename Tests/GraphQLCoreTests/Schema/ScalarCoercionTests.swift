import Testing
@testable import GraphQLCore

@Suite("Built-in scalar coercion")
struct ScalarCoercionTests {
    typealias F = CoercionFixture

    @Test func intLiterals() {
        #expect(F.literal(F.int("42"), "Int") == .value(.int(42)))
        #expect(F.literal(F.int("-2147483648"), "Int") == .value(.int(-2147483648)))
        #expect(F.literal(F.int("2147483648"), "Int") == .error("Int cannot represent non 32-bit signed integer value: 2147483648"))
        #expect(F.literal(F.float("1.0"), "Int") == .error("Int cannot represent non-integer value: 1.0"))
        #expect(F.literal(F.float("1.5"), "Int") == .error("Int cannot represent non-integer value: 1.5"))
        #expect(F.literal(F.string("1"), "Int") == .error("Int cannot represent non-integer value: \"1\""))
        #expect(F.literal(F.bool(true), "Int") == .error("Int cannot represent non-integer value: true"))
    }

    @Test func intVariables() {
        #expect(F.variableValue(.int(7), "Int") == .value(.int(7)))
        #expect(F.variableValue(.float(7), "Int") == .value(.int(7)))
        #expect(F.variableValue(.float(1.5), "Int") == .error("Int cannot represent non-integer value: 1.5"))
        #expect(F.variableValue(.int(3_000_000_000), "Int") == .error("Int cannot represent non 32-bit signed integer value: 3000000000"))
        #expect(F.variableValue(.string("7"), "Int") == .error("Int cannot represent non-integer value: \"7\""))
        #expect(F.variableValue(.bool(false), "Int") == .error("Int cannot represent non-integer value: false"))
    }

    @Test func intResults() throws {
        let int = IntCoercion()
        #expect(try int.serialize(.int(5)) == .int(5))
        #expect(try int.serialize(.float(5)) == .int(5))
        #expect(try int.serialize(.bool(true)) == .int(1))
        #expect(try int.serialize(.string("12")) == .int(12))
        #expect(throws: GraphQLError("Int cannot represent non-integer value: 1.5")) { try int.serialize(.float(1.5)) }
        #expect(throws: GraphQLError("Int cannot represent non 32-bit signed integer value: 2147483648")) { try int.serialize(.int(2_147_483_648)) }
        #expect(throws: GraphQLError("Int cannot represent non 32-bit signed integer value: 1e+100")) { try int.serialize(.float(1e100)) }
        #expect(throws: GraphQLError("Int cannot represent non-integer value: \"abc\"")) { try int.serialize(.string("abc")) }
        #expect(throws: GraphQLError("Int cannot represent non-integer value: [1]")) { try int.serialize(.list([.int(1)])) }
    }

    @Test func floatCoercion() throws {
        #expect(F.literal(F.int("3"), "Float") == .value(.float(3)))
        #expect(F.literal(F.float("-1.25e2"), "Float") == .value(.float(-125)))
        #expect(F.literal(F.string("3"), "Float") == .error("Float cannot represent non numeric value: \"3\""))
        #expect(F.literal(F.enumValue("NaN"), "Float") == .error("Float cannot represent non numeric value: NaN"))
        #expect(F.variableValue(.int(2), "Float") == .value(.float(2)))
        #expect(F.variableValue(.string("2"), "Float") == .error("Float cannot represent non numeric value: \"2\""))
        let float = FloatCoercion()
        #expect(try float.serialize(.int(2)) == .float(2))
        #expect(try float.serialize(.bool(false)) == .float(0))
        #expect(try float.serialize(.string("1.5")) == .float(1.5))
        #expect(throws: GraphQLError("Float cannot represent non numeric value: Infinity")) { try float.serialize(.float(.infinity)) }
        #expect(throws: GraphQLError("Float cannot represent non numeric value: \"x\"")) { try float.serialize(.string("x")) }
    }

    @Test func stringCoercion() throws {
        #expect(F.literal(F.string("hi"), "String") == .value(.string("hi")))
        #expect(F.literal(F.int("1"), "String") == .error("String cannot represent a non string value: 1"))
        #expect(F.literal(F.list(F.string("a")), "String") == .error("String cannot represent a non string value: [\"a\"]"))
        #expect(F.variableValue(.string("x"), "String") == .value(.string("x")))
        #expect(F.variableValue(.float(1.5), "String") == .error("String cannot represent a non string value: 1.5"))
        #expect(F.variableValue(obj(("a", .int(1))), "String") == .error("String cannot represent a non string value: { a: 1 }"))
        let string = StringCoercion()
        #expect(try string.serialize(.bool(true)) == .string("true"))
        #expect(try string.serialize(.int(-3)) == .string("-3"))
        #expect(try string.serialize(.float(2.5)) == .string("2.5"))
        #expect(try string.serialize(.float(2)) == .string("2"))
        #expect(throws: GraphQLError("String cannot represent value: {}")) { try string.serialize(.object(GraphQLObject())) }
    }

    @Test func booleanCoercion() throws {
        #expect(F.literal(F.bool(false), "Boolean") == .value(.bool(false)))
        #expect(F.literal(F.int("1"), "Boolean") == .error("Boolean cannot represent a non boolean value: 1"))
        #expect(F.literal(F.enumValue("TRUE"), "Boolean") == .error("Boolean cannot represent a non boolean value: TRUE"))
        #expect(F.variableValue(.int(0), "Boolean") == .error("Boolean cannot represent a non boolean value: 0"))
        let boolean = BooleanCoercion()
        #expect(try boolean.serialize(.int(0)) == .bool(false))
        #expect(try boolean.serialize(.float(0.5)) == .bool(true))
        #expect(throws: GraphQLError("Boolean cannot represent a non boolean value: \"true\"")) { try boolean.serialize(.string("true")) }
    }

    @Test func idCoercion() throws {
        #expect(F.literal(F.string("u1"), "ID") == .value(.string("u1")))
        #expect(F.literal(F.int("12"), "ID") == .value(.string("12")))
        #expect(F.literal(F.float("1.5"), "ID") == .error("ID cannot represent a non-string and non-integer value: 1.5"))
        #expect(F.literal(F.bool(true), "ID") == .error("ID cannot represent a non-string and non-integer value: true"))
        #expect(F.variableValue(.int(12), "ID") == .value(.string("12")))
        #expect(F.variableValue(.float(1.5), "ID") == .error("ID cannot represent value: 1.5"))
        let id = IDCoercion()
        #expect(try id.serialize(.int(9)) == .string("9"))
        #expect(try id.serialize(.string("x")) == .string("x"))
        #expect(throws: GraphQLError("ID cannot represent value: true")) { try id.serialize(.bool(true)) }
    }

    @Test func customScalarsWithoutCoercionPassValuesThrough() throws {
        let pass = PassThroughCoercion()
        let literal = F.object(("a", F.list(F.int("1"), F.variable("v"))), ("b", F.enumValue("X")))
        #expect(try pass.parseLiteral(literal, variables: GraphQLObject([("v", .bool(true))])) == obj(("a", .list([.int(1), .bool(true)])), ("b", .string("X"))))
        #expect(try pass.parseValue(.float(1.5)) == .float(1.5))
        #expect(try pass.serialize(.string("s")) == .string("s"))
    }

    @Test func inspectionCutsDeepAndLongValues() {
        let long = GraphQLValue.list((1...12).map { .int($0) })
        #expect(ValueInspection.inspect(long) == "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        let deep = GraphQLValue.list([.list([.list([.int(1)])])])
        #expect(ValueInspection.inspect(deep) == "[[[Array]]]")
        #expect(ValueInspection.inspect(obj(("a", obj(("b", obj(("c", .null))))))) == "{ a: { b: [Object] } }")
        #expect(ValueInspection.inspect(.float(1e-7)) == "1e-7")
        #expect(ValueInspection.inspect(.string("a\"b\n")) == #""a\"b\n""#)
    }
}
