import Testing
@testable import GraphQLCore

/// Field Selections: fields must exist on the type in scope.
@Suite struct FieldsOnCorrectTypeRuleTests {
    let harness = ValidationHarness(FieldsOnCorrectTypeRule())

    @Test func objectFields() {
        harness.expectValid("""
            fragment objectFieldSelection on Dog { __typename name }
            """)
    }

    @Test func aliasedFields() {
        harness.expectValid("""
            fragment aliasedObjectFieldSelection on Dog { tn: __typename otherName: name }
            """)
    }

    @Test func interfaceFields() {
        harness.expectValid("""
            fragment interfaceFieldSelection on Pet { __typename name }
            """)
    }

    @Test func typenameOnUnion() {
        harness.expectValid("""
            fragment unionTypename on CatOrDog { __typename }
            """)
    }

    @Test func metaFieldsOnQuery() {
        harness.expectValid("""
            { __typename __schema { queryType { name } } __type(name: "Dog") { name } }
            """)
    }

    @Test func unknownParentTypeIsIgnored() {
        harness.expectValid("""
            fragment unknownSelection on UnknownType { unknownField }
            """)
    }

    @Test func fieldNotDefined() {
        harness.expectErrors("""
            fragment fieldNotDefined on Dog { meowVolume }
            """, [
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(1, 35)]),
        ])
    }

    @Test func aliasedFieldNotDefined() {
        harness.expectErrors("""
            fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }
            """, [
            ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(1, 53)]),
        ])
    }

    @Test func fieldOfImplementorsOnInterface() {
        harness.expectErrors("""
            fragment definedOnImplementorsButNotInterface on Pet { nickname }
            """, [
            ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", [(1, 56)]),
        ])
    }

    @Test func fieldsOnUnion() {
        harness.expectErrors("""
            fragment directFieldSelectionOnUnion on CatOrDog { name barkVolume }
            """, [
            ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", [(1, 52)]),
            ("Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?", [(1, 57)]),
        ])
    }

    @Test func noSuggestion() {
        harness.expectErrors("""
            { unknownRoot dog { unknownField } }
            """, [
            ("Cannot query field \"unknownRoot\" on type \"Query\".", [(1, 3)]),
            ("Cannot query field \"unknownField\" on type \"Dog\".", [(1, 21)]),
        ])
    }

    @Test func nestedField() {
        harness.expectErrors("""
            { dog { owner { heroName } } }
            """, [
            ("Cannot query field \"heroName\" on type \"Human\". Did you mean \"name\"?", [(1, 17)]),
        ])
    }

    @Test func introspectionFieldsOnlyOnQueryRoot() {
        harness.expectErrors("""
            { dog { __schema { queryType { name } } } }
            """, [
            ("Cannot query field \"__schema\" on type \"Dog\".", [(1, 9)]),
        ])
    }
}
