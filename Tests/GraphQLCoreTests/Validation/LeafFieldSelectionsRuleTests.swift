import Testing
@testable import GraphQLCore

/// Leaf Field Selections.
@Suite struct LeafFieldSelectionsRuleTests {
    let harness = ValidationHarness(LeafFieldSelectionsRule())

    @Test func scalarSelection() {
        harness.expectValid("""
            fragment scalarSelection on Dog { barkVolume }
            """)
    }

    @Test func objectWithSubfields() {
        harness.expectValid("""
            { dog { owner { pets { name } } } catOrDog { __typename } }
            """)
    }

    @Test func selectionOnScalar() {
        harness.expectErrors("""
            fragment scalarSelectionsNotAllowedOnInt on Dog { barkVolume { sinceWhen } }
            """, [
            ("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", [(1, 62)]),
        ])
    }

    @Test func selectionOnNonNullScalarWithArguments() {
        harness.expectErrors("""
            { dog { doesKnowCommand(dogCommand: SIT) { x } } }
            """, [
            ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields.", [(1, 42)]),
        ])
    }

    @Test func selectionOnTypename() {
        harness.expectErrors("""
            { __typename { x } }
            """, [
            ("Field \"__typename\" must not have a selection since type \"String!\" has no subfields.", [(1, 14)]),
        ])
    }

    @Test func compositeWithoutSubfields() {
        harness.expectErrors("""
            query directQueryOnObjectWithoutSubFields { human }
            query directQueryOnInterfaceWithoutSubFields { pet }
            query directQueryOnUnionWithoutSubFields { catOrDog }
            """, [
            ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", [(1, 45)]),
            ("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", [(2, 48)]),
            ("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", [(3, 44)]),
        ])
    }

    @Test func listOfCompositeWithoutSubfields() {
        harness.expectErrors("""
            { human { pets } }
            """, [
            ("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", [(1, 11)]),
        ])
    }
}
