import Testing
@testable import GraphQLCore

/// Fragment Spread Is Possible.
@Suite struct FragmentSpreadIsPossibleRuleTests {
    let harness = ValidationHarness(FragmentSpreadIsPossibleRule())

    @Test func objectInSameObject() {
        harness.expectValid("""
            fragment objectWithinObject on Dog { ...dogFragment ... on Dog { barkVolume } }
            fragment dogFragment on Dog { barkVolume }
            """)
    }

    @Test func abstractInObject() {
        harness.expectValid("""
            fragment F on Dog { ...petFragment ...catOrDog }
            fragment petFragment on Pet { name }
            fragment catOrDog on CatOrDog { __typename }
            """)
    }

    @Test func objectInAbstract() {
        harness.expectValid("""
            fragment petFragment on Pet { ... on Dog { barkVolume } }
            fragment catOrDogFragment on CatOrDog { ... on Cat { meowVolume } }
            """)
    }

    @Test func abstractInAbstract() {
        harness.expectValid("""
            fragment unionWithInterface on Pet { ...dogOrHumanFragment }
            fragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }
            """)
    }

    @Test func interfaceInImplementedInterface() {
        harness.expectValid("""
            fragment interfaceWithInterface on Node { ...resourceFragment }
            fragment resourceFragment on Resource { url }
            """)
    }

    @Test func unknownTypesAreIgnored() {
        harness.expectValid("""
            fragment F on Dog { ... on Unicorn { name } ...G }
            fragment G on Unicorn { name }
            """)
    }

    @Test func objectInOtherObject() {
        harness.expectErrors("""
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """, [
            ("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", [(1, 45)]),
        ])
    }

    @Test func inlineObjectInOtherObject() {
        harness.expectErrors("""
            fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }
            """, [
            ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", [(1, 43)]),
        ])
    }

    @Test func objectInUnrelatedAbstract() {
        harness.expectErrors("""
            fragment sentientFragment on Sentient { ... on Dog { barkVolume } }
            fragment humanOrAlienFragment on HumanOrAlien { ... on Cat { meowVolume } }
            """, [
            ("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", [(1, 41)]),
            ("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", [(2, 49)]),
        ])
    }

    @Test func nonIntersectingAbstractTypes() {
        harness.expectErrors("""
            fragment nonIntersectingInterfaces on Pet { ...sentientFragment ...humanOrAlien }
            fragment sentientFragment on Sentient { name }
            fragment humanOrAlien on HumanOrAlien { __typename }
            """, [
            ("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", [(1, 45)]),
            ("Fragment \"humanOrAlien\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", [(1, 65)]),
        ])
    }
}
