import Testing
@testable import GraphQLCore

/// Fragment Name Uniqueness.
@Suite struct FragmentNameUniquenessRuleTests {
    let harness = ValidationHarness(FragmentNameUniquenessRule())

    @Test func distinctFragments() {
        harness.expectValid("""
            { dog { ...fragmentOne ...fragmentTwo } }
            fragment fragmentOne on Dog { name }
            fragment fragmentTwo on Dog { owner { name } }
            """)
    }

    @Test func inlineFragmentsAreNotDefinitions() {
        harness.expectValid("""
            { dog { ... on Dog { name } ... on Dog { nickname } } }
            """)
    }

    @Test func fragmentMayShareOperationName() {
        harness.expectValid("""
            query Foo { ...Foo }
            fragment Foo on Query { dog { name } }
            """)
    }

    @Test func sameNameTwice() {
        harness.expectErrors("""
            { dog { ...fragA } }
            fragment fragA on Dog { name }
            fragment fragA on Dog { owner { name } }
            """, [
            ("There can be only one fragment named \"fragA\".", [(2, 10), (3, 10)]),
        ])
    }
}
