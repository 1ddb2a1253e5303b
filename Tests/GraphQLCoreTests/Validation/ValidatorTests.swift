import Testing
@testable import GraphQLCore

/// The validator as a whole: all specified rules in one walk, error order and the cap.
@Suite struct ValidatorTests {
    let harness = ValidationHarness(rules: Validator.specifiedRules)

    @Test func specifiedRulesCoverTheValidationSection() {
        #expect(Validator.specifiedRules.count == 30)
    }

    @Test func realisticDocumentIsValid() {
        harness.expectValid("""
            query DogPage($command: DogCommand!, $withOwner: Boolean = false, $finder: DogFinder!) {
              dog {
                ...DogFields
                owner @include(if: $withOwner) { name pets { name ... on Cat { meowVolume } } }
              }
              findDogBy(finder: $finder) { name }
              catOrDog {
                __typename
                ... on Dog { doesKnowCommand(dogCommand: $command) }
                ... on Cat { doesKnowCommand(catCommand: JUMP) }
              }
              __schema { queryType { name } }
            }

            fragment DogFields on Dog { name nickname barkVolume isHouseTrained(atOtherHomes: true) }

            mutation Rename { mutateDog(name: "Rex") { name } }

            subscription OnMessage { newMessage { body sender } }
            """)
    }

    @Test func errorsComeInDocumentOrder() {
        harness.expectErrors("""
            { dog { unknown name(x: 1) } cat }
            fragment Unused on Dog { name }
            """, [
            ("Cannot query field \"unknown\" on type \"Dog\".", [(1, 9)]),
            ("Unknown argument \"x\" on field \"Dog.name\".", [(1, 22)]),
            ("Field \"cat\" of type \"Cat\" must have a selection of subfields. Did you mean \"cat { ... }\"?", [(1, 30)]),
            ("Fragment \"Unused\" is never used.", [(2, 1)]),
        ])
    }

    @Test func stopsAfterMaxErrors() {
        let errors = harness.errors("{ a b c d }", maxErrors: 2)
        #expect(errors.map(ExpectedValidationError.init) == [
            ExpectedValidationError("Cannot query field \"a\" on type \"Query\".", [(1, 3)]),
            ExpectedValidationError("Cannot query field \"b\" on type \"Query\".", [(1, 5)]),
            ExpectedValidationError("Too many validation errors, error limit reached. Validation aborted.", []),
        ])
        #expect(errors.allSatisfy { $0.code == .validationFailed })
    }

    @Test func typeSystemDocumentIsRejectedWithoutCrashing() {
        harness.expectErrors("""
            type Query { a: String }
            """, [
            ("The \"Query\" definition is not executable.", [(1, 1)]),
        ])
    }
}
