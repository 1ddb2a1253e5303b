import Testing
@testable import GraphQLCore

/// Single Root Field of subscriptions.
@Suite struct SingleRootFieldRuleTests {
    let harness = ValidationHarness(SingleRootFieldRule())

    @Test func oneField() {
        harness.expectValid("""
            subscription sub { newMessage { body sender } }
            """)
    }

    @Test func oneFieldThroughFragment() {
        harness.expectValid("""
            subscription sub { ...newMessageFields }
            fragment newMessageFields on Subscription { newMessage { body sender } }
            """)
    }

    @Test func sameResponseKeyTwice() {
        harness.expectValid("""
            subscription { newMessage { body } newMessage { sender } }
            """)
    }

    @Test func inlineFragment() {
        harness.expectValid("""
            subscription { ... on Subscription { newMessage { body } } }
            """)
    }

    @Test func queriesAreNotChecked() {
        harness.expectValid("""
            query { dog { name } __typename }
            """)
    }

    @Test func secondRootField() {
        harness.expectErrors("""
            subscription sub {
              newMessage { body sender }
              disallowedSecondRootField
            }
            """, [
            ("Subscription \"sub\" must select only one top level field.", [(3, 3)]),
        ])
    }

    @Test func anonymousWithThreeKeys() {
        harness.expectErrors("""
            subscription { newMessage { body } disallowedSecondRootField alias: newMessage { sender } }
            """, [
            ("Anonymous Subscription must select only one top level field.", [(1, 36), (1, 62)]),
        ])
    }

    @Test func secondRootFieldInFragment() {
        harness.expectErrors("""
            subscription sub { ...multipleSubscriptions }
            fragment multipleSubscriptions on Subscription { newMessage { body } disallowedSecondRootField }
            """, [
            ("Subscription \"sub\" must select only one top level field.", [(2, 70)]),
        ])
    }

    @Test func directivesAreNotApplied() {
        harness.expectErrors("""
            subscription ($skip: Boolean!) { newMessage { body } disallowedSecondRootField @skip(if: $skip) }
            """, [
            ("Anonymous Subscription must select only one top level field.", [(1, 54)]),
        ])
    }

    @Test func introspectionRootField() {
        harness.expectErrors("""
            subscription sub { __typename }
            """, [
            ("Subscription \"sub\" must not select an introspection top level field.", [(1, 20)]),
        ])
    }

    @Test func introspectionBesideField() {
        harness.expectErrors("""
            subscription { newMessage { body } __typename }
            """, [
            ("Anonymous Subscription must select only one top level field.", [(1, 36)]),
            ("Anonymous Subscription must not select an introspection top level field.", [(1, 36)]),
        ])
    }
}
