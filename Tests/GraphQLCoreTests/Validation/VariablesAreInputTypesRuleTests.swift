import Testing
@testable import GraphQLCore

/// Variables Are Input Types.
@Suite struct VariablesAreInputTypesRuleTests {
    let harness = ValidationHarness(VariablesAreInputTypesRule())

    @Test func inputTypes() {
        harness.expectValid("""
            query takesBoolean($atOtherHomes: Boolean, $complexInput: ComplexInput, $booleans: [Boolean!], $command: DogCommand!, $nested: [[ComplexInput]]) { dog { name } }
            """)
    }

    @Test func outputTypes() {
        harness.expectErrors("""
            query takesCat($cat: Cat, $dog: Dog!, $pets: [Pet], $catOrDog: CatOrDog) { dog { name } }
            """, [
            ("Variable \"$cat\" cannot be non-input type \"Cat\".", [(1, 22)]),
            ("Variable \"$dog\" cannot be non-input type \"Dog!\".", [(1, 33)]),
            ("Variable \"$pets\" cannot be non-input type \"[Pet]\".", [(1, 46)]),
            ("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", [(1, 64)]),
        ])
    }

    @Test func unknownTypes() {
        harness.expectErrors("""
            query ($x: Unicorn, $y: [Dgo!]) { dog { name } }
            """, [
            ("Unknown type \"Unicorn\".", [(1, 12)]),
            ("Unknown type \"Dgo\". Did you mean \"Dog\"?", [(1, 26)]),
        ])
    }
}
