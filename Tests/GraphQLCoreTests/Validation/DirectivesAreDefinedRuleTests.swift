import Testing
@testable import GraphQLCore

/// Directives Are Defined.
@Suite struct DirectivesAreDefinedRuleTests {
    let harness = ValidationHarness(DirectivesAreDefinedRule())

    @Test func knownDirectives() {
        harness.expectValid("""
            { dog @include(if: true) { name @skip(if: false) @onField } }
            """)
    }

    @Test func unknownDirective() {
        harness.expectErrors("""
            { dog @unknown(directive: "value") { name } }
            """, [
            ("Unknown directive \"@unknown\".", [(1, 7)]),
        ])
    }

    @Test func unknownDirectivesEverywhere() {
        harness.expectErrors("""
            query Foo @unknownA { dog @unknownB { ...F @unknownC } }
            fragment F on Dog @unknownD { name }
            """, [
            ("Unknown directive \"@unknownA\".", [(1, 11)]),
            ("Unknown directive \"@unknownB\".", [(1, 27)]),
            ("Unknown directive \"@unknownC\".", [(1, 44)]),
            ("Unknown directive \"@unknownD\".", [(2, 19)]),
        ])
    }
}
