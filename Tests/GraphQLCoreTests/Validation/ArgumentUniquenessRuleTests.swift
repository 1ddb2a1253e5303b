import Testing
@testable import GraphQLCore

/// Argument Uniqueness.
@Suite struct ArgumentUniquenessRuleTests {
    let harness = ValidationHarness(ArgumentUniquenessRule())

    @Test func distinctArguments() {
        harness.expectValid("""
            { arguments { multipleRequirements(x: 1, y: 2) } dog @include(if: true) { name } }
            """)
    }

    @Test func sameArgumentOnDifferentFields() {
        harness.expectValid("""
            { dog { isHouseTrained(atOtherHomes: true) } other: dog { isHouseTrained(atOtherHomes: true) } }
            """)
    }

    @Test func duplicateFieldArgument() {
        harness.expectErrors("""
            { dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false) } }
            """, [
            ("There can be only one argument named \"atOtherHomes\".", [(1, 24), (1, 44)]),
        ])
    }

    @Test func tripleFieldArgument() {
        harness.expectErrors("""
            { arguments { intArgField(intArg: 1, intArg: 2, intArg: 3) } }
            """, [
            ("There can be only one argument named \"intArg\".", [(1, 27), (1, 38), (1, 49)]),
        ])
    }

    @Test func duplicateDirectiveArgument() {
        harness.expectErrors("""
            { dog @include(if: true, if: false) { name } }
            """, [
            ("There can be only one argument named \"if\".", [(1, 16), (1, 26)]),
        ])
    }
}
