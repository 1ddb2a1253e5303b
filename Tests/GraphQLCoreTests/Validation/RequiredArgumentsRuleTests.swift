import Testing
@testable import GraphQLCore

/// Required Arguments.
@Suite struct RequiredArgumentsRuleTests {
    let harness = ValidationHarness(RequiredArgumentsRule())

    @Test func givenArguments() {
        harness.expectValid("""
            fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }
            fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }
            """)
    }

    @Test func nullableArgumentMayBeOmitted() {
        harness.expectValid("""
            fragment goodBooleanArgDefault on Arguments { booleanArgField }
            """)
    }

    @Test func nonNullArgumentWithDefaultMayBeOmitted() {
        harness.expectValid("""
            { arguments { optionalNonNullBooleanArgField } }
            """)
    }

    @Test func unknownFieldsAreIgnored() {
        harness.expectValid("""
            { dog { unknownField } }
            """)
    }

    @Test func nullLiteralIsLeftToValuesOfCorrectType() {
        harness.expectValid("""
            { arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }
            """)
    }

    @Test func missingArgument() {
        harness.expectErrors("""
            fragment missingRequiredArg on Arguments { nonNullBooleanArgField }
            """, [
            ("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", [(1, 44)]),
        ])
    }

    @Test func missingTwoArguments() {
        harness.expectErrors("""
            { arguments { multipleRequirements } }
            """, [
            ("Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided.", [(1, 15)]),
            ("Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.", [(1, 15)]),
        ])
    }

    @Test func missingOneOfTwoArguments() {
        harness.expectErrors("""
            { arguments { multipleRequirements(y: 1) } }
            """, [
            ("Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided.", [(1, 15)]),
        ])
    }

    @Test func missingDirectiveArguments() {
        harness.expectErrors("""
            { dog @include { name } cat @skip { name } }
            """, [
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(1, 7)]),
            ("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", [(1, 29)]),
        ])
    }
}
