import Testing
import GraphQLCore

/// Request errors: the response has `errors` and no `data`.
@Suite("Executor request errors")
struct RequestErrorTests {
    @Test func operationNameRequiredWhenSeveral() async throws {
        #expect(try await ExecutionTestSchema.run("query A { hello } query B { hello }") == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
    }

    @Test func unknownOperationName() async throws {
        #expect(try await ExecutionTestSchema.run("query A { hello }", operationName: "C") == #"{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
    }

    @Test func noOperation() throws {
        #expect(throws: GraphQLError("Must provide an operation.", code: .operationResolutionFailure)) {
            try OperationSelection.select(in: Document(definitions: []), named: nil)
        }
    }

    @Test func missingRequiredVariable() async throws {
        #expect(try await ExecutionTestSchema.run("query Q($id: ID!) { user(id: $id) { name } }", variables: "{}") == #"{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":9}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
    }

    @Test func nullForNonNullVariable() async throws {
        #expect(try await ExecutionTestSchema.run("query Q($id: ID!) { user(id: $id) { name } }", variables: #"{"id": null}"#) == #"{"errors":[{"message":"Variable \"$id\" of non-null type \"ID!\" must not be null.","locations":[{"line":1,"column":9}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
    }

    @Test func invalidVariableValue() async throws {
        let result = try await ExecutionTestSchema.run("query Q($n: Int) { echo(int: $n) }", variables: #"{"n": "x"}"#)
        #expect(result == #"{"errors":[{"message":"Variable \"$n\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":9}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
    }

    @Test func parseFailure() async throws {
        #expect(try await ExecutionTestSchema.run("{ hello") == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#)
    }

    @Test func validationFailure() async throws {
        let result = try await ExecutionTestSchema.run("{ zzz }")
        #expect(result == #"{"errors":[{"message":"Cannot query field \"zzz\" on type \"Query\".","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"#)
    }
}
