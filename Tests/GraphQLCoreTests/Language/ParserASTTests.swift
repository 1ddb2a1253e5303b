@testable import GraphQLCore
import Testing

/// Whole syntax trees, compared node for node with every location, for documents that use
/// most productions at once.
@Suite("Parser AST")
struct ParserASTTests {
    /// The location of a 1-based line and column in `source` (ASCII only).
    func at(_ source: String, _ line: Int, _ column: Int) -> GraphQLCore.SourceLocation {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let offset = lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 } + column - 1
        return GraphQLCore.SourceLocation(line: line, column: column, offset: offset)
    }

    @Test func executableDocument() throws {
        let source = "query Q($v: [Int!] = [1] @d) @o { a: b(c: $v, e: {f: ENUM}) @skip(if: true) ... on T { d } ...F }"
        func l(_ column: Int) -> GraphQLCore.SourceLocation { at(source, 1, column) }
        let expected = Document(definitions: [.operation(OperationDefinition(
            operation: .query, name: Name("Q", loc: l(7)),
            variableDefinitions: [VariableDefinition(
                variable: Name("v", loc: l(10)),
                type: .list(.nonNull(.named(Name("Int", loc: l(14))), loc: l(14)), loc: l(13)),
                defaultValue: Value(.list([Value(.int("1"), loc: l(23))]), loc: l(22)),
                directives: [Directive(name: Name("d", loc: l(27)), arguments: [], loc: l(26))],
                loc: l(9))],
            directives: [Directive(name: Name("o", loc: l(31)), arguments: [], loc: l(30))],
            selectionSet: SelectionSet(selections: [
                .field(Field(
                    alias: Name("a", loc: l(35)), name: Name("b", loc: l(38)),
                    arguments: [
                        Argument(name: Name("c", loc: l(40)), value: Value(.variable("v"), loc: l(43)), loc: l(40)),
                        Argument(name: Name("e", loc: l(47)), value: Value(.object([
                            ObjectField(name: Name("f", loc: l(51)), value: Value(.enumValue("ENUM"), loc: l(54)), loc: l(51)),
                        ]), loc: l(50)), loc: l(47)),
                    ],
                    directives: [Directive(name: Name("skip", loc: l(62)), arguments: [
                        Argument(name: Name("if", loc: l(67)), value: Value(.boolean(true), loc: l(71)), loc: l(67)),
                    ], loc: l(61))],
                    selectionSet: nil, loc: l(35))),
                .inlineFragment(InlineFragment(
                    typeCondition: Name("T", loc: l(84)), directives: [],
                    selectionSet: SelectionSet(selections: [
                        .field(Field(alias: nil, name: Name("d", loc: l(88)), arguments: [], directives: [], selectionSet: nil, loc: l(88))),
                    ], loc: l(86)),
                    loc: l(77))),
                .fragmentSpread(FragmentSpread(name: Name("F", loc: l(95)), directives: [], loc: l(92))),
            ], loc: l(33)),
            loc: l(1)))])
        #expect(try Parser.parse(source) == expected)
    }

    @Test func shorthandQueryAndFragmentDefinition() throws {
        let source = "{ a }\nfragment F on T @x { ...G }"
        let expected = Document(definitions: [
            .operation(OperationDefinition(
                operation: .query, name: nil, variableDefinitions: [], directives: [],
                selectionSet: SelectionSet(selections: [
                    .field(Field(alias: nil, name: Name("a", loc: at(source, 1, 3)), arguments: [], directives: [], selectionSet: nil, loc: at(source, 1, 3))),
                ], loc: at(source, 1, 1)),
                loc: at(source, 1, 1))),
            .fragment(FragmentDefinition(
                name: Name("F", loc: at(source, 2, 10)), typeCondition: Name("T", loc: at(source, 2, 15)),
                directives: [Directive(name: Name("x", loc: at(source, 2, 18)), arguments: [], loc: at(source, 2, 17))],
                selectionSet: SelectionSet(selections: [
                    .fragmentSpread(FragmentSpread(name: Name("G", loc: at(source, 2, 25)), directives: [], loc: at(source, 2, 22))),
                ], loc: at(source, 2, 20)),
                loc: at(source, 2, 1))),
        ])
        #expect(try Parser.parse(source) == expected)
    }

    @Test func typeSystemDocument() throws {
        let source = """
        \"\"\"Doc\"\"\"
        type T implements I & J @k {
          "f doc" f(a: Int = 1 @deprecated): [T]!
        }
        extend union U = A | B
        directive @r(x: ID) repeatable on FIELD | QUERY
        """
        func l(_ line: Int, _ column: Int) -> GraphQLCore.SourceLocation { at(source, line, column) }
        let expected = Document(definitions: [
            .typeSystem(.type(.object(ObjectTypeDefinition(
                description: "Doc", name: Name("T", loc: l(2, 6)),
                interfaces: [Name("I", loc: l(2, 19)), Name("J", loc: l(2, 23))],
                directives: [Directive(name: Name("k", loc: l(2, 26)), arguments: [], loc: l(2, 25))],
                fields: [FieldDefinition(
                    description: "f doc", name: Name("f", loc: l(3, 11)),
                    arguments: [InputValueDefinition(
                        description: nil, name: Name("a", loc: l(3, 13)), type: .named(Name("Int", loc: l(3, 16))),
                        defaultValue: Value(.int("1"), loc: l(3, 22)),
                        directives: [Directive(name: Name("deprecated", loc: l(3, 25)), arguments: [], loc: l(3, 24))],
                        loc: l(3, 13))],
                    type: .nonNull(.list(.named(Name("T", loc: l(3, 39))), loc: l(3, 38)), loc: l(3, 38)),
                    directives: [], loc: l(3, 3))],
                loc: l(1, 1))))),
            .typeSystemExtension(.type(.union(UnionTypeDefinition(
                description: nil, name: Name("U", loc: l(5, 14)), directives: [],
                types: [Name("A", loc: l(5, 18)), Name("B", loc: l(5, 22))], loc: l(5, 1))))),
            .typeSystem(.directive(DirectiveDefinition(
                description: nil, name: Name("r", loc: l(6, 12)),
                arguments: [InputValueDefinition(description: nil, name: Name("x", loc: l(6, 14)), type: .named(Name("ID", loc: l(6, 17))),
                                                 defaultValue: nil, directives: [], loc: l(6, 14))],
                isRepeatable: true, locations: [Name("FIELD", loc: l(6, 35)), Name("QUERY", loc: l(6, 43))], loc: l(6, 1)))),
        ])
        #expect(try Parser.parse(source) == expected)
    }

    @Test func schemaDefinitionsAndExtensions() throws {
        let document = try Parser.parse("""
        schema @a { query: Q mutation: M }
        extend schema { subscription: S }
        extend schema @b
        """)
        #expect(document.definitions.count == 3)
        guard case .typeSystem(.schema(let schema)) = document.definitions[0],
              case .typeSystemExtension(.schema(let added)) = document.definitions[1],
              case .typeSystemExtension(.schema(let directed)) = document.definitions[2] else {
            Issue.record("not schema definitions: \(document)")
            return
        }
        #expect(schema.operationTypes.map { "\($0.operation.rawValue):\($0.type.value)" } == ["query:Q", "mutation:M"])
        #expect(schema.directives.map(\.name.value) == ["a"])
        #expect(added.operationTypes.map(\.operation) == [.subscription] && added.directives.isEmpty)
        #expect(directed.operationTypes.isEmpty && directed.directives.map(\.name.value) == ["b"])
    }

    @Test func everyTypeExtensionKind() throws {
        let document = try Parser.parse("""
        extend scalar S @a
        extend type O implements I
        extend type O @a
        extend type O { f: Int }
        extend interface I implements J
        extend interface I @a
        extend interface I { f: Int }
        extend union U @a
        extend union U = A
        extend enum E @a
        extend enum E { V }
        extend input In @a
        extend input In { f: Int }
        """)
        let kinds = document.definitions.map { definition -> String in
            guard case .typeSystemExtension(.type(let type)) = definition else { return "other" }
            switch type {
            case .scalar(let node): return "scalar \(node.directives.count)"
            case .object(let node): return "type \(node.interfaces.count) \(node.directives.count) \(node.fields.count)"
            case .interface(let node): return "interface \(node.interfaces.count) \(node.directives.count) \(node.fields.count)"
            case .union(let node): return "union \(node.directives.count) \(node.types.count)"
            case .enumType(let node): return "enum \(node.directives.count) \(node.values.count)"
            case .inputObject(let node): return "input \(node.directives.count) \(node.fields.count)"
            }
        }
        #expect(kinds == [
            "scalar 1", "type 1 0 0", "type 0 1 0", "type 0 0 1", "interface 1 0 0", "interface 0 1 0", "interface 0 0 1",
            "union 1 0", "union 0 1", "enum 1 0", "enum 0 1", "input 1 0", "input 0 1",
        ])
    }

    @Test func definitionsWithoutBodies() throws {
        // Types may be declared without fields, values or members (to be extended later).
        let document = try Parser.parse("type O\ninterface I\nunion U\nenum E\ninput In\nscalar S")
        #expect(document.definitions.map { definition -> String in
            guard case .typeSystem(.type(let type)) = definition else { return "other" }
            return type.name.value
        } == ["O", "I", "U", "E", "In", "S"])
    }

    @Test func executableDescriptions() throws {
        let document = try Parser.parse("""
        "Loads a user."
        query Q(
          \"\"\"The user's id.\"\"\"
          $id: ID!
          $plain: Int
        ) { a }

        "Shared fields." fragment F on T { a }
        """)
        guard case .operation(let operation) = document.definitions[0], case .fragment(let fragment) = document.definitions[1] else {
            Issue.record("unexpected definitions: \(document)")
            return
        }
        #expect(operation.description == "Loads a user." && operation.loc.line == 1 && operation.loc.column == 1)
        #expect(operation.variableDefinitions.map(\.description) == ["The user's id.", nil])
        #expect(operation.variableDefinitions[0].loc.line == 3)
        #expect(fragment.description == "Shared fields." && fragment.loc.line == 8 && fragment.loc.column == 1)
    }

    @Test func keywordsAreOrdinaryNames() throws {
        // GraphQL has no reserved words: keywords are names wherever a name is expected.
        let document = try Parser.parse("""
        query query($query: query = query) { query: query(on: on, fragment: true) ... on on { on } ...type }
        fragment type on fragment { null: true false }
        type type implements interface { type(type: type = type): type }
        enum on { on query type }
        """)
        #expect(document.definitions.count == 4)
        guard case .operation(let operation) = document.definitions[0] else { Issue.record("no operation"); return }
        #expect(operation.name?.value == "query")
        #expect(operation.variableDefinitions.first?.defaultValue?.kind == .enumValue("query"))
        guard case .field(let field) = operation.selectionSet.selections[0] else { Issue.record("no field"); return }
        #expect(field.alias?.value == "query" && field.name.value == "query")
        #expect(field.arguments.map(\.value.kind) == [.enumValue("on"), .boolean(true)])
    }

    @Test func valuesOfEveryKind() throws {
        let value = try Parser.parseValue(#"[1, -2.5e3, "s", """b""", true, null, E, $v, [], {}, [[1]], {a: {b: [$c]}}]"#)
        func l(_ column: Int) -> GraphQLCore.SourceLocation { GraphQLCore.SourceLocation(line: 1, column: column, offset: column - 1) }
        guard case .list(let items) = value.kind else { Issue.record("not a list"); return }
        #expect(items.map(\.kind) == [
            .int("1"), .float("-2.5e3"), .string("s", isBlock: false), .string("b", isBlock: true), .boolean(true), .null,
            .enumValue("E"), .variable("v"), .list([]), .object([]),
            .list([Value(.list([Value(.int("1"), loc: l(56))]), loc: l(55))]),
            .object([ObjectField(name: Name("a", loc: l(62)), value: Value(.object([
                ObjectField(name: Name("b", loc: l(66)), value: Value(.list([Value(.variable("c"), loc: l(70))]), loc: l(69)), loc: l(66)),
            ]), loc: l(65)), loc: l(62))]),
        ])
    }

    @Test func typeReferencesOfEveryShape() throws {
        #expect(try Parser.parseType("T") == .named(Name("T", loc: GraphQLCore.SourceLocation(line: 1, column: 1, offset: 0))))
        #expect(try Parser.parseType("T!") == .nonNull(.named(Name("T", loc: GraphQLCore.SourceLocation(line: 1, column: 1, offset: 0))), loc: GraphQLCore.SourceLocation(line: 1, column: 1, offset: 0)))
        for source in ["[T]", "[T!]", "[T]!", "[T!]!", "[[T!]!]!", "[[[T]]]"] {
            #expect(Printer.print(try Parser.parseType(source)) == source)
        }
        #expect(Printer.print(try Parser.parseType("  [ T ! ] ! ")) == "[T!]!")
    }
}
