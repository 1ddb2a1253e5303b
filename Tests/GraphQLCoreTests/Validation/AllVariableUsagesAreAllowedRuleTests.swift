import Testing
@testable import GraphQLCore

/// All Variable Usages Are Allowed.
@Suite struct AllVariableUsagesAreAllowedRuleTests {
    let harness = ValidationHarness(AllVariableUsagesAreAllowedRule())

    @Test func sameType() {
        harness.expectValid("""
            query ($booleanArg: Boolean) { arguments { booleanArgField(booleanArg: $booleanArg) } }
            """)
    }

    @Test func nonNullIntoNullable() {
        harness.expectValid("""
            query ($b: Boolean!) { arguments { booleanArgField(booleanArg: $b) } dog @include(if: $b) { name } }
            """)
    }

    @Test func nullableIntoNonNullWithLocationDefault() {
        harness.expectValid("""
            query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }
            """)
    }

    @Test func nullableIntoNonNullWithVariableDefault() {
        harness.expectValid("""
            query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }
            """)
    }

    @Test func nonNullListIntoList() {
        harness.expectValid("""
            query nonNullListToList($nonNullBooleanList: [Boolean]!, $strict: [Boolean!]!) { arguments { a: booleanListArgField(booleanListArg: $nonNullBooleanList) b: booleanListArgField(booleanListArg: $strict) } }
            """)
    }

    @Test func listItemPosition() {
        harness.expectValid("""
            query ($b: Boolean) { arguments { booleanListArgField(booleanListArg: [$b, true]) } }
            """)
    }

    @Test func inputFieldWithDefault() {
        harness.expectValid("""
            query ($d: Boolean) { arguments { requiredInputField(input: { requiredField: true, defaultedField: $d }) } }
            """)
    }

    @Test func oneOfWithNonNullVariable() {
        harness.expectValid("""
            query ($name: String!) { findDogBy(finder: { name: $name }) { name } }
            """)
    }

    @Test func throughFragment() {
        harness.expectValid("""
            query ($b: Boolean!) { dog { ...F } }
            fragment F on Dog { isHouseTrained(atOtherHomes: $b) }
            """)
    }

    @Test func undefinedVariablesAreIgnored() {
        harness.expectValid("""
            { arguments { nonNullBooleanArgField(nonNullBooleanArg: $undefined) } }
            """)
    }

    @Test func intIntoBoolean() {
        harness.expectErrors("""
            query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }
            """, [
            ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", [(1, 30), (1, 86)]),
        ])
    }

    @Test func listIntoSingleValue() {
        harness.expectErrors("""
            query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) { arguments { booleanArgField(booleanArg: $booleanListArg) } }
            """, [
            ("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", [(1, 38), (1, 108)]),
        ])
    }

    @Test func nullableIntoNonNull() {
        harness.expectErrors("""
            query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }
            """, [
            ("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", [(1, 23), (1, 101)]),
        ])
    }

    @Test func nullDefaultDoesNotHelp() {
        harness.expectErrors("""
            query ($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }
            """, [
            ("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", [(1, 8), (1, 84)]),
        ])
    }

    @Test func nullableListIntoNonNullList() {
        harness.expectErrors("""
            query listToNonNullList($booleanList: [Boolean]) { arguments { nonNullBooleanListField(nonNullBooleanListArg: $booleanList) } }
            """, [
            ("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", [(1, 25), (1, 111)]),
        ])
    }

    @Test func nullableItemsIntoNonNullItems() {
        harness.expectErrors("""
            query ($l: [Boolean]) { booleanList(booleanListArg: $l) }
            """, [
            ("Variable \"$l\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\".", [(1, 8), (1, 53)]),
        ])
    }

    @Test func wrongListItem() {
        harness.expectErrors("""
            query ($s: String) { booleanList(booleanListArg: [$s]) }
            """, [
            ("Variable \"$s\" of type \"String\" used in position expecting type \"Boolean!\".", [(1, 8), (1, 51)]),
        ])
    }

    @Test func directiveArgument() {
        harness.expectErrors("""
            query ($b: Boolean) { dog @include(if: $b) { name } }
            """, [
            ("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", [(1, 8), (1, 40)]),
        ])
    }

    @Test func fragmentUsedByTwoOperations() {
        harness.expectErrors("""
            query A($b: Boolean) { arguments { ...F } }
            query B($b: Boolean!) { arguments { ...F } }
            fragment F on Arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) }
            """, [
            ("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", [(1, 9), (3, 69)]),
        ])
    }

    @Test func nullableVariableInOneOf() {
        harness.expectErrors("""
            query ($name: String) { findDogBy(finder: { name: $name }) { name } }
            """, [
            ("Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"DogFinder\".", [(1, 8), (1, 51)]),
        ])
    }

    @Test func nullableVariableWithDefaultInOneOf() {
        harness.expectErrors("""
            query ($id: ID = "1") { findDogBy(finder: { id: $id }) { name } }
            """, [
            ("Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"DogFinder\".", [(1, 8), (1, 49)]),
        ])
    }
}
