import Foundation

/// Prints AST nodes back to GraphQL text in the conventional layout (two-space indentation,
/// one selection per line, arguments wrapped past 80 columns), so that print → parse → print
/// is a fixed point.
public enum Printer {
    static let maxLineLength = 80

    public static func print(_ document: Document) -> String {
        document.definitions.map(print).joined(separator: "\n\n")
    }

    public static func print(_ definition: Definition) -> String {
        switch definition {
        case .operation(let node): return print(node)
        case .fragment(let node): return print(node)
        case .typeSystem(let node): return print(node)
        case .typeSystemExtension(let node):
            switch node {
            case .schema(let schema): return "extend " + print(schema)
            case .type(let type): return "extend " + print(type)
            }
        }
    }

    // MARK: Executable definitions

    /// The query shorthand `{ … }` when nothing but the selection set would be printed.
    public static func print(_ node: OperationDefinition) -> String {
        let selectionSet = print(node.selectionSet)
        if node.operation == .query, node.name == nil, node.variableDefinitions.isEmpty, node.directives.isEmpty,
           node.description == nil {
            return selectionSet
        }
        let variables = printList(node.variableDefinitions.map(print))
        let head = join([node.operation.rawValue, (node.name?.value ?? "") + variables, printDirectives(node.directives)])
        return printDescription(node.description) + head + " " + selectionSet
    }

    static func print(_ node: VariableDefinition) -> String {
        printDescription(node.description) + "$\(node.variable.value): \(print(node.type))"
            + wrap(" = ", node.defaultValue.map(print) ?? "")
            + wrap(" ", printDirectives(node.directives))
    }

    public static func print(_ node: FragmentDefinition) -> String {
        printDescription(node.description)
            + join(["fragment", node.name.value, "on", node.typeCondition.value, printDirectives(node.directives), print(node.selectionSet)])
    }

    public static func print(_ node: SelectionSet) -> String {
        block(node.selections.map(print))
    }

    static func print(_ node: Selection) -> String {
        switch node {
        case .field(let field):
            let prefix = wrap("", field.alias?.value ?? "", ": ") + field.name.value
            var text = prefix + printArguments(field.arguments, prefix: prefix)
            text += wrap(" ", printDirectives(field.directives))
            if let selectionSet = field.selectionSet { text += " " + print(selectionSet) }
            return text
        case .fragmentSpread(let spread):
            return "..." + spread.name.value + wrap(" ", printDirectives(spread.directives))
        case .inlineFragment(let fragment):
            return join(["...", wrap("on ", fragment.typeCondition?.value ?? ""), printDirectives(fragment.directives), print(fragment.selectionSet)])
        }
    }

    /// `(a: 1, b: 2)`, or one argument per line when that would pass 80 columns.
    static func printArguments(_ arguments: [Argument], prefix: String) -> String {
        guard !arguments.isEmpty else { return "" }
        let printed = arguments.map { "\($0.name.value): \(print($0.value))" }
        let inline = "(" + printed.joined(separator: ", ") + ")"
        if prefix.count + inline.count > maxLineLength {
            return "(\n" + indent(printed.joined(separator: "\n")) + "\n)"
        }
        return inline
    }

    /// Directive arguments always stay on one line (only field arguments wrap).
    static func printDirectives(_ directives: [Directive]) -> String {
        directives.map { directive in
            "@" + directive.name.value
                + wrap("(", directive.arguments.map { "\($0.name.value): \(print($0.value))" }.joined(separator: ", "), ")")
        }.joined(separator: " ")
    }

    // MARK: Values and types

