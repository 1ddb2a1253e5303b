/// Limits that keep hostile documents from costing unbounded time or stack.
public struct ParseLimits: Sendable {
    /// Most tokens a document may have.
    public var maxTokens: Int
    /// Deepest nesting of selection sets, lists, objects and type wrappers.
    public var maxDepth: Int

    public init(maxTokens: Int = 100_000, maxDepth: Int = 256) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}

/// A recursive-descent parser of the GraphQL language (spec §2 and §3), one function per
/// grammar production. Every function that nests counts depth, so absurd nesting is a
/// syntax error and never a stack overflow.
public struct Parser {
    var lexer: Lexer
    let limits: ParseLimits
    var depth = 0

    init(_ source: String, limits: ParseLimits) throws {
        // Tokens and locations keep offsets in 32 bits.
        guard source.utf8.count < Int(Int32.max) else {
            throw GraphQLError("Syntax Error: Document is larger than 2 GiB.", code: .parseFailed)
        }
        lexer = Lexer(source)
        self.limits = limits
        try advance()
    }

    /// Parses a whole document (executable definitions and type-system definitions).
    public static func parse(_ source: String, limits: ParseLimits = ParseLimits()) throws -> Document {
        var parser = try Parser(source, limits: limits)
        return try parser.parseDocument()
    }

    /// Parses a single value, e.g. `[42, {a: "b"}]`; variables are allowed.
    public static func parseValue(_ source: String) throws -> Value {
        var parser = try Parser(source, limits: ParseLimits())
        let value = try parser.parseValueLiteral(isConst: false)
        try parser.expect(.endOfFile)
        return value
    }

    /// Parses a type reference, e.g. `[String!]!`.
    public static func parseType(_ source: String) throws -> TypeReference {
        var parser = try Parser(source, limits: ParseLimits())
        let type = try parser.parseTypeReference()
        try parser.expect(.endOfFile)
        return type
    }

    // MARK: Helpers

    var token: Token { lexer.token }

    /// Moves to the next token.
    mutating func advance() throws {
        try lexer.advance()
        if lexer.tokenCount > limits.maxTokens, lexer.token.kind != .endOfFile {
            throw lexer.error("Document contains more than \(limits.maxTokens) tokens. Parsing aborted.", at: lexer.token.start)
        }
    }

    /// Moves to the next token and returns the one it leaves.
    mutating func consume() throws -> Token {
        let previous = lexer.token
        try advance()
        return previous
    }

    func peek(_ kind: TokenKind) -> Bool { token.kind == kind }

    func peekKeyword(_ keyword: StaticString) -> Bool { lexer.isName(token, keyword) }

    /// The text or processed value of `token` (see `Lexer.value(of:)`).
    func value(of token: Token) -> String { lexer.value(of: token) }

    /// Consumes a token of `kind` or fails with "Expected X, found Y."
    mutating func expect(_ kind: TokenKind) throws {
        guard token.kind == kind else { throw expected(kind) }
        try advance()
    }

    /// "Expected X, found Y." at the current token.
    func expected(_ kind: TokenKind) -> GraphQLError {
        lexer.error("Expected \(kind == .name || kind == .endOfFile ? kind.rawValue : "\"\(kind.rawValue)\""), found \(lexer.describe(token)).", at: token.start)
    }

    /// Consumes `kind` when it is next.
    mutating func skip(_ kind: TokenKind) throws -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    mutating func expectKeyword(_ keyword: StaticString) throws {
        guard peekKeyword(keyword) else {
            throw lexer.error("Expected \"\(keyword)\", found \(lexer.describe(token)).", at: token.start)
        }
        try advance()
    }

    func unexpected(_ at: Token? = nil) -> GraphQLError {
        let token = at ?? self.token
        return lexer.error("Unexpected \(lexer.describe(token)).", at: token.start)
    }

    /// Enters one level of nesting; pair with `leave()`.
    mutating func enter() throws {
        depth += 1
        if depth > limits.maxDepth {
            throw lexer.error("Document nests deeper than \(limits.maxDepth) levels. Parsing aborted.", at: token.start)
        }
    }

    mutating func leave() { depth -= 1 }

    /// `open item+ close` with at least one item.
    mutating func many<T>(_ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws -> T) throws -> [T] {
        try expect(open)
        var items: [T] = []
        repeat { items.append(try item(&self)) } while try !skip(close)
        return items
    }

    /// `(open item* close)?`: empty when `open` is not next.
    mutating func optionalMany<T>(_ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws -> T) throws -> [T] {
        guard peek(open) else { return [] }
        return try many(open, close, item)
    }

