import Testing
@testable import GraphQLCore

@Suite("Schema printer")
struct SchemaPrinterTests {
    static let rich = #"""
    """A schema with every kind of definition."""
    schema {
      query: Root
      mutation: Changes
    }

    """Marks a field visible to some roles only."""
    directive @auth(
      """The role allowed."""
      role: Role = ADMIN
      scopes: [String!] = ["read"]
    ) repeatable on OBJECT | FIELD_DEFINITION

    directive @tag(name: String!) on FIELD_DEFINITION | ENUM_VALUE

    """An instant in UTC."""
    scalar Instant @specifiedBy(url: "https://example.com/instant")

    scalar JSON

    interface Node {
      id: ID!
    }

    """
    Something with a name.
    Spans two lines.
    """
    interface Named implements Node {
      id: ID!
      name(
        """Up to this many characters."""
        limit: Int = 20

        """
        Whether to upper-case it; indented lines
          stay as written.
        """
        upper: Boolean = false
      ): String
    }

    type User implements Named & Node {
      id: ID!
      name(limit: Int = 20, upper: Boolean = false): String
      role: Role!

      """How the user was last seen."""
      lastSeen: Instant @deprecated(reason: "Use `activity`.")
      activity(first: Int = 10, after: String): [Event!]!
      legacy: String @deprecated
      settings: JSON
    }

    type Bot implements Node {
      id: ID!
      owner: User
    }

    union Actor = User | Bot

    """What an actor did."""
    type Event {
      at: Instant!
      actor: Actor

      """ leading space stays"""
      note: String

      """
      line one
        
      line three
      """
      detail: String

      "ends with a newline\n"
      hint: String

      "rings a \u0007 bell"
      bell: String
    }

    enum Role {
      ADMIN

      """Ordinary member."""
      MEMBER
      GUEST @deprecated(reason: "Invite members instead.")
    }

    input EventFilter {
      actor: ActorRef
      since: Instant
      roles: [Role!] = [ADMIN, MEMBER]
      range: Range = {from: 0, to: 10}
      text: String = "a \"quoted\" word"
      oldFlag: Boolean @deprecated
    }

    input Range {
      from: Int!
      to: Int
    }

    input ActorRef @oneOf {
      userId: ID
      botId: ID
    }

    type Root {
      node(id: ID!): Node
      users(role: Role, first: Int = 20): [User!]!
      events(filter: EventFilter = {}): [Event!]!
    }

    type Changes {
      rename(id: ID!, name: String!): User
    }
    """#

    /// The blank line inside `Event.detail`'s description keeps the two spaces of
    /// indentation: the reference printer indents every line of a description alike.
    @Test func roundTripsARichSchema() throws {
        let schema = try GraphQLSchema(sdl: Self.rich)
        let printed = SchemaPrinter.print(schema)
        #expect(printed == Self.rich)
        #expect(SchemaPrinter.print(try GraphQLSchema(sdl: printed)) == printed)
    }

    @Test func omitsTheSchemaBlockForDefaultRootNames() throws {
        let schema = try GraphQLSchema(sdl: "schema { query: Query mutation: Mutation } type Query { a: Int } type Mutation { b(x: Int = 1): Int }")
        #expect(SchemaPrinter.print(schema) == "type Query {\n  a: Int\n}\n\ntype Mutation {\n  b(x: Int = 1): Int\n}")
    }

    @Test func printsExtensionsMerged() throws {
        let schema = try GraphQLSchema(sdl: "type Query { a: Int } extend type Query { b: String } enum E { A } extend enum E { B }")
        #expect(SchemaPrinter.print(schema) == "type Query {\n  a: Int\n  b: String\n}\n\nenum E {\n  A\n  B\n}")
    }

    @Test func chosesBlockOrQuotedDescriptions() {
        #expect(StringLiteral.isPrintableAsBlock("plain"))
        #expect(!StringLiteral.isPrintableAsBlock("\nleading blank line"))
        #expect(!StringLiteral.isPrintableAsBlock("trailing blank line\n"))
        #expect(!StringLiteral.isPrintableAsBlock("  common\n  indent"))
        #expect(!StringLiteral.isPrintableAsBlock("carriage\rreturn"))
        #expect(StringLiteral.isPrintableAsBlock("first\n  indented"))
        #expect(StringLiteral.block("short") == "\"\"\"short\"\"\"")
        #expect(StringLiteral.block(String(repeating: "x", count: 71)) == "\"\"\"\n" + String(repeating: "x", count: 71) + "\n\"\"\"")
        #expect(StringLiteral.block("ends with \"") == "\"\"\"\nends with \"\n\"\"\"")
        #expect(StringLiteral.block("has \"\"\" inside") == "\"\"\"has \\\"\"\" inside\"\"\"")
        #expect(StringLiteral.block(" leading space") == "\"\"\" leading space\"\"\"")
    }
}
