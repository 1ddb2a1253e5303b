import Testing
@testable import GraphQLCore

/// The schema the rule tests validate against: the pets, humans and aliens of the
/// specification's examples, with arguments of every kind, input objects (one `@oneOf`),
/// and a few custom directives.
enum ValidationFixture {
    static let sdl = """
        type Query {
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          human(id: ID): Human
          resource: Resource
          arguments: Arguments
          findDog(complex: ComplexInput): Dog
          findDogBy(finder: DogFinder!): Dog
          booleanList(booleanListArg: [Boolean!]): Boolean
        }

        type Mutation {
          mutateDog(name: String!): Dog
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        enum CatCommand {
          JUMP
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: String
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
          relatives: [Human]
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
          owner: Human
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          stringArgField(stringArg: String): String
          idArgField(idArg: ID): ID
          enumArgField(enumArg: DogCommand): String
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): Boolean
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          complexArgField(complexArg: ComplexInput): String
          requiredInputField(input: RequiredInput): String
          stringListArgField(stringListArg: [String]): String
        }

        input ComplexInput {
          name: String
          owner: String
          nested: ComplexInput
          tags: [String!]
        }

        input RequiredInput {
          requiredField: Boolean!
          optionalField: Boolean
          defaultedField: Boolean! = true
        }

        input DogFinder @oneOf {
          name: String
          id: ID
        }

        directive @onField on FIELD
        directive @repeatableOnField repeatable on FIELD
        directive @onQuery on QUERY
        """

    static let schema: GraphQLSchema = {
        do {
            return try GraphQLSchema(sdl: sdl)
        } catch {
            fatalError("validation test schema is invalid: \(error)")
        }
    }()
}

/// One expected error: its message and its `line:column` locations.
struct ExpectedValidationError: Equatable, CustomStringConvertible {
    var message: String
    var locations: [Position]

    struct Position: Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var description: String { "\(line):\(column)" }
    }

    init(_ message: String, _ locations: [(Int, Int)]) {
        self.message = message
        self.locations = locations.map { Position(line: $0.0, column: $0.1) }
    }

    init(_ error: GraphQLError) {
        self.message = error.message
        self.locations = error.locations.map { Position(line: $0.line, column: $0.column) }
    }

    var description: String { "\(message) @ \(locations)" }
}

/// Validates documents with the rules under test, as the reference implementation's rule
/// tests do: `expectValid(doc)` and `expectErrors(doc, [(message, [(line, column)])])`.
struct ValidationHarness {
    var rules: [any ValidationRule]
    var schema: GraphQLSchema = ValidationFixture.schema

    init(_ rules: any ValidationRule...) {
        self.rules = rules
    }

    init(rules: [any ValidationRule]) {
        self.rules = rules
    }

    func errors(_ source: String, maxErrors: Int = 100) -> [GraphQLError] {
        let document: Document
        do {
            document = try Parser.parse(source)
        } catch {
            Issue.record("test document does not parse: \(error)")
            return []
        }
        return Validator.validate(document, schema: schema, rules: rules, maxErrors: maxErrors)
    }

    func expectValid(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = errors(source).map(ExpectedValidationError.init)
        #expect(found == [], sourceLocation: sourceLocation)
    }

    func expectErrors(_ source: String, _ expected: [(String, [(Int, Int)])], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = errors(source)
        #expect(found.map(ExpectedValidationError.init) == expected.map { ExpectedValidationError($0.0, $0.1) }, sourceLocation: sourceLocation)
        #expect(found.allSatisfy { $0.code == .validationFailed }, sourceLocation: sourceLocation)
    }
}