    /// `open item* close` (possibly empty).
    mutating func any<T>(_ open: TokenKind, _ close: TokenKind, _ item: (inout Parser) throws -> T) throws -> [T] {
        try expect(open)
        var items: [T] = []
        while try !skip(close) { items.append(try item(&self)) }
        return items
    }

    // MARK: Document

    /// Document : Definition+
    mutating func parseDocument() throws -> Document {
        var definitions: [Definition] = []
        if peek(.endOfFile) { throw unexpected() }
        while !peek(.endOfFile) { definitions.append(try parseDefinition()) }
        return Document(definitions: definitions)
    }

    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    mutating func parseDefinition() throws -> Definition {
        if peek(.braceLeft) { return .operation(try parseOperationDefinition()) }
        let hasDescription = peek(.string) || peek(.blockString)
        let keywordToken = hasDescription ? try lexer.lookahead() : token
        if hasDescription, keywordToken.kind == .braceLeft {
            throw lexer.error("Unexpected description, descriptions are not supported on shorthand queries.", at: token.start)
        }
        guard keywordToken.kind == .name else { throw unexpected(keywordToken) }
        let keyword = value(of: keywordToken)
        switch keyword {
        case "schema", "scalar", "type", "interface", "union", "enum", "input", "directive":
            return .typeSystem(try parseTypeSystemDefinition())
        default:
            break
        }
        switch keyword {
        case "query", "mutation", "subscription": return .operation(try parseOperationDefinition())
        case "fragment": return .fragment(try parseFragmentDefinition())
        default: break
        }
        if hasDescription {
            throw lexer.error("Unexpected description, descriptions are supported only on type definitions.", at: token.start)
        }
        if keyword == "extend" { return .typeSystemExtension(try parseTypeSystemExtension()) }
        throw unexpected(keywordToken)
    }

    // MARK: Operations

    /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    mutating func parseOperationDefinition() throws -> OperationDefinition {
        let start = token.location
        if peek(.braceLeft) {
            return OperationDefinition(operation: .query, name: nil, variableDefinitions: [], directives: [],
                                       selectionSet: try parseSelectionSet(), loc: start)
        }
        let description = try parseDescription()
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        return OperationDefinition(
            operation: operation, name: name,
            variableDefinitions: try parseVariableDefinitions(),
            directives: try parseDirectives(isConst: false),
            selectionSet: try parseSelectionSet(), loc: start, description: description)
    }

    /// OperationType : one of query mutation subscription
    mutating func parseOperationType() throws -> OperationType {
        guard token.kind == .name else { throw expected(.name) }
        guard let type = OperationType(rawValue: value(of: token)) else { throw unexpected() }
        try advance()
        return type
    }

    /// VariablesDefinition : ( VariableDefinition+ )
    mutating func parseVariableDefinitions() throws -> [VariableDefinition] {
        try optionalMany(.parenLeft, .parenRight) { try $0.parseVariableDefinition() }
    }

