import Testing
@testable import GraphQLCore

/// Fragment Spread Type Existence.
@Suite struct FragmentSpreadTypeExistenceRuleTests {
    let harness = ValidationHarness(FragmentSpreadTypeExistenceRule())

    @Test func knownTypes() {
        harness.expectValid("""
            fragment correctType on Dog { name }
            fragment inlineFragment on Dog { ... on Dog { name } }
            fragment inlineFragment2 on Dog { ... @include(if: true) { name } }
            """)
    }

    @Test func unknownFragmentType() {
        harness.expectErrors("""
            fragment notOnExistingType on Unicorn { name }
            """, [
            ("Unknown type \"Unicorn\".", [(1, 31)]),
        ])
    }

    @Test func unknownInlineFragmentType() {
        harness.expectErrors("""
            fragment inlineNotExistingType on Dog { ... on Unicorn { name } }
            """, [
            ("Unknown type \"Unicorn\".", [(1, 48)]),
        ])
    }

    @Test func misspeltType() {
        harness.expectErrors("""
            fragment F on Dgo { name }
            """, [
            ("Unknown type \"Dgo\". Did you mean \"Dog\"?", [(1, 15)]),
        ])
    }
}
