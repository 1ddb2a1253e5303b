import Testing
@testable import GraphQLCore

/// Operation Name Uniqueness.
@Suite struct OperationNameUniquenessRuleTests {
    let harness = ValidationHarness(OperationNameUniquenessRule())

    @Test func distinctNames() {
        harness.expectValid("""
            query getDogName { dog { name } }
            query getOwnerName { dog { owner { name } } }
            """)
    }

    @Test func anonymousOperation() {
        harness.expectValid("""
            { dog { name } }
            """)
    }

    @Test func fragmentMayShareOperationName() {
        harness.expectValid("""
            query Foo { ...Foo }
            fragment Foo on Query { dog { name } }
            """)
    }

    @Test func sameNameTwice() {
        harness.expectErrors("""
            query getName { dog { name } }
            query getName { dog { owner { name } } }
            """, [
            ("There can be only one operation named \"getName\".", [(1, 7), (2, 7)]),
        ])
    }

    @Test func sameNameDifferentOperationTypes() {
        harness.expectErrors("""
            query dogOperation { dog { name } }
            mutation dogOperation { mutateDog(name: "x") { name } }
            """, [
            ("There can be only one operation named \"dogOperation\".", [(1, 7), (2, 10)]),
        ])
    }

    @Test func eachRepeatIsReported() {
        harness.expectErrors("""
            query A { dog { name } }
            query A { cat { name } }
            query A { pet { name } }
            """, [
            ("There can be only one operation named \"A\".", [(1, 7), (2, 7)]),
            ("There can be only one operation named \"A\".", [(1, 7), (3, 7)]),
        ])
    }
}
