import Testing
@testable import GraphQLCore

/// Values of Correct Type: lists, input objects, enums, null and @oneOf.
@Suite struct ValuesOfCorrectTypeRuleTests {
    let harness = ValidationHarness(ValuesOfCorrectTypeRule())

    @Test func goodValues() {
        harness.expectValid("""
            { arguments { booleanArgField(booleanArg: true) floatArgField(floatArg: 123) enumArgField(enumArg: SIT) intArgField(intArg: null) } }
            """)
    }

    @Test func listsAndSingleValuesForLists() {
        harness.expectValid("""
            { arguments { a: booleanListArgField(booleanListArg: [true, false, null]) b: booleanListArgField(booleanListArg: true) } }
            """)
    }

    @Test func inputObject() {
        harness.expectValid("""
            { arguments { complexArgField(complexArg: { name: "Fido", nested: { owner: "Ann" }, tags: ["a", "b"] }) } }
            """)
    }

    @Test func variablesAreLeftToVariableRules() {
        harness.expectValid("""
            query ($x: Int, $b: Boolean) { arguments { intArgField(intArg: $x) booleanListArgField(booleanListArg: [$b]) } }
            """)
    }

    @Test func variableDefaultValue() {
        harness.expectValid("""
            query goodComplexDefaultValue($search: ComplexInput = { name: "Fido" }) { findDog(complex: $search) { name } }
            """)
    }

    @Test func oneOfWithOneField() {
        harness.expectValid("""
            { findDogBy(finder: { name: "Fido" }) { name } }
            """)
    }

    @Test func oneOfWithVariable() {
        harness.expectValid("""
            query ($id: ID!) { findDogBy(finder: { id: $id }) { name } }
            """)
    }

    @Test func directiveArgument() {
        harness.expectValid("""
            { dog @include(if: true) { name } }
            """)
    }

    @Test func unknownPositionsAreIgnored() {
        harness.expectValid("""
            { dog { unknownField(arg: "x") } arguments { intArgField(unknownArg: {a: 1}) } }
            """)
    }

    @Test func unknownEnumValue() {
        harness.expectErrors("""
            { arguments { enumArgField(enumArg: SITT) } }
            """, [
            ("Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", [(1, 37)]),
        ])
    }

    @Test func enumValueOfDifferentCase() {
        harness.expectErrors("""
            { arguments { enumArgField(enumArg: sit) } }
            """, [
            ("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", [(1, 37)]),
        ])
    }

    @Test func stringForEnum() {
        harness.expectErrors("""
            { arguments { enumArgField(enumArg: "SIT") } }
            """, [
            ("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", [(1, 37)]),
        ])
    }

    @Test func numberForEnum() {
        harness.expectErrors("""
            { arguments { enumArgField(enumArg: 42) } }
            """, [
            ("Enum \"DogCommand\" cannot represent non-enum value: 42.", [(1, 37)]),
        ])
    }

    @Test func nullForNonNullArgument() {
        harness.expectErrors("""
            { arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }
            """, [
            ("Expected value of type \"Boolean!\", found null.", [(1, 57)]),
        ])
    }

    @Test func nullForNonNullListItem() {
        harness.expectErrors("""
            { booleanList(booleanListArg: [true, null]) }
            """, [
            ("Expected value of type \"Boolean!\", found null.", [(1, 38)]),
        ])
    }

    @Test func nullForRequiredInputField() {
        harness.expectErrors("""
            { arguments { requiredInputField(input: { requiredField: null }) } }
            """, [
            ("Expected value of type \"Boolean!\", found null.", [(1, 58)]),
        ])
    }

    @Test func scalarForInputObject() {
        harness.expectErrors("""
            { arguments { complexArgField(complexArg: 1) } }
            """, [
            ("Expected value of type \"ComplexInput\", found 1.", [(1, 43)]),
        ])
    }

    @Test func listForInputObject() {
        harness.expectErrors("""
            { arguments { complexArgField(complexArg: [{ name: SIT }]) } }
            """, [
            ("Expected value of type \"ComplexInput\", found [{name: SIT}].", [(1, 43)]),
        ])
    }

