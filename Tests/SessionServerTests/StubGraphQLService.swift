import GraphQLCore
import SessionAPI

/// A GraphQL service that answers from the query text, so the transport rules can be tested
/// on their own: `{ ok }` executes, `{ invalid }` is rejected, `mutation …` is a mutation.
struct StubGraphQLService: GraphQLService {
    func operationKind(_ parameters: GraphQLParameters) async -> OperationType? {
        parameters.query.hasPrefix("mutation") ? .mutation : .query
    }

    func run(_ parameters: GraphQLParameters, organizationID: String) async -> GraphQLOutcome {
        if parameters.query.hasPrefix("mutation") {
            return .executed(body: Array(#"{"data":{"renamed":true}}"#.utf8))
        }
        if parameters.query.contains("invalid") {
            return .rejected(body: Array(#"{"errors":[{"message":"Cannot query field \"invalid\" on type \"Query\".","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"#.utf8))
        }
        let variables = parameters.variables.map { "\($0.count)" } ?? "none"
        return .executed(body: Array(#"{"data":{"org":"\#(organizationID)","variables":"\#(variables)","operation":"\#(parameters.operationName ?? "")"}}"#.utf8))
    }
}
