import Testing
@testable import GraphQLCore

/// Input Object Required Fields.
@Suite struct InputObjectRequiredFieldsRuleTests {
    let harness = ValidationHarness(InputObjectRequiredFieldsRule())

    @Test func requiredFieldGiven() {
        harness.expectValid("""
            { arguments { requiredInputField(input: { requiredField: true }) } }
            """)
    }

    @Test func nullLiteralIsLeftToValuesOfCorrectType() {
        harness.expectValid("""
            { arguments { requiredInputField(input: { requiredField: null }) } }
            """)
    }

    @Test func requiredFieldMissing() {
        harness.expectErrors("""
            { arguments { requiredInputField(input: { optionalField: true }) } }
            """, [
            ("Field \"RequiredInput.requiredField\" of required type \"Boolean!\" was not provided.", [(1, 41)]),
        ])
    }

    @Test func requiredFieldMissingInDefault() {
        harness.expectErrors("""
            query ($i: RequiredInput = {}) { arguments { requiredInputField(input: $i) } }
            """, [
            ("Field \"RequiredInput.requiredField\" of required type \"Boolean!\" was not provided.", [(1, 28)]),
        ])
    }
}
