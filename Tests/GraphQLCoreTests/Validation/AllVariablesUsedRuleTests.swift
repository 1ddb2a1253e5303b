import Testing
@testable import GraphQLCore

/// All Variables Used.
@Suite struct AllVariablesUsedRuleTests {
    let harness = ValidationHarness(AllVariablesUsedRule())

    @Test func allUsed() {
        harness.expectValid("""
            query ($a: String, $b: String, $c: String!, $d: Boolean!) { findDog(complex: { name: $a, owner: $b, tags: [$c] }) @include(if: $d) { name } }
            """)
    }

    @Test func usedInFragment() {
        harness.expectValid("""
            query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """)
    }

    @Test func unusedInNamedOperation() {
        harness.expectErrors("""
            query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrained } }
            """, [
            ("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", [(1, 22)]),
        ])
    }

    @Test func unusedInAnonymousOperation() {
        harness.expectErrors("""
            query ($a: Int, $b: Int) { arguments { intArgField(intArg: $a) } }
            """, [
            ("Variable \"$b\" is never used.", [(1, 17)]),
        ])
    }

    @Test func fragmentDoesNotUseIt() {
        harness.expectErrors("""
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedWithoutVariableFragment } }
            fragment isHouseTrainedWithoutVariableFragment on Dog { isHouseTrained }
            """, [
            ("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", [(1, 37)]),
        ])
    }

    @Test func extraVariableInSecondOperation() {
        harness.expectErrors("""
            query queryWithUsedVar($atOtherHomes: Boolean) { dog { ...f } }
            query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) { dog { ...f } }
            fragment f on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """, [
            ("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", [(2, 49)]),
        ])
    }
}
