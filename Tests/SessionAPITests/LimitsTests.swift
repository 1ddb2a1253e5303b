import Foundation
import GraphQLCore
import SessionAPI
import SessionStore
import Testing

/// Every `QueryLimits` check, and the parse, validation and variable errors around them:
/// each refuses the request as a whole (`.rejected`, no `data`) before a single statement
/// runs. Small limits keep the documents short.
@Suite
struct LimitsTests {
    static func harness(_ backend: APIBackend, _ limits: QueryLimits = QueryLimits()) async throws -> APIHarness {
        try APIHarness(database: try await APIData.shared.database(backend), limits: limits)
    }

    /// Runs `query` and checks that it was rejected with exactly `json` and cost nothing.
    static func expectRejected(
        _ harness: APIHarness, _ query: String, variables: GraphQLObject? = nil, _ json: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async {
        let result = await harness.run(query, variables: variables)
        #expect(result.isRejected, sourceLocation: sourceLocation)
        #expect(result.json == json, sourceLocation: sourceLocation)
        #expect(result.statements == 0, sourceLocation: sourceLocation)
    }

    // MARK: Document size and tokens

    @Test(arguments: APIBackend.available)
    func documentsLargerThanTheByteLimitAreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, QueryLimits(maxDocumentBytes: 20))
        await Self.expectRejected(harness, "{ viewer { id name } }", """
            {"errors":[{"message":"The document is 22 bytes; at most 20 are allowed.","extensions":{"code":"DOCUMENT_TOO_LARGE"}}]}
            """)
        // Bytes of UTF-8, not characters: 19 characters, 24 bytes.
        await Self.expectRejected(harness, "#ééééé\n{viewer{id}}", """
            {"errors":[{"message":"The document is 24 bytes; at most 20 are allowed.","extensions":{"code":"DOCUMENT_TOO_LARGE"}}]}
            """)
        // At the limit it runs.
        let atLimit = await harness.run("{ viewer { id }    }")
        #expect(atLimit.json == #"{"data":{"viewer":{"id":"org_acme"}}}"#)
    }

    @Test(arguments: APIBackend.available)
    func documentsWithTooManyTokensAreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, QueryLimits(maxTokens: 6))
        // Seven tokens: refused at the seventh.
        await Self.expectRejected(harness, "{ viewer { id name } }", """
            {"errors":[{"message":"Syntax Error: Document contains more than 6 tokens. Parsing aborted.",\
            "locations":[{"line":1,"column":22}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}
            """)
        // Six tokens (the end of the document does not count) are allowed.
        let atLimit = await harness.run("{ viewer { id } }")
        #expect(atLimit.json == #"{"data":{"viewer":{"id":"org_acme"}}}"#)
    }

    // MARK: Shape: depth, fields, aliases

    @Test(arguments: APIBackend.available)
    func selectionsNestedTooDeeplyAreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, QueryLimits(maxDepth: 2))
        await Self.expectRejected(harness, "{ viewer { servers { id } } }", """
            {"errors":[{"message":"The document nests fields 3 deep; at most 2 are allowed.",\
            "locations":[{"line":1,"column":22}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}
            """)
        // Fragments add no depth of their own; their fields count where they are spread.
        await Self.expectRejected(harness, """
            { viewer { ... on Organization { ...Servers } } }
            fragment Servers on Organization { servers { id } }
            """, """
            {"errors":[{"message":"The document nests fields 3 deep; at most 2 are allowed.",\
            "locations":[{"line":2,"column":46}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}
            """)
        let atLimit = await harness.run("{ viewer { ... on Organization { id } } }")
        #expect(atLimit.json == #"{"data":{"viewer":{"id":"org_acme"}}}"#)
    }

    @Test(arguments: APIBackend.available)
    func tooManyFieldsAreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, QueryLimits(maxFields: 3))
        await Self.expectRejected(harness, "{ viewer { id name slug } }", """
            {"errors":[{"message":"The document selects more than 3 fields (fragments counted where spread).",\
            "locations":[{"line":1,"column":20}],"extensions":{"code":"MAX_FIELDS_EXCEEDED"}}]}
            """)
        // A fragment spread twice counts twice: viewer, id, name, then id again.
        await Self.expectRejected(harness, "{ viewer { ...F ...F } } fragment F on Organization { id name }", """
            {"errors":[{"message":"The document selects more than 3 fields (fragments counted where spread).",\
            "locations":[{"line":1,"column":55}],"extensions":{"code":"MAX_FIELDS_EXCEEDED"}}]}
            """)
        // Selections that are not fields still cost steps: 1 field and 12 inline fragments
        // pass 4 × maxFields.
        let nested = String(repeating: "...{", count: 12) + "id" + String(repeating: "}", count: 12)
        await Self.expectRejected(harness, "{ viewer { \(nested) } }", """
            {"errors":[{"message":"The document expands to too many selections.",\
            "locations":[{"line":1,"column":56}],"extensions":{"code":"MAX_FIELDS_EXCEEDED"}}]}
            """)
        let atLimit = await harness.run("{ viewer { id name } }")
        #expect(atLimit.json == #"{"data":{"viewer":{"id":"org_acme","name":"Acme Corporation"}}}"#)
    }

    @Test(arguments: APIBackend.available)
    func everyDefinitionIsHeldToTheLimitsNotOnlyTheOneThatRuns(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, QueryLimits(maxFields: 3))
        // Validation reads operation B even when A runs, so B is measured too.
        let unselected = await harness.run(
            "query A { viewer { id } } query B { viewer { id name slug } }", operationName: "A")
        #expect(unselected.isRejected)
        #expect(unselected.json == """
            {"errors":[{"message":"The document selects more than 3 fields (fragments counted where spread).",\
            "locations":[{"line":1,"column":54}],"extensions":{"code":"MAX_FIELDS_EXCEEDED"}}]}
            """)
        #expect(unselected.statements == 0)
        // So is a fragment that is never spread.
        await Self.expectRejected(harness, "{ viewer { id } } fragment F on Organization { id name slug servers { id } }", """
            {"errors":[{"message":"The document selects more than 3 fields (fragments counted where spread).",\
            "locations":[{"line":1,"column":61}],"extensions":{"code":"MAX_FIELDS_EXCEEDED"}}]}
            """)
        // Each definition is counted on its own: two operations of three fields each run.
        let both = await harness.run(
            "query A { viewer { id name } } query B { viewer { id slug } }", operationName: "B")
        #expect(both.json == #"{"data":{"viewer":{"id":"org_acme","slug":"acme"}}}"#)
    }

    @Test(arguments: APIBackend.available)
    func tooManyAliasesAreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, QueryLimits(maxAliases: 1))
        await Self.expectRejected(harness, "{ a: viewer { id } b: viewer { id } }", """
            {"errors":[{"message":"The document uses more than 1 aliases.",\
            "locations":[{"line":1,"column":20}],"extensions":{"code":"MAX_ALIASES_EXCEEDED"}}]}
            """)
        // An alias equal to the field's name is no alias.
        let same = await harness.run("{ a: viewer { id: id name: name } viewer: viewer { id } }")
        #expect(same.json == #"{"data":{"a":{"id":"org_acme","name":"Acme Corporation"},"viewer":{"id":"org_acme"}}}"#)
    }

    // MARK: Cost: nodes and page sizes

    @Test(arguments: APIBackend.available)
    func pageSizesThatMultiplyPastTheNodeLimitAreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend, QueryLimits(maxNodes: 100))
        // users: 10, then 10 × 10 sessions: 110 objects.
        await Self.expectRejected(harness, "{ users(first: 10) { nodes { sessions(first: 10) { nodes { id } } } } }", """
            {"errors":[{"message":"The document may return more than 100 objects; ask for smaller pages (first) or fewer nested lists.",\
            "locations":[{"line":1,"column":30}],"extensions":{"code":"MAX_NODES_EXCEEDED"}}]}
            """)
        // Defaults count (users 20, timeline 50), and so do variables: 20 + 20 × 5 = 120.
        await Self.expectRejected(harness, "{ users { nodes { sessions(first: 5) { nodes { id } } } } }", """
            {"errors":[{"message":"The document may return more than 100 objects; ask for smaller pages (first) or fewer nested lists.",\
            "locations":[{"line":1,"column":19}],"extensions":{"code":"MAX_NODES_EXCEEDED"}}]}
            """)
        await Self.expectRejected(
            harness, "query($n: Int) { session(id: \"x\") { a: timeline(first: $n) { nodes { id } } b: timeline { nodes { id } } } }",
            variables: GraphQLObject([("n", .int(51))]), """
            {"errors":[{"message":"The document may return more than 100 objects; ask for smaller pages (first) or fewer nested lists.",\
            "locations":[{"line":1,"column":77}],"extensions":{"code":"MAX_NODES_EXCEEDED"}}]}
            """)
        // 10 + 10 × 9 = 100 runs.
        let atLimit = await harness.run("{ users(first: 10) { nodes { sessions(first: 9) { nodes { id } } } } }")
        #expect(atLimit.isExecuted)
        #expect(atLimit.errors.isEmpty)
    }

    @Test(arguments: APIBackend.available)
    func pageSizesOutside1To100AreRefused(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend)
        await Self.expectRejected(harness, "{ users(first: 101) { nodes { id } } }", """
            {"errors":[{"message":"Argument \\"first\\" of Query.users must be between 1 and 100; got 101.",\
            "locations":[{"line":1,"column":16}],"extensions":{"code":"BAD_USER_INPUT"}}]}
            """)
        await Self.expectRejected(harness, "{ users(first: 0) { nodes { id } } }", """
            {"errors":[{"message":"Argument \\"first\\" of Query.users must be between 1 and 100; got 0.",\
            "locations":[{"line":1,"column":16}],"extensions":{"code":"BAD_USER_INPUT"}}]}
            """)
        await Self.expectRejected(
            harness, "query($n: Int) { session(id: \"x\") { timeline(first: $n) { nodes { id } } } }",
            variables: GraphQLObject([("n", .int(-1))]), """
            {"errors":[{"message":"Argument \\"first\\" of Session.timeline must be between 1 and 100; got -1.",\
            "locations":[{"line":1,"column":53}],"extensions":{"code":"BAD_USER_INPUT"}}]}
            """)
        await Self.expectRejected(
            harness, "query($id: String!) { user(identifier: $id) { supportTickets(first: 1000) { nodes { id } } } }",
            variables: GraphQLObject([("id", .string(SeedFixtures.sharedUserEmail))]), """
            {"errors":[{"message":"Argument \\"first\\" of User.supportTickets must be between 1 and 100; got 1000.",\
            "locations":[{"line":1,"column":69}],"extensions":{"code":"BAD_USER_INPUT"}}]}
            """)
        let edges = await harness.run("{ a: users(first: 1) { nodes { id } } b: users(first: 100) { pageInfo { hasNextPage } } }")
        #expect(edges.isExecuted)
        #expect(edges.errors.isEmpty)
        // The limit is the configured one.
        let small = try await Self.harness(backend, QueryLimits(maxPageSize: 5))
        await Self.expectRejected(small, "{ users(first: 6) { nodes { id } } }", """
            {"errors":[{"message":"Argument \\"first\\" of Query.users must be between 1 and 5; got 6.",\
            "locations":[{"line":1,"column":16}],"extensions":{"code":"BAD_USER_INPUT"}}]}
            """)
    }

    // MARK: Introspection

    @Test(arguments: APIBackend.available)
    func theStandardIntrospectionQueryPassesTheDefaultLimits(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend)
        let result = await harness.run(IntrospectionQuery.full)
        #expect(result.isExecuted)
        #expect(result.errors.isEmpty)
        #expect(result.data["__schema", "queryType"] == (try GraphQLValue(json: #"{"name":"Query","kind":"OBJECT"}"#)))
        #expect(result.data["__schema", "mutationType", "name"] == .string("Mutation"))
        #expect(result.statements == 0)
        // It needs a depth of 14, as `QueryLimits.maxDepth` documents.
        let shallower = try await Self.harness(backend, QueryLimits(maxDepth: 13))
        let refused = await shallower.run(IntrospectionQuery.full)
        #expect(refused.isRejected)
        #expect(refused.errors.first?["message"] == .string("The document nests fields 14 deep; at most 13 are allowed."))
        #expect(refused.errors.first?["extensions", "code"] == .string("MAX_DEPTH_EXCEEDED"))
    }

    // MARK: Parse, validation and variable errors

    @Test(arguments: APIBackend.available)
    func parseErrorsAreRejected(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend)
        await Self.expectRejected(harness, "{ viewer { id }", """
            {"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.",\
            "locations":[{"line":1,"column":16}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}
            """)
        await Self.expectRejected(harness, "", """
            {"errors":[{"message":"Syntax Error: Unexpected <EOF>.",\
            "locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}
            """)
    }

    @Test(arguments: APIBackend.available)
    func validationErrorsAreRejected(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend)
        await Self.expectRejected(harness, "{ viewer { id nope } session { id } }", """
            {"errors":[{"message":"Cannot query field \\"nope\\" on type \\"Organization\\". Did you mean \\"name\\"?",\
            "locations":[{"line":1,"column":15}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}},\
            {"message":"Field \\"session\\" argument \\"id\\" of type \\"ID!\\" is required, but it was not provided.",\
            "locations":[{"line":1,"column":22}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}
            """)
        // Limits come first: an oversized invalid document is refused for its size.
        let small = try await Self.harness(backend, QueryLimits(maxFields: 1))
        await Self.expectRejected(small, "{ viewer { nope } }", """
            {"errors":[{"message":"The document selects more than 1 fields (fragments counted where spread).",\
            "locations":[{"line":1,"column":12}],"extensions":{"code":"MAX_FIELDS_EXCEEDED"}}]}
            """)
    }

    @Test(arguments: APIBackend.available)
    func badVariablesAreRejected(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend)
        let query = "query($id: ID!, $first: Int) { session(id: $id) { timeline(first: $first) { nodes { id } } } }"
        await Self.expectRejected(harness, query, """
            {"errors":[{"message":"Variable \\"$id\\" of required type \\"ID!\\" was not provided.",\
            "locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}
            """)
        await Self.expectRejected(
            harness, query, variables: GraphQLObject([("id", .string("x")), ("first", .string("ten"))]), """
            {"errors":[{"message":"Variable \\"$first\\" got invalid value \\"ten\\"; Int cannot represent non-integer value: \\"ten\\"",\
            "locations":[{"line":1,"column":17}],"extensions":{"code":"BAD_USER_INPUT"}}]}
            """)
    }

    @Test(arguments: APIBackend.available)
    func unknownOperationNamesAreRejected(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend)
        let result = await harness.run("query A { viewer { id } } query B { viewer { name } }", operationName: "C")
        #expect(result.isRejected)
        #expect(result.json == #"{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
        #expect(result.statements == 0)
        let missing = await harness.run("query A { viewer { id } } query B { viewer { name } }")
        #expect(missing.json == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#)
    }

    /// The whole document is validated before an operation is picked from it, so a document
    /// that is invalid for holding its operations gets validation errors, not a request for a
    /// name that could not help.
    @Test(arguments: APIBackend.available)
    func documentsAreValidatedBeforeAnOperationIsPicked(_ backend: APIBackend) async throws {
        let harness = try await Self.harness(backend)
        await Self.expectRejected(harness, "query A { viewer { id } } query A { viewer { name } }", """
            {"errors":[{"message":"There can be only one operation named \\"A\\".",\
            "locations":[{"line":1,"column":7},{"line":1,"column":33}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}
            """)
        await Self.expectRejected(harness, "{ viewer { id } } query B { viewer { name } }", """
            {"errors":[{"message":"This anonymous operation must be the only defined operation.",\
            "locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}
            """)
        // An unknown name with an invalid document: the validation errors.
        let unknown = await harness.run("query A { viewer { nope } }", operationName: "C")
        #expect(unknown.isRejected)
        #expect(unknown.json == """
            {"errors":[{"message":"Cannot query field \\"nope\\" on type \\"Organization\\". Did you mean \\"name\\"?",\
            "locations":[{"line":1,"column":20}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}
            """)
        // A transport that takes no mutations can tell one before validation.
        #expect(await harness.api.operationKind(GraphQLParameters(query: "mutation { nope }")) == .mutation)
    }
}
