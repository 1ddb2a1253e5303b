import Testing
@testable import GraphQLCore

/// Fragment Spread Target Defined.
@Suite struct FragmentSpreadTargetDefinedRuleTests {
    let harness = ValidationHarness(FragmentSpreadTargetDefinedRule())

    @Test func definedFragment() {
        harness.expectValid("""
            { dog { ...F } }
            fragment F on Dog { name }
            """)
    }

    @Test func undefinedFragment() {
        harness.expectErrors("""
            { dog { ...undefinedFragment } }
            """, [
            ("Unknown fragment \"undefinedFragment\".", [(1, 12)]),
        ])
    }

    @Test func undefinedFragmentsInDocumentOrder() {
        harness.expectErrors("""
            { dog { ...A ... on Dog { ...B } } }
            fragment A on Dog { ...C }
            """, [
            ("Unknown fragment \"B\".", [(1, 30)]),
            ("Unknown fragment \"C\".", [(2, 24)]),
        ])
    }
}
