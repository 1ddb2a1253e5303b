import Testing
@testable import GraphQLCore

/// Fragments Must Be Used.
@Suite struct FragmentsMustBeUsedRuleTests {
    let harness = ValidationHarness(FragmentsMustBeUsedRule())

    @Test func allUsed() {
        harness.expectValid("""
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """)
    }

    @Test func usedByAnyOperation() {
        harness.expectValid("""
            query One { dog { ...A } }
            query Two { cat { ...B } }
            fragment A on Dog { name }
            fragment B on Cat { name }
            """)
    }

    @Test func unusedFragment() {
        harness.expectErrors("""
            fragment nameFragment on Dog { name }
            { dog { name } }
            """, [
            ("Fragment \"nameFragment\" is never used.", [(1, 1)]),
        ])
    }

    @Test func fragmentsOnlyUsedByUnusedFragments() {
        harness.expectErrors("""
            { dog { ...A } }
            fragment A on Dog { name }
            fragment B on Dog { ...C }
            fragment C on Dog { ...B }
            """, [
            ("Fragment \"B\" is never used.", [(3, 1)]),
            ("Fragment \"C\" is never used.", [(4, 1)]),
        ])
    }
}
