import Testing
@testable import GraphQLCore

/// Lone Anonymous Operation.
@Suite struct LoneAnonymousOperationRuleTests {
    let harness = ValidationHarness(LoneAnonymousOperationRule())

    @Test func singleAnonymous() {
        harness.expectValid("""
            { dog { name } }
            """)
    }

    @Test func namedOperations() {
        harness.expectValid("""
            query A { dog { name } }
            query B { cat { name } }
            """)
    }

    @Test func anonymousWithFragment() {
        harness.expectValid("""
            { dog { ...F } }
            fragment F on Dog { name }
            """)
    }

    @Test func anonymousBesideNamed() {
        harness.expectErrors("""
            { dog { name } }
            query getName { dog { owner { name } } }
            """, [
            ("This anonymous operation must be the only defined operation.", [(1, 1)]),
        ])
    }

    @Test func twoAnonymous() {
        harness.expectErrors("""
            { dog { name } }
            { cat { name } }
            """, [
            ("This anonymous operation must be the only defined operation.", [(1, 1)]),
            ("This anonymous operation must be the only defined operation.", [(2, 1)]),
        ])
    }

    @Test func anonymousBesideMutation() {
        harness.expectErrors("""
            { dog { name } }
            mutation Foo { mutateDog(name: "x") { name } }
            """, [
            ("This anonymous operation must be the only defined operation.", [(1, 1)]),
        ])
    }
}
