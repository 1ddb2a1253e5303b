import Testing
@testable import GraphQLCore

/// Directives Are In Valid Locations.
@Suite struct DirectivesAreInValidLocationsRuleTests {
    let harness = ValidationHarness(DirectivesAreInValidLocationsRule())

    @Test func validLocations() {
        harness.expectValid("""
            query Foo @onQuery { dog @include(if: true) { ...F @skip(if: true) ... @include(if: true) { name } name @onField } }
            fragment F on Dog { name }
            """)
    }

    @Test func unknownDirectivesAreIgnored() {
        harness.expectValid("""
            { dog @unknown { name } }
            """)
    }

    @Test func skipOnQuery() {
        harness.expectErrors("""
            query ($foo: Boolean!) @skip(if: $foo) { dog { name } }
            """, [
            ("Directive \"@skip\" may not be used on QUERY.", [(1, 24)]),
        ])
    }

    @Test func misplacedDirectives() {
        harness.expectErrors("""
            mutation @onQuery { mutateDog(name: "x") @onQuery { name } }
            query ($x: Int @onField) @onField { dog { ...F } }
            fragment F on Dog @onField { name @deprecated }
            """, [
            ("Directive \"@onQuery\" may not be used on MUTATION.", [(1, 10)]),
            ("Directive \"@onQuery\" may not be used on FIELD.", [(1, 42)]),
            ("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", [(2, 16)]),
            ("Directive \"@onField\" may not be used on QUERY.", [(2, 26)]),
            ("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", [(3, 19)]),
            ("Directive \"@deprecated\" may not be used on FIELD.", [(3, 35)]),
        ])
    }
}
