@testable import GraphQLCore
import Testing

/// Valid documents covering every production: they parse, and printing is a fixed point
/// (print → parse → print gives the same text).
@Suite("Parser corpus")
struct ParserCorpusTests {
    static let executableKitchenSink = #"""
    query queryName($foo: ComplexType, $site: Site = MOBILE, $list: [Int!]! = [1, 2] @onVariable) @onQuery {
      whoever123is: node(id: [123, 456]) {
        id
        ... on User @onInlineFragment {
          field2 {
            id
            alias: field1(first: 10, after: $foo) @include(if: $foo) {
              id
              ...frag @onFragmentSpread
            }
          }
        }
        ... @skip(unless: $foo) {
          id
        }
        ... {
          id
        }
      }
    }

    mutation likeStory @onMutation {
      like(story: 123) @onField {
        story {
          id @onField
        }
      }
    }

    subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
      storyLikeSubscribe(input: $input) {
        story {
          likers {
            count
          }
          likeSentence {
            text
          }
        }
      }
    }

    fragment frag on Friend @onFragmentDefinition {
      foo(
        size: $size
        bar: $b
        obj: {key: "value", block: """
        block string uses \"""
        """}
      )
    }

    {
      unnamed(truthy: true, falsy: false, nullish: null)
      query
      __typename
    }
    """#

    static let schemaKitchenSink = #"""
    """This is a description of the schema as a whole."""
    schema @onSchema {
      query: QueryType
      mutation: MutationType
    }

    """
    This is a description
    of the `Foo` type.
    """
    type Foo implements Bar & Baz & Two @onObject {
      "Description of the `one` field."
      one: Type
      """This is a description of the `two` field."""
      two(
        """This is a description of the `argument` argument."""
        argument: InputType!
      ): Type
      three(argument: InputType, other: String): Int
      four(argument: String = "string"): String
      five(argument: [String] = ["string", "string"]): String
      six(argument: InputType = {key: "value"}): Type
      seven(argument: Int = null): Type
      eight(argument: OneOfInputType): Type @deprecated(reason: "No longer supported")
    }

    extend type Foo @onType

    interface Bar implements Two @onInterface {
      one: Type
      four(argument: String = "string"): String
    }

    extend interface Bar implements Three {
      two: Type
    }

    union Feed @onUnion = Story | Article | Advert

    extend union Feed = Photo | Video

    scalar CustomScalar @specifiedBy(url: "https://example.com/spec")

    extend scalar CustomScalar @onScalar

    enum Site @onEnum {
      """This is a description of the `DESKTOP` value"""
      DESKTOP
      MOBILE @deprecated
      WEB
    }

    extend enum Site {
      VR
    }

    input InputType @onInputObject {
      key: String!
      answer: Int = 42
    }

    input OneOfInputType @oneOf {
      string: String
      int: Int
    }

    extend input InputType {
      other: Float = 1.23e4 @onInputFieldDefinition
    }

    extend schema @onSchema

    extend schema {
      subscription: SubscriptionType
    }

    """This is a description of the `@myRepeatableDirective` directive."""
    directive @myRepeatableDirective(
      """This is a description of the `serviceURL` argument."""
      serviceURL: String
    ) repeatable on OBJECT | INTERFACE

    directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
    """#

    /// What an Apollo-style client sends: `__typename` injected in every selection set.
    static let apolloQuery = """
    query GetUser($id: ID!) {
      user(id: $id) {
        id
        name
        friends(first: 10) {
          edges {
            node {
              id
              __typename
            }
            __typename
          }
          __typename
        }
        __typename
      }
    }
    """

    /// Relay-style: fragments per component, connections, spreads inside connections.
    static let relayQuery = """
    query AppQuery($first: Int!, $after: String) {
      viewer {
        ...Header_viewer
        items(first: $first, after: $after) @connection(key: "List_items") {
          edges {
            cursor
            node {
              id
              ...ItemCard_item
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    }

    fragment Header_viewer on Viewer {
      id
      name
    }

    fragment ItemCard_item on Item {
      id
      title
      ... on Video {
        duration
      }
    }
    """

    @Test(arguments: [executableKitchenSink, schemaKitchenSink, apolloQuery, relayQuery, IntrospectionQuery.full])
    func printingIsAFixedPoint(source: String) throws {
        let printed = Printer.print(try Parser.parse(source))
        let reprinted = Printer.print(try Parser.parse(printed))
        #expect(printed == reprinted)
    }

    @Test func kitchenSinksPrintAsWritten() throws {
        #expect(Printer.print(try Parser.parse(Self.executableKitchenSink)) == Self.executableKitchenSink)
        #expect(Printer.print(try Parser.parse(Self.apolloQuery)) == Self.apolloQuery)
        #expect(Printer.print(try Parser.parse(Self.relayQuery)) == Self.relayQuery)
    }

    @Test func schemaKitchenSinkHasEveryDefinition() throws {
        let document = try Parser.parse(Self.schemaKitchenSink)
        var kinds: [String] = []
        for definition in document.definitions {
            switch definition {
            case .typeSystem(.schema): kinds.append("schema")
            case .typeSystem(.directive(let node)): kinds.append("directive \(node.name.value)\(node.isRepeatable ? " repeatable" : "")")
            case .typeSystem(.type(let node)): kinds.append("type \(node.name.value)")
            case .typeSystemExtension(.schema): kinds.append("extend schema")
            case .typeSystemExtension(.type(let node)): kinds.append("extend \(node.name.value)")
            default: kinds.append("other")
            }
        }
        #expect(kinds == [
            "schema", "type Foo", "extend Foo", "type Bar", "extend Bar", "type Feed", "extend Feed",
            "type CustomScalar", "extend CustomScalar", "type Site", "extend Site", "type InputType",
            "type OneOfInputType", "extend InputType", "extend schema", "extend schema",
            "directive myRepeatableDirective repeatable", "directive include2",
        ])
        guard case .typeSystem(.type(.object(let foo))) = document.definitions[1] else { Issue.record("Foo"); return }
        #expect(foo.description == "This is a description\nof the `Foo` type.")
        #expect(foo.interfaces.map(\.value) == ["Bar", "Baz", "Two"])
        #expect(foo.fields.map(\.name.value) == ["one", "two", "three", "four", "five", "six", "seven", "eight"])
        #expect(foo.fields[1].arguments.first?.description == "This is a description of the `argument` argument.")
    }

    @Test func fieldAST() throws {
        let document = try Parser.parse(#"{ alias: field(a: 1, b: "x") @skip(if: false) { sub } }"#)
        guard case .operation(let operation) = document.definitions[0],
              case .field(let field) = operation.selectionSet.selections[0] else { Issue.record("no field"); return }
        #expect(operation.operation == .query && operation.name == nil)
        #expect(field.alias?.value == "alias" && field.name.value == "field" && field.responseKey == "alias")
        #expect(field.arguments.map(\.name.value) == ["a", "b"])
        #expect(field.arguments.map(\.value.kind) == [.int("1"), .string("x", isBlock: false)])
        #expect(field.directives.map(\.name.value) == ["skip"])
        #expect(field.selectionSet?.selections.count == 1)
        #expect(field.loc == SourceLocation(line: 1, column: 3, offset: 2))
    }

    @Test func leadingSeparatorsInImplementsAndUnions() throws {
        let printed = Printer.print(try Parser.parse("type A implements & B & C { a: Int }\nunion U = | X | Y"))
        #expect(printed == "type A implements B & C {\n  a: Int\n}\n\nunion U = X | Y")
    }

    @Test func longArgumentListsWrap() throws {
        let source = "{ field(argumentNumberOne: 1111111111, argumentNumberTwo: 2222222222, three: 3, four: 4) }"
        #expect(Printer.print(try Parser.parse(source)) == """
        {
          field(
            argumentNumberOne: 1111111111
            argumentNumberTwo: 2222222222
            three: 3
            four: 4
          )
        }
        """)
    }

    @Test func stringsPrintWithEscapes() throws {
        let printed = Printer.print(try Parser.parseValue(#""a\"b\\c\nd\u0001é""#))
        #expect(printed == #""a\"b\\c\nd\u0001é""#)
    }
}
