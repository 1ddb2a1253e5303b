import Testing
@testable import GraphQLCore

/// Operation Type Existence: the schema must define the operation's root type.
@Suite struct OperationTypeExistenceRuleTests {
    let harness = ValidationHarness(OperationTypeExistenceRule())

    /// A schema with a query root only.
    var queryOnly: ValidationHarness {
        var harness = ValidationHarness(OperationTypeExistenceRule())
        harness.schema = try! GraphQLSchema(sdl: "type Query { name: String }")
        return harness
    }

    @Test func everyRootTypeDefined() {
        harness.expectValid("""
            query { dog { name } }
            mutation { mutateDog(name: "x") { name } }
            subscription { newMessage { body } }
            """)
    }

    @Test func queryOnlySchemaAcceptsQueries() {
        queryOnly.expectValid("""
            { name }
            query Named { name }
            """)
    }

    @Test func missingRootTypes() {
        queryOnly.expectErrors("""
            mutation Rename { name }
            subscription { name }
            """, [
            ("The mutation operation is not supported by the schema.", [(1, 1)]),
            ("The subscription operation is not supported by the schema.", [(2, 1)]),
        ])
    }
}
