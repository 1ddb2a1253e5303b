import Testing
@testable import GraphQLCore

/// Argument Names: arguments must be defined by the field or directive.
@Suite struct ArgumentNamesRuleTests {
    let harness = ValidationHarness(ArgumentNamesRule())

    @Test func requiredArgument() {
        harness.expectValid("""
            fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
            """)
    }

    @Test func optionalArgumentAndDirective() {
        harness.expectValid("""
            fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }
            """)
    }

    @Test func argumentsInAnyOrder() {
        harness.expectValid("""
            fragment multipleArgs on Arguments { multipleRequirements(x: 1, y: 2) }
            fragment multipleArgsReverseOrder on Arguments { multipleRequirements(y: 2, x: 1) }
            """)
    }

    @Test func unknownFieldsAndDirectivesAreIgnored() {
        harness.expectValid("""
            fragment F on Dog { unknownField(arg: 1) name @unknown(arg: 1) }
            """)
    }

    @Test func unknownFieldArgument() {
        harness.expectErrors("""
            fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }
            """, [
            ("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", [(1, 50)]),
        ])
    }

    @Test func unknownDirectiveArgument() {
        harness.expectErrors("""
            fragment invalidArgName on Dog { isHouseTrained(atOtherHomes: true) @include(unless: false) }
            """, [
            ("Unknown argument \"unless\" on directive \"@include\".", [(1, 78)]),
        ])
    }

    @Test func severalUnknownArguments() {
        harness.expectErrors("""
            fragment F on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }
            """, [
            ("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", [(1, 37)]),
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", [(1, 67)]),
        ])
    }

    @Test func argumentOnFieldWithoutArguments() {
        harness.expectErrors("""
            { dog { name(foo: 1) } }
            """, [
            ("Unknown argument \"foo\" on field \"Dog.name\".", [(1, 14)]),
        ])
    }
}
