import Testing
@testable import GraphQLCore

/// Field Selection Merging (overlapping fields can be merged).
@Suite struct FieldSelectionMergingRuleTests {
    let harness = ValidationHarness(FieldSelectionMergingRule())

    @Test func uniqueFields() {
        harness.expectValid("""
            fragment uniqueFields on Dog { name nickname }
            """)
    }

    @Test func identicalFields() {
        harness.expectValid("""
            fragment mergeIdenticalFields on Dog { name name }
            """)
    }

    @Test func identicalAliasesAndFields() {
        harness.expectValid("""
            fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }
            """)
    }

    @Test func identicalArguments() {
        harness.expectValid("""
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
            """)
    }

    @Test func identicalVariables() {
        harness.expectValid("""
            query ($dogCommand: DogCommand!) { dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) } }
            """)
    }

    @Test func objectArgumentsInAnyFieldOrder() {
        harness.expectValid("""
            { findDog(complex: { name: "a", owner: "b" }) { name } findDog(complex: { owner: "b", name: "a" }) { name } }
            """)
    }

    @Test func differentDirectives() {
        harness.expectValid("""
            fragment differentDirectives on Dog { name @include(if: true) name @skip(if: false) }
            """)
    }

    @Test func differentFieldsOnDifferentObjects() {
        harness.expectValid("""
            fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }
            """)
    }

    @Test func differentArgumentsOnDifferentObjects() {
        harness.expectValid("""
            fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand(catCommand: JUMP) } }
            """)
    }

    @Test func sameFieldsThroughFragments() {
        harness.expectValid("""
            { dog { ...A ...B name } }
            fragment A on Dog { name }
            fragment B on Dog { name ...A }
            """)
    }

    @Test func recursiveFragmentDoesNotLoop() {
        harness.expectValid("""
            fragment nameFragment on Pet { ...nameFragment }
            """)
    }

    @Test func differentSubfieldsMerge() {
        harness.expectValid("""
            { dog { owner { name } owner { pets { name } } } }
            """)
    }

