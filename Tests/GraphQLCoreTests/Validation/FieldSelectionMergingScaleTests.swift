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

/// Fields repeated under one response key are compared once per distinct form, not
/// pairwise: thousands of copies of `name` must not cost millions of comparisons.
@Suite struct RepeatedFieldTests {
    /// The pairs of fields the merging check compares within `fragment F`'s selection set.
    private func comparedPairs(_ selections: String) throws -> Int {
        let document = try Parser.parse("fragment F on Dog { \(selections) }")
        guard case .fragment(let fragment) = document.definitions[0] else { throw CancellationError() }
        let finder = FieldConflictFinder(
            context: ValidationContext(schema: ValidationFixture.schema, document: document, maxErrors: 100))
        _ = finder.conflictsWithin(fragment.selectionSet, parentType: "Dog")
        return finder.comparedPairs
    }

    @Test func identicalFieldsAreNotCompared() throws {
        let names = Array(repeating: "name", count: 3000).joined(separator: " ")
        #expect(try comparedPairs(names) == 0)
        // An alias equal to the name is no different; nor are directives.
        #expect(try comparedPairs("name name: name name @include(if: true) doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT)") == 0)
        let owners = Array(repeating: "owner { name }", count: 1000).joined(separator: " ")
        #expect(try comparedPairs(owners) == 0)
    }

    @Test func distinctFormsAreComparedPairwise() throws {
        let names = Array(repeating: "x: name", count: 1000).joined(separator: " ")
        // Two forms of key x, one pair; the other keys are unique.
        #expect(try comparedPairs(names + " x: nickname barkVolume") == 1)
        // owner { name } against owner { pets { name } }: one pair, whose sub-selections
        // share no key.
        #expect(try comparedPairs("owner { name } owner { name } owner { pets { name } }") == 1)
    }

    @Test func aConflictWithRepeatedFieldsIsReportedOnceAtTheFirst() {
        ValidationHarness(FieldSelectionMergingRule()).expectErrors("""
            { dog { x: name x: name x: nickname x: name } }
            """, [
            ("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
             [(1, 9), (1, 25)]),
        ])
    }

    @Test func thousandsOfRepeatedFieldsAreValid() {
        let names = Array(repeating: "name", count: 5000).joined(separator: " ")
        ValidationHarness(rules: Validator.specifiedRules).expectValid("{ dog { \(names) __typename __typename } }")
    }
}

/// Fragment chains thousands of spreads long (well within the parser's token limit) must
/// be followed without recursing once per spread, or they would exhaust the stack.
@Suite struct LongFragmentChainTests {
    private func chain(length: Int, body: String, last: String) -> String {
        var source = "{ dog { ...F0 } }\n"
        for index in 0..<length {
            source += "fragment F\(index) on Dog { \(body) ...F\(index + 1) }\n"
        }
        return source + "fragment F\(length) on Dog { \(last) }\n"
    }

    @Test func longFragmentCycleIsReportedOnce() {
        let length = 5000
        let harness = ValidationHarness(FragmentSpreadsMustNotFormCyclesRule())
        let errors = harness.errors(chain(length: length, body: "", last: "...F0"))
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\", ") == true)
        #expect(errors.first?.locations.count == length + 1)
    }

    @Test func longSpreadOnlyChainIsValid() {
        ValidationHarness(rules: Validator.specifiedRules).expectValid(chain(length: 5000, body: "", last: "name"))
    }

    @Test func longChainWithFieldsIsValid() {
        ValidationHarness(FieldSelectionMergingRule()).expectValid(chain(length: 1200, body: "name", last: "name"))
    }

    @Test func longSubscriptionFragmentChainIsCollected() {
        var source = "subscription { ...S0 }\n"
        for index in 0..<5000 {
            source += "fragment S\(index) on Subscription { ...S\(index + 1) }\n"
        }
        source += "fragment S5000 on Subscription { newMessage { body } }\n"
        ValidationHarness(SingleRootFieldRule()).expectValid(source)
    }

    @Test func deeplyNestedFragmentPairsFinish() {
        var source = "{ human { ...F0 ...G0 } }\n"
        for index in 0..<2000 {
            source += "fragment F\(index) on Human { relatives { ...F\(index + 1) } }\n"
            source += "fragment G\(index) on Human { relatives { ...G\(index + 1) } }\n"
        }
        source += "fragment F2000 on Human { name }\nfragment G2000 on Human { name }\n"
        ValidationHarness(rules: Validator.specifiedRules).expectValid(source)
    }
}
