import Testing
@testable import GraphQLCore

/// Executable Definitions: only operations and fragments may be executed.
@Suite struct ExecutableDefinitionsRuleTests {
    let harness = ValidationHarness(ExecutableDefinitionsRule())

    @Test func operationAndFragment() {
        harness.expectValid("""
            query Foo { dog { ...Frag } }
            fragment Frag on Dog { name }
            """)
    }

    @Test func typeSystemDefinitionsAndExtensions() {
        harness.expectErrors("""
            query Foo { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            schema { query: Query }
            directive @cow on FIELD
            """, [
            ("The \"Cow\" definition is not executable.", [(2, 1)]),
            ("The \"Dog\" definition is not executable.", [(3, 1)]),
            ("The schema definition is not executable.", [(4, 1)]),
            ("The \"cow\" definition is not executable.", [(5, 1)]),
        ])
    }
}