    @Test func aliasOfDifferentField() {
        harness.expectErrors("""
            fragment conflictingBecauseAlias on Dog { name: nickname name }
            """, [
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 43), (1, 58)]),
        ])
    }

    @Test func differentArgumentValues() {
        harness.expectErrors("""
            fragment conflictingArgsOnValues on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }
            """, [
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(1, 43), (1, 76)]),
        ])
    }

    @Test func valueAndVariable() {
        harness.expectErrors("""
            query ($dogCommand: DogCommand!) { dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $dogCommand) } }
            """, [
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(1, 42), (1, 75)]),
        ])
    }

    @Test func differentVariables() {
        harness.expectErrors("""
            query ($varOne: DogCommand!, $varTwo: DogCommand!) { dog { doesKnowCommand(dogCommand: $varOne) doesKnowCommand(dogCommand: $varTwo) } }
            """, [
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(1, 60), (1, 97)]),
        ])
    }

    @Test func missingArgument() {
        harness.expectErrors("""
            fragment differingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }
            """, [
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(1, 33), (1, 66)]),
        ])
    }

    @Test func differentScalarTypesOnDifferentObjects() {
        harness.expectErrors("""
            fragment conflictingDifferingResponses on Pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } }
            """, [
            ("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", [(1, 62), (1, 97)]),
        ])
    }

    @Test func differentNullabilityOnDifferentObjects() {
        harness.expectErrors("""
            fragment F on Pet { ... on Dog { n: name } ... on Cat { n: nickname } }
            """, [
            ("Fields \"n\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", [(1, 34), (1, 57)]),
        ])
    }

    @Test func listAndSingleValueOnDifferentObjects() {
        harness.expectErrors("""
            { dogOrHuman { ... on Human { friends: relatives { name } } ... on Dog { friends: owner { name } } } }
            """, [
            ("Fields \"friends\" conflict because they return conflicting types \"[Human]\" and \"Human\". Use different aliases on the fields to fetch both if this was intentional.", [(1, 31), (1, 74)]),
        ])
    }

    @Test func objectAndScalarOnDifferentObjects() {
        harness.expectErrors("""
            { catOrDog { ... on Dog { owner { name } } ... on Cat { owner: nickname } } }
            """, [
            ("Fields \"owner\" conflict because they return conflicting types \"Human\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", [(1, 27), (1, 57)]),
        ])
    }

    @Test func interfaceAndObjectParentsAreNotExclusive() {
        harness.expectErrors("""
            { pet { ... on Pet { n: name } ... on Dog { n: nickname } } }
            """, [
            ("Fields \"n\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 22), (1, 45)]),
        ])
    }

    @Test func everyConflictingPairIsReported() {
        harness.expectErrors("""
            { dog { x: name x: nickname x: barkVolume } }
            """, [
            ("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 9), (1, 17)]),
            ("Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 9), (1, 29)]),
            ("Fields \"x\" conflict because \"nickname\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 17), (1, 29)]),
        ])
    }

    @Test func conflictingSubfields() {
        harness.expectErrors("""
            { dog { x: name } dog { x: nickname } }
            """, [
            ("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 3), (1, 9), (1, 19), (1, 25)]),
        ])
    }

    @Test func severalConflictingSubfields() {
        harness.expectErrors("""
            { dog { x: name y: barkVolume } dog { x: nickname y: name } }
            """, [
            ("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barkVolume\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 3), (1, 9), (1, 17), (1, 33), (1, 39), (1, 51)]),
        ])
    }

    @Test func deeplyConflictingSubfields() {
        harness.expectErrors("""
            { dog { owner { x: name } } dog { owner { x: pets { name } } } }
            """, [
            ("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 3), (1, 9), (1, 17), (1, 29), (1, 35), (1, 43)]),
        ])
    }

    @Test func conflictInsideInlineFragmentIsReportedOnce() {
        harness.expectErrors("""
            { dog { ... on Dog { x: name x: nickname } } }
            """, [
            ("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 22), (1, 30)]),
        ])
    }

    @Test func transitivelyRecursiveFragmentsDoNotLoop() {
        harness.expectValid("""
            { human { ...A } }
            fragment A on Human { name ...B }
            fragment B on Human { pets { name } ...C }
            fragment C on Human { relatives { name } ...A }
            """)
    }

    @Test func unknownFragmentsAreIgnored() {
        harness.expectValid("""
            { dog { ...Unknown ...Known } }
            fragment Known on Dog { name ...OtherUnknown }
            """)
    }

    @Test func conflictBesideImmediatelyRecursiveFragment() {
        harness.expectErrors("""
            fragment sameAliasesWithDifferentFieldTargets on Dog { ...sameAliasesWithDifferentFieldTargets fido: name fido: nickname }
            """, [
            ("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 96), (1, 107)]),
        ])
    }

    @Test func deepConflictIsReportedAtNearestCommonAncestor() {
        harness.expectErrors("""
            { dog { owner { x: name } owner { x: __typename } } dog { owner { pets { name } } } }
            """, [
            ("Fields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"__typename\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 9), (1, 17), (1, 27), (1, 35)]),
        ])
    }

    @Test func nonExclusiveComparisonAfterExclusiveOne() {
        harness.expectErrors("""
            {
              catOrDog { ... on Dog { owner { ...X } } }
              catOrDog { ... on Cat { owner { ...Y } } }
              other: dog { owner { ...X } }
              other: dog { owner { ...Y } }
            }
            fragment X on Human { name }
            fragment Y on Human { name: __typename }
            """, [
            ("Fields \"other\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"__typename\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(4, 3), (4, 16), (7, 23), (5, 3), (5, 16), (8, 23)]),
        ])
    }

    @Test func conflictBetweenFragments() {
        harness.expectErrors("""
            { dog { ...A ...B } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """, [
            ("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 21), (3, 21)]),
        ])
    }

    @Test func conflictBetweenFieldAndFragment() {
        harness.expectErrors("""
            { dog { x: name ...A } }
            fragment A on Dog { x: nickname }
            """, [
            ("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 9), (2, 21)]),
        ])
    }

    @Test func conflictThroughNestedFragments() {
        harness.expectErrors("""
            { dog { x: name ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { x: barkVolume }
            """, [
            ("Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 9), (3, 21)]),
        ])
    }

    @Test func conflictInSubfieldFragments() {
        harness.expectErrors("""
            { dog { owner { ...A } } dog { owner { ...B } } }
            fragment A on Human { x: name }
            fragment B on Human { x: relatives { name } }
            """, [
            ("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"relatives\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(1, 3), (1, 9), (2, 23), (1, 26), (1, 32), (3, 23)]),
        ])
    }

    @Test func sameShapeNeededOnDifferentObjectsInSubfields() {
        harness.expectErrors("""
            { catOrDog { ... on Dog { x: owner { n: name } } ... on Cat { x: nickname } } }
            """, [
            ("Fields \"x\" conflict because they return conflicting types \"Human\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", [(1, 27), (1, 63)]),
        ])
    }
}
