import Testing
@testable import GraphQLCore

/// Directives Are Unique Per Location.
@Suite struct DirectivesAreUniquePerLocationRuleTests {
    let harness = ValidationHarness(DirectivesAreUniquePerLocationRule())

    @Test func differentDirectives() {
        harness.expectValid("""
            { dog @include(if: true) @skip(if: false) { name } }
            """)
    }

    @Test func sameDirectiveAtDifferentLocations() {
        harness.expectValid("""
            { dog @include(if: true) { name @include(if: true) } }
            """)
    }

    @Test func repeatableDirective() {
        harness.expectValid("""
            { dog { name @repeatableOnField @repeatableOnField } }
            """)
    }

    @Test func unknownDirectivesAreIgnored() {
        harness.expectValid("""
            { dog @unknown @unknown { name } }
            """)
    }

    @Test func duplicateSkip() {
        harness.expectErrors("""
            query ($foo: Boolean = true, $bar: Boolean = false) { dog { name @skip(if: $foo) @skip(if: $bar) } }
            """, [
            ("The directive \"@skip\" can only be used once at this location.", [(1, 66), (1, 82)]),
        ])
    }

    @Test func eachRepeatIsReported() {
        harness.expectErrors("""
            { dog { name @onField @onField @onField } }
            """, [
            ("The directive \"@onField\" can only be used once at this location.", [(1, 14), (1, 23)]),
            ("The directive \"@onField\" can only be used once at this location.", [(1, 14), (1, 32)]),
        ])
    }

    @Test func duplicatesOnFragments() {
        harness.expectErrors("""
            { dog { ...F @include(if: true) @include(if: true) ... @skip(if: true) @skip(if: true) { name } } }
            fragment F on Dog { name }
            """, [
            ("The directive \"@include\" can only be used once at this location.", [(1, 14), (1, 33)]),
            ("The directive \"@skip\" can only be used once at this location.", [(1, 56), (1, 72)]),
        ])
    }
}
