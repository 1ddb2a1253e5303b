import Testing
@testable import GraphQLCore

/// Input Object Field Names.
@Suite struct InputObjectFieldNamesRuleTests {
    let harness = ValidationHarness(InputObjectFieldNamesRule())

    @Test func definedFields() {
        harness.expectValid("""
            { findDog(complex: { name: "Fido", nested: { owner: "Ann" } }) { name } }
            """)
    }

    @Test func undefinedField() {
        harness.expectErrors("""
            { findDog(complex: { favoriteCookieFlavor: "Bacon" }) { name } }
            """, [
            ("Field \"favoriteCookieFlavor\" is not defined by type \"ComplexInput\".", [(1, 22)]),
        ])
    }

    @Test func misspeltField() {
        harness.expectErrors("""
            { findDog(complex: { nmae: "Fido" }) { name } }
            """, [
            ("Field \"nmae\" is not defined by type \"ComplexInput\". Did you mean \"name\"?", [(1, 22)]),
        ])
    }

    @Test func nestedAndOneOfFields() {
        harness.expectErrors("""
            { findDog(complex: { nested: { unknown: 1 } }) { name } findDogBy(finder: { breed: "x" }) { name } }
            """, [
            ("Field \"unknown\" is not defined by type \"ComplexInput\".", [(1, 32)]),
            ("Field \"breed\" is not defined by type \"DogFinder\".", [(1, 77)]),
        ])
    }

    @Test func variableDefaultValue() {
        harness.expectErrors("""
            query ($c: ComplexInput = { colour: "red" }) { findDog(complex: $c) { name } }
            """, [
            ("Field \"colour\" is not defined by type \"ComplexInput\".", [(1, 29)]),
        ])
    }
}
