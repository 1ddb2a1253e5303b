import Testing
@testable import GraphQLCore

/// Variable Uniqueness.
@Suite struct VariableUniquenessRuleTests {
    let harness = ValidationHarness(VariableUniquenessRule())

    @Test func distinctVariables() {
        harness.expectValid("""
            query A($x: Int, $y: String) { dog { name } }
            """)
    }

    @Test func sameVariableInDifferentOperations() {
        harness.expectValid("""
            query A($atOtherHomes: Boolean) { ...F }
            query B($atOtherHomes: Boolean) { ...F }
            fragment F on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """)
    }

    @Test func duplicateVariable() {
        harness.expectErrors("""
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """, [
            ("There can be only one variable named \"$atOtherHomes\".", [(1, 26), (1, 50)]),
        ])
    }

    /// The locations are those of the names, as graphql-js reports them: after the `$` and
    /// anything ignored between the two.
    @Test func duplicateLocationsAreTheNames() {
        harness.expectErrors("""
            query ($ x: Int, $x: Int) { dog { name } }
            """, [
            ("There can be only one variable named \"$x\".", [(1, 10), (1, 19)]),
        ])
    }

    @Test func tripleVariable() {
        harness.expectErrors("""
            query ($x: Int, $x: Int, $x: String) { dog { name } }
            """, [
            ("There can be only one variable named \"$x\".", [(1, 9), (1, 18), (1, 27)]),
        ])
    }
}