    public static func print(_ value: Value) -> String {
        switch value.kind {
        case .variable(let name): return "$" + name
        case .int(let digits), .float(let digits): return digits
        case .string(let text, let isBlock): return isBlock ? printBlockString(text) : printString(text)
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .enumValue(let name): return name
        case .list(let items): return "[" + items.map(print).joined(separator: ", ") + "]"
        case .object(let fields): return "{" + fields.map { "\($0.name.value): \(print($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    public static func print(_ type: TypeReference) -> String {
        switch type {
        case .named(let name): return name.value
        case .list(let inner, _): return "[" + print(inner) + "]"
        case .nonNull(let inner, _): return print(inner) + "!"
        }
    }

    /// A quoted string with JSON-style escapes for `"`, `\` and control characters.
    static func printString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F):
                result += "\\u" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: Type system definitions

    public static func print(_ node: TypeSystemDefinition) -> String {
        switch node {
        case .schema(let schema): return print(schema)
        case .type(let type): return print(type)
        case .directive(let directive): return print(directive)
        }
    }

    static func print(_ node: SchemaDefinition) -> String {
        let operations = node.operationTypes.map { "\($0.operation.rawValue): \($0.type.value)" }
        return printDescription(node.description)
            + join(["schema", printDirectives(node.directives), operations.isEmpty ? "" : block(operations)])
    }

    static func print(_ node: TypeDefinition) -> String {
        switch node {
        case .scalar(let scalar):
            return printDescription(scalar.description) + join(["scalar", scalar.name.value, printDirectives(scalar.directives)])
        case .object(let object), .interface(let object):
            let keyword: String
            if case .object = node { keyword = "type" } else { keyword = "interface" }
            return printDescription(object.description) + join([
                keyword, object.name.value,
                wrap("implements ", object.interfaces.map(\.value).joined(separator: " & ")),
                printDirectives(object.directives),
                object.fields.isEmpty ? "" : block(object.fields.map(print)),
            ])
        case .union(let union):
            return printDescription(union.description) + join([
                "union", union.name.value, printDirectives(union.directives),
                wrap("= ", union.types.map(\.value).joined(separator: " | ")),
            ])
        case .enumType(let enumType):
            let values = enumType.values.map { printDescription($0.description) + join([$0.name.value, printDirectives($0.directives)]) }
            return printDescription(enumType.description) + join([
                "enum", enumType.name.value, printDirectives(enumType.directives), values.isEmpty ? "" : block(values),
            ])
        case .inputObject(let input):
            return printDescription(input.description) + join([
                "input", input.name.value, printDirectives(input.directives),
                input.fields.isEmpty ? "" : block(input.fields.map(print)),
            ])
        }
    }

    static func print(_ node: FieldDefinition) -> String {
        printDescription(node.description) + node.name.value + printArgumentDefinitions(node.arguments)
            + ": " + print(node.type) + wrap(" ", printDirectives(node.directives))
    }

    static func print(_ node: InputValueDefinition) -> String {
        printDescription(node.description) + node.name.value + ": " + print(node.type)
            + wrap(" = ", node.defaultValue.map(print) ?? "") + wrap(" ", printDirectives(node.directives))
    }

    static func print(_ node: DirectiveDefinition) -> String {
        printDescription(node.description) + "directive @" + node.name.value + printArgumentDefinitions(node.arguments)
            + (node.isRepeatable ? " repeatable" : "") + " on " + node.locations.map(\.value).joined(separator: " | ")
    }

    static func printArgumentDefinitions(_ arguments: [InputValueDefinition]) -> String {
        printList(arguments.map(print))
    }

    /// `(a, b)` inline, or one item per line when any item spans lines (a description, a
    /// multi-line block string), as graphql-js does.
    static func printList(_ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        if items.contains(where: { $0.contains("\n") }) {
            return "(\n" + indent(items.joined(separator: "\n")) + "\n)"
        }
        return "(" + items.joined(separator: ", ") + ")"
    }

    static func printDescription(_ description: String?) -> String {
        guard let description else { return "" }
        return printBlockString(description) + "\n"
    }

    /// A block string, unless the text would not read back the same from one (a carriage
    /// return, leading blank lines, …): then a quoted string, so printing never changes a value.
    static func printBlockString(_ text: String) -> String {
        let block = BlockString.print(text)
        let raw = String(block.dropFirst(3).dropLast(3)).replacingOccurrences(of: "\\\"\"\"", with: "\"\"\"")
        return BlockString.value(of: raw) == text ? block : printString(text)
    }

    // MARK: Layout helpers

    /// Non-empty parts joined by single spaces.
    static func join(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `start + text + end` when `text` is non-empty, else nothing.
    static func wrap(_ start: String, _ text: String, _ end: String = "") -> String {
        text.isEmpty ? "" : start + text + end
    }

    static func block(_ lines: [String]) -> String {
        lines.isEmpty ? "" : "{\n" + indent(lines.joined(separator: "\n")) + "\n}"
    }

    static func indent(_ text: String) -> String {
        "  " + text.replacingOccurrences(of: "\n", with: "\n  ")
    }
}