    @Test func enumForInputObject() {
        harness.expectErrors("""
            { findDog(complex: SIT) { name } }
            """, [
            ("Expected value of type \"ComplexInput\", found SIT.", [(1, 20)]),
        ])
    }

    @Test func oneOfWithTwoFields() {
        harness.expectErrors("""
            { findDogBy(finder: { name: "Fido", id: "1" }) { name } }
            """, [
            ("OneOf Input Object \"DogFinder\" must specify exactly one key.", [(1, 21)]),
        ])
    }

    @Test func oneOfWithNoField() {
        harness.expectErrors("""
            { findDogBy(finder: {}) { name } }
            """, [
            ("OneOf Input Object \"DogFinder\" must specify exactly one key.", [(1, 21)]),
        ])
    }

    @Test func oneOfWithNull() {
        harness.expectErrors("""
            { findDogBy(finder: { name: null }) { name } }
            """, [
            ("Field \"DogFinder.name\" must be non-null.", [(1, 21)]),
        ])
    }

    @Test func nullInVariableDefault() {
        harness.expectErrors("""
            query ($c: ComplexInput = { nested: { tags: [null] } }) { findDog(complex: $c) { name } }
            """, [
            ("Expected value of type \"String!\", found null.", [(1, 46)]),
        ])
    }

    @Test func nullForDirectiveArgument() {
        harness.expectErrors("""
            { dog @include(if: null) { name } }
            """, [
            ("Expected value of type \"Boolean!\", found null.", [(1, 20)]),
        ])
    }

    @Test func scalarLiterals() {
        harness.expectValid("""
            { arguments { idArgField(idArg: 1) stringArgField(stringArg: "x") floatArgField(floatArg: 1.5e3) intArgField(intArg: -2147483648) } other: arguments { idArgField(idArg: "abc") } }
            """)
    }

    @Test func stringForInt() {
        harness.expectErrors("""
            { arguments { intArgField(intArg: "123") } }
            """, [
            ("Int cannot represent non-integer value: \"123\"", [(1, 35)]),
        ])
    }

    @Test func floatForInt() {
        harness.expectErrors("""
            { arguments { intArgField(intArg: 1.5) } }
            """, [
            ("Int cannot represent non-integer value: 1.5", [(1, 35)]),
        ])
    }

    @Test func intOutOfRange() {
        harness.expectErrors("""
            { arguments { intArgField(intArg: 829384293849283498239482938) } }
            """, [
            ("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", [(1, 35)]),
        ])
    }

    @Test func wrongScalarKinds() {
        harness.expectErrors("""
            { arguments { stringArgField(stringArg: 1) booleanArgField(booleanArg: "true") idArgField(idArg: 1.0) floatArgField(floatArg: "1.5") } }
            """, [
            ("String cannot represent a non string value: 1", [(1, 41)]),
            ("Boolean cannot represent a non boolean value: \"true\"", [(1, 72)]),
            ("ID cannot represent a non-string and non-integer value: 1.0", [(1, 98)]),
            ("Float cannot represent non numeric value: \"1.5\"", [(1, 127)]),
        ])
    }

    @Test func enumLiteralForString() {
        harness.expectErrors("""
            { arguments { stringArgField(stringArg: FOO) } }
            """, [
            ("String cannot represent a non string value: FOO", [(1, 41)]),
        ])
    }

    @Test func listAndObjectForScalar() {
        harness.expectErrors("""
            { arguments { intArgField(intArg: [1, 2]) other: intArgField(intArg: { a: 1 }) } }
            """, [
            ("Int cannot represent non-integer value: [1, 2]", [(1, 35)]),
            ("Int cannot represent non-integer value: {a: 1}", [(1, 70)]),
        ])
    }

    @Test func wrongListItem() {
        harness.expectErrors("""
            { arguments { stringListArgField(stringListArg: ["a", 2]) } }
            """, [
            ("String cannot represent a non string value: 2", [(1, 55)]),
        ])
    }

    @Test func wrongVariableDefault() {
        harness.expectErrors("""
            query ($x: Int = "one") { arguments { intArgField(intArg: $x) } }
            """, [
            ("Int cannot represent non-integer value: \"one\"", [(1, 18)]),
        ])
    }
}
