import Foundation
import Testing
import GraphQLCore

/// Field errors (spec 6.4.4): message, locations, path, code, and null propagation.
@Suite("Executor field errors")
struct FieldErrorTests {
    private func run(_ document: String) async throws -> String {
        try await ExecutionTestSchema.run(document)
    }

    @Test func resolverFailureIsGenericAndLocated() async throws {
        #expect(try await run("{ hello failing }") == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":9}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"hello":"world","failing":null}}"#)
    }

    @Test func graphQLErrorsKeepTheirMessageAndCode() async throws {
        #expect(try await run("{ publicError }") == #"{"errors":[{"message":"Not allowed here.","locations":[{"line":1,"column":3}],"path":["publicError"],"extensions":{"code":"FORBIDDEN"}}],"data":{"publicError":null}}"#)
    }

    @Test func nonNullRootFieldNullsData() async throws {
        #expect(try await run("{ hello failingNonNull }") == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":9}],"path":["failingNonNull"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}"#)
    }

    @Test func nullInNonNullListItemNullsTheList() async throws {
        #expect(try await run("{ nonNullItems nullableItems }") == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullItems.","locations":[{"line":1,"column":3}],"path":["nonNullItems",1]}],"data":{"nonNullItems":null,"nullableItems":["a",null,"c"]}}"#)
    }

    @Test func nestedNullStopsAtNearestNullableParent() async throws {
        #expect(try await run("{ plain { b { a c } } }") == #"{"errors":[{"message":"Cannot return null for non-nullable field Plain.c.","locations":[{"line":1,"column":17}],"path":["plain","b",2,"c"]}],"data":{"plain":{"b":[{"a":2,"c":"inner"},null,null]}}}"#)
    }

    @Test func nullPropagatesThroughNonNullListsToTheRoot() async throws {
        #expect(try await run("{ hello plainList { c } }") == #"{"errors":[{"message":"Cannot return null for non-nullable field Plain.c.","locations":[{"line":1,"column":21}],"path":["plainList",1,"c"]}],"data":null}"#)
    }

    @Test func invalidEnumValue() async throws {
        #expect(try await run("{ wrongEnum }") == #"{"errors":[{"message":"Enum \"Role\" cannot represent value: \"OWNER\"","locations":[{"line":1,"column":3}],"path":["wrongEnum"]}],"data":{"wrongEnum":null}}"#)
    }

    @Test func unresolvableAbstractType() async throws {
        #expect(try await run("{ untypedNode { id } }") == #"{"errors":[{"message":"Abstract type \"Node\" must resolve to an Object type at runtime for field \"Query.untypedNode\". Either the \"Node\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["untypedNode"]}],"data":{"untypedNode":null}}"#)
    }

    @Test func mergedFieldsReportEveryLocation() async throws {
        #expect(try await run("{ failing ... on Query { failing } }") == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":3},{"line":1,"column":26}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"failing":null}}"#)
    }

    @Test func resolverErrorsAreObservable() async throws {
        let seen = ErrorSink()
        let executor = Executor(schema: try GraphQLSchema(sdl: ExecutionTestSchema.sdl), resolvers: ExecutionTestSchema.resolvers()) { error, path in
            seen.record("\(type(of: error)) at \(path)")
        }
        _ = await executor.execute(document: "{ failing }", context: ExecutionTestSchema.Context())
        #expect(seen.entries == [#"Failure at [GraphQLCore.PathComponent.key("failing")]"#])
    }
}

/// `@unchecked Sendable`: `stored` is only touched while holding `lock`.
final class ErrorSink: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var entries: [String] { lock.withLock { stored } }
    func record(_ entry: String) { lock.withLock { stored.append(entry) } }
}
