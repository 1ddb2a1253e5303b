import Testing
@testable import GraphQLCore

/// Documents whose fragments, expanded, would be exponentially large: field selection
/// merging must compare each pair of fragments once rather than each expansion.
@Suite struct FieldSelectionMergingScaleTests {
    let harness = ValidationHarness(rules: Validator.specifiedRules)

    /// Fragment level i spreads level i+1 in two forms, twice over: 2^depth fields expanded.
    private func fragmentLadder(depth: Int, lastFields: (String, String)) -> String {
        var source = "{ dog { ...F0 ...G0 ...F0 } }\n"
        for level in 0..<depth {
            let next = level + 1
            source += "fragment F\(level) on Dog { name ...F\(next) ...G\(next) ...F\(next) }\n"
            source += "fragment G\(level) on Dog { name ...G\(next) ...F\(next) }\n"
        }
        source += "fragment F\(depth) on Dog { \(lastFields.0) }\n"
        source += "fragment G\(depth) on Dog { \(lastFields.1) }\n"
        return source
    }

    @Test func deepFragmentLadderIsValid() {
        harness.expectValid(fragmentLadder(depth: 40, lastFields: ("x: name", "x: name")))
    }

    @Test func deepFragmentLadderConflictIsFound() {
        let errors = harness.errors(fragmentLadder(depth: 40, lastFields: ("x: name", "x: nickname")))
        let message = "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional."
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.message == message })
    }

    @Test func manyRepeatedSpreadsAndFieldsAreValid() {
        var source = "{\n"
        for _ in 0..<200 {
            source += "  dog { ...DogFields owner { ...HumanFields } }\n"
        }
        source += "}\n"
        source += "fragment DogFields on Dog { name ...MoreDogFields ...MoreDogFields owner { name } }\n"
        source += "fragment MoreDogFields on Dog { name nickname owner { ...HumanFields } }\n"
        source += "fragment HumanFields on Human { name relatives { name } pets { name } }\n"
        harness.expectValid(source)
    }
}
