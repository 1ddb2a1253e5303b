import Testing
@testable import GraphQLCore

/// All Variable Uses Defined.
@Suite struct AllVariableUsesDefinedRuleTests {
    let harness = ValidationHarness(AllVariableUsesDefinedRule())

    @Test func definedVariable() {
        harness.expectValid("""
            query variableIsDefined($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """)
    }

    @Test func definedForFragmentInEveryOperation() {
        harness.expectValid("""
            query houseTrainedQueryOne($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            query houseTrainedQueryTwo($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """)
    }

    @Test func variablesInDirectivesAndObjects() {
        harness.expectValid("""
            query ($cond: Boolean!, $name: String, $tag: String!) { dog @include(if: $cond) { name } arguments { complexArgField(complexArg: { name: $name, tags: [$tag] }) } }
            """)
    }

    @Test func undefinedInNamedOperation() {
        harness.expectErrors("""
            query variableIsNotDefined { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """, [
            ("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", [(1, 65), (1, 1)]),
        ])
    }

    @Test func undefinedInAnonymousOperation() {
        harness.expectErrors("""
            { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """, [
            ("Variable \"$atOtherHomes\" is not defined.", [(1, 38), (1, 1)]),
        ])
    }

    @Test func undefinedInFragment() {
        harness.expectErrors("""
            query variableIsNotDefinedUsedInSingleFragment { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """, [
            ("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\".", [(2, 71), (1, 1)]),
        ])
    }

    @Test func undefinedInNestedFragment() {
        harness.expectErrors("""
            query Q { dog { ...outer } }
            fragment outer on Dog { ...inner }
            fragment inner on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """, [
            ("Variable \"$atOtherHomes\" is not defined by operation \"Q\".", [(3, 54), (1, 1)]),
        ])
    }

    @Test func undefinedInOneOfTwoOperations() {
        harness.expectErrors("""
            query houseTrainedQueryOne($atOtherHomes: Boolean) { dog { ...f } }
            query houseTrainedQueryTwoNotDefined { dog { ...f } }
            fragment f on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """, [
            ("Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\".", [(3, 50), (2, 1)]),
        ])
    }

    @Test func everyUsageIsReported() {
        harness.expectErrors("""
            query Foo { dog @include(if: $cond) { name } arguments { complexArgField(complexArg: { name: $name, tags: [$tag] }) } }
            """, [
            ("Variable \"$cond\" is not defined by operation \"Foo\".", [(1, 30), (1, 1)]),
            ("Variable \"$name\" is not defined by operation \"Foo\".", [(1, 94), (1, 1)]),
            ("Variable \"$tag\" is not defined by operation \"Foo\".", [(1, 108), (1, 1)]),
        ])
    }
}
