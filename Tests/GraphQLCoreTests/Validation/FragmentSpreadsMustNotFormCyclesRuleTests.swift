import Testing
@testable import GraphQLCore

/// Fragment Spreads Must Not Form Cycles.
@Suite struct FragmentSpreadsMustNotFormCyclesRuleTests {
    let harness = ValidationHarness(FragmentSpreadsMustNotFormCyclesRule())

    @Test func chainWithoutCycle() {
        harness.expectValid("""
            { dog { ...nameFragment } }
            fragment nameFragment on Dog { name ...barkFragment }
            fragment barkFragment on Dog { barkVolume }
            """)
    }

    @Test func sameFragmentTwice() {
        harness.expectValid("""
            fragment A on Dog { ...B ...B }
            fragment B on Dog { name }
            """)
    }

    @Test func unknownFragmentsAreIgnored() {
        harness.expectValid("""
            fragment A on Dog { ...Unknown }
            """)
    }

    @Test func spreadsItself() {
        harness.expectErrors("""
            fragment nameFragment on Dog { ...nameFragment }
            """, [
            ("Cannot spread fragment \"nameFragment\" within itself.", [(1, 32)]),
        ])
    }

    @Test func twoFragmentCycle() {
        harness.expectErrors("""
            { dog { ...nameFragment } }
            fragment nameFragment on Dog { name ...barkVolumeFragment }
            fragment barkVolumeFragment on Dog { barkVolume ...nameFragment }
            """, [
            ("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", [(2, 37), (3, 49)]),
        ])
    }

    @Test func cycleThroughNestedSelections() {
        harness.expectErrors("""
            fragment dogFragment on Dog { name owner { ...ownerFragment } }
            fragment ownerFragment on Human { name pets { ...dogFragment } }
            """, [
            ("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", [(1, 44), (2, 47)]),
        ])
    }

    @Test func threeFragmentCycle() {
        harness.expectErrors("""
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...A }
            """, [
            ("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", [(1, 21), (2, 21), (3, 21)]),
        ])
    }

    @Test func twoCyclesThroughOneFragment() {
        harness.expectErrors("""
            fragment A on Dog { ...B ...C }
            fragment B on Dog { ...A }
            fragment C on Dog { ...A }
            """, [
            ("Cannot spread fragment \"A\" within itself via \"B\".", [(1, 21), (2, 21)]),
            ("Cannot spread fragment \"A\" within itself via \"C\".", [(1, 26), (3, 21)]),
        ])
    }
}
