import Testing
@testable import GraphQLCore

/// Input Object Field Uniqueness.
@Suite struct InputObjectFieldUniquenessRuleTests {
    let harness = ValidationHarness(InputObjectFieldUniquenessRule())

    @Test func distinctFields() {
        harness.expectValid("""
            { findDog(complex: { name: "a", owner: "b" }) { name } }
            """)
    }

    @Test func sameNameInNestedObjects() {
        harness.expectValid("""
            { findDog(complex: { name: "a", nested: { name: "b" } }) { name } }
            """)
    }

    @Test func duplicateField() {
        harness.expectErrors("""
            { findDog(complex: { name: "a", name: "b" }) { name } }
            """, [
            ("There can be only one input field named \"name\".", [(1, 22), (1, 33)]),
        ])
    }

    @Test func tripleField() {
        harness.expectErrors("""
            { findDog(complex: { name: "a", name: "b", name: "c" }) { name } }
            """, [
            ("There can be only one input field named \"name\".", [(1, 22), (1, 33), (1, 44)]),
        ])
    }

    @Test func duplicateNestedField() {
        harness.expectErrors("""
            { findDog(complex: { nested: { owner: "a", owner: "b" } }) { name } }
            """, [
            ("There can be only one input field named \"owner\".", [(1, 32), (1, 44)]),
        ])
    }
}
