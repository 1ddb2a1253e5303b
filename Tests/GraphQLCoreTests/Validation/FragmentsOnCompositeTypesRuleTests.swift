import Testing
@testable import GraphQLCore

/// Fragments On Composite Types.
@Suite struct FragmentsOnCompositeTypesRuleTests {
    let harness = ValidationHarness(FragmentsOnCompositeTypesRule())

    @Test func compositeTypes() {
        harness.expectValid("""
            fragment fragOnObject on Dog { name }
            fragment fragOnInterface on Pet { name }
            fragment fragOnUnion on CatOrDog { ... on Dog { name } }
            """)
    }

    @Test func inlineFragmentWithoutCondition() {
        harness.expectValid("""
            fragment F on Dog { ... { name } }
            """)
    }

    @Test func unknownTypesAreLeftToTypeExistence() {
        harness.expectValid("""
            fragment F on Unicorn { name }
            """)
    }

    @Test func fragmentOnScalar() {
        harness.expectErrors("""
            fragment scalarFragment on Boolean { bad }
            """, [
            ("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", [(1, 28)]),
        ])
    }

    @Test func fragmentOnEnumAndInput() {
        harness.expectErrors("""
            fragment enumFragment on DogCommand { bad }
            fragment inputFragment on ComplexInput { name }
            """, [
            ("Fragment \"enumFragment\" cannot condition on non composite type \"DogCommand\".", [(1, 26)]),
            ("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", [(2, 27)]),
        ])
    }

    @Test func inlineFragmentOnScalar() {
        harness.expectErrors("""
            fragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }
            """, [
            ("Fragment cannot condition on non composite type \"Boolean\".", [(1, 45)]),
        ])
    }
}
