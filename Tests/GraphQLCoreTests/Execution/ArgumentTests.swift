import Testing
import GraphQLCore

/// Arguments of every literal kind, variables and defaults, seen through `Query.echo`, which
/// returns its coerced arguments as JSON.
@Suite("Executor arguments")
struct ArgumentTests {
    private func echo(_ arguments: String, variables: String? = nil, definitions: String = "") async throws -> String {
        let json = try await ExecutionTestSchema.run("query \(definitions) { echo\(arguments) }", variables: variables)
        guard case .object(let response) = try GraphQLValue(json: json), case .object(let data)? = response["data"],
              case .string(let echoed)? = data["echo"]
        else { return json }
        return echoed
    }

    @Test func everyLiteralKind() async throws {
        let result = try await echo(#"(int: 1, float: 2.5, string: "s\n\u00e9", bool: true, id: 7, role: EDITOR, list: [1, 2], filter: {term: "t", roles: [ADMIN]})"#)
        #expect(result == #"{"int":1,"float":2.5,"string":"s\né","bool":true,"id":"7","role":"EDITOR","list":[1,2],"filter":{"term":"t","limit":10,"roles":["ADMIN"]},"required":7}"#)
    }

    @Test func blockStringAndIntToFloat() async throws {
        let result = try await echo(#"(float: 3, string: """  block  """)"#)
        #expect(result == #"{"float":3,"string":"  block  ","required":7}"#)
    }

    @Test func nullLiteralAndAbsentArguments() async throws {
        #expect(try await echo("(int: null)") == #"{"int":null,"required":7}"#)
        #expect(try await echo("") == #"{"required":7}"#)
    }

    @Test func singleValueCoercesToList() async throws {
        #expect(try await echo("(list: 5)") == #"{"list":[5],"required":7}"#)
    }

    @Test func variablesAndTheirDefaults() async throws {
        let result = try await echo("(int: $i, filter: $f, list: [1, $j], required: $r)", variables: #"{"f": {"term": "x"}, "j": 3}"#,
                                    definitions: "($i: Int = 5, $f: Filter, $j: Int, $r: Int)")
        #expect(result == #"{"int":5,"list":[1,3],"filter":{"term":"x","limit":10},"required":7}"#)
    }

    @Test func unsetVariableLeavesArgumentAbsent() async throws {
        #expect(try await echo("(int: $i)", variables: "{}", definitions: "($i: Int)") == #"{"required":7}"#)
        #expect(try await echo("(int: $i)", variables: #"{"i": null}"#, definitions: "($i: Int)") == #"{"int":null,"required":7}"#)
    }

    @Test func nullVariableForNonNullArgumentIsAFieldError() async throws {
        let result = try await ExecutionTestSchema.run("query($r: Int) { echo(required: $r) }", variables: #"{"r": null}"#)
        #expect(result == #"{"errors":[{"message":"Argument \"required\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":33}],"path":["echo"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"echo":null}}"#)
    }
}