    /// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    mutating func parseVariableDefinition() throws -> VariableDefinition {
        let start = token.location
        let description = try parseDescription()
        try expect(.dollar)
        let variable = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try skip(.equals) ? try parseValueLiteral(isConst: true) : nil
        return VariableDefinition(variable: variable, type: type, defaultValue: defaultValue,
                                  directives: try parseDirectives(isConst: true), loc: start, description: description)
    }

    /// Variable : $ Name — returns the name with the location of the `$`.
    mutating func parseVariableName() throws -> Name {
        let dollar = token.location
        try expect(.dollar)
        let name = try parseName()
        return Name(name.value, loc: dollar)
    }

    /// SelectionSet : { Selection+ }
    mutating func parseSelectionSet() throws -> SelectionSet {
        try enter()
        defer { leave() }
        let start = token.location
        try expect(.braceLeft)
        // Written out rather than through `many`: this loop runs for every selection of a
        // document, and building each Selection in place spares a copy of every Field.
        var selections: [Selection] = []
        selections.reserveCapacity(4)
        repeat {
            if peek(.spread) {
                selections.append(try parseFragment())
            } else {
                selections.append(.field(try parseField()))
            }
        } while try !skip(.braceRight)
        return SelectionSet(selections: selections, loc: start)
    }

    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    mutating func parseField() throws -> Field {
        let start = token.location
        var name = try parseName()
        var alias: Name?
        if try skip(.colon) {
            alias = name
            name = try parseName()
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = peek(.braceLeft) ? try parseSelectionSet() : nil
        return Field(alias: alias, name: name, arguments: arguments, directives: directives,
                     selectionSet: selectionSet, loc: start)
    }

    /// Arguments : ( Argument+ )
    mutating func parseArguments(isConst: Bool) throws -> [Argument] {
        try optionalMany(.parenLeft, .parenRight) { try $0.parseArgument(isConst: isConst) }
    }

    /// Argument : Name : Value
    mutating func parseArgument(isConst: Bool) throws -> Argument {
        let start = token.location
        let name = try parseName()
        try expect(.colon)
        return Argument(name: name, value: try parseValueLiteral(isConst: isConst), loc: start)
    }

    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    mutating func parseFragment() throws -> Selection {
        let start = token.location
        try expect(.spread)
        let hasTypeCondition = peekKeyword("on")
        if !hasTypeCondition, peek(.name) {
            return .fragmentSpread(FragmentSpread(name: try parseFragmentName(), directives: try parseDirectives(isConst: false), loc: start))
        }
        var typeCondition: Name?
        if hasTypeCondition {
            try advance()
            typeCondition = try parseName()
        }
        return .inlineFragment(InlineFragment(typeCondition: typeCondition, directives: try parseDirectives(isConst: false),
                                              selectionSet: try parseSelectionSet(), loc: start))
    }

    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    mutating func parseFragmentDefinition() throws -> FragmentDefinition {
        let start = token.location
        let description = try parseDescription()
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseName()
        return FragmentDefinition(name: name, typeCondition: typeCondition, directives: try parseDirectives(isConst: false),
                                  selectionSet: try parseSelectionSet(), loc: start, description: description)
    }

    /// FragmentName : Name but not `on`
    mutating func parseFragmentName() throws -> Name {
        if peekKeyword("on") { throw unexpected() }
        return try parseName()
    }

    mutating func parseName() throws -> Name {
        guard token.kind == .name else { throw expected(.name) }
        let name = Name(value(of: token), loc: token.location)
        try advance()
        return name
    }

    // MARK: Values

    /// Value[Const] : Variable (not Const) | IntValue | FloatValue | StringValue | BooleanValue
    ///   | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    mutating func parseValueLiteral(isConst: Bool) throws -> Value {
        let start = token
        switch token.kind {
        case .bracketLeft:
            try enter()
            defer { leave() }
            let items = try any(.bracketLeft, .bracketRight) { try $0.parseValueLiteral(isConst: isConst) }
            return Value(.list(items), loc: start.location)
        case .braceLeft:
            try enter()
            defer { leave() }
            let fields = try any(.braceLeft, .braceRight) { parser -> ObjectField in
                let fieldStart = parser.token
                let name = try parser.parseName()
                try parser.expect(.colon)
                return ObjectField(name: name, value: try parser.parseValueLiteral(isConst: isConst), loc: fieldStart.location)
            }
            return Value(.object(fields), loc: start.location)
        case .int:
            try advance()
            return Value(.int(value(of: start)), loc: start.location)
        case .float:
            try advance()
            return Value(.float(value(of: start)), loc: start.location)
        case .string, .blockString:
            try advance()
            return Value(.string(value(of: start), isBlock: start.kind == .blockString), loc: start.location)
        case .name:
            try advance()
            if lexer.isName(start, "true") { return Value(.boolean(true), loc: start.location) }
            if lexer.isName(start, "false") { return Value(.boolean(false), loc: start.location) }
            if lexer.isName(start, "null") { return Value(.null, loc: start.location) }
            return Value(.enumValue(value(of: start)), loc: start.location)
        case .dollar:
            if isConst {
                let name = try lexer.lookahead()
                if name.kind == .name {
                    throw lexer.error("Unexpected variable \"$\(value(of: name))\" in constant value.", at: start.start)
                }
                throw unexpected()
            }
            let name = try parseVariableName()
            return Value(.variable(name.value), loc: start.location)
        default:
            throw unexpected()
        }
    }

    // MARK: Types

    /// Type : NamedType | ListType | NonNullType
    mutating func parseTypeReference() throws -> TypeReference {
        let start = token.location
        var type: TypeReference
        if try skip(.bracketLeft) {
            try enter()
            defer { leave() }
            let inner = try parseTypeReference()
            try expect(.bracketRight)
            type = .list(inner, loc: start)
        } else {
            type = .named(try parseName())
        }
        if try skip(.bang) { type = .nonNull(type, loc: start) }
        return type
    }

    // MARK: Directives

    /// Directives[Const] : Directive[?Const]+
    mutating func parseDirectives(isConst: Bool) throws -> [Directive] {
        var directives: [Directive] = []
        while peek(.at) { directives.append(try parseDirective(isConst: isConst)) }
        return directives
    }

    /// Directive[Const] : @ Name Arguments[?Const]?
    mutating func parseDirective(isConst: Bool) throws -> Directive {
        let start = token.location
        try expect(.at)
        let name = try parseName()
        return Directive(name: name, arguments: try parseArguments(isConst: isConst), loc: start)
    }
}
