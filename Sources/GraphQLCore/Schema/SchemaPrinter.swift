import Foundation

/// The schema as SDL, printed the way the reference implementation's `printSchema` does:
/// no built-in scalars, specified directives or introspection types; a `schema { }`
/// block only when the roots are not named Query/Mutation/Subscription or the schema has
/// a description; defaults printed as written.
public enum SchemaPrinter {
    public static func print(_ schema: GraphQLSchema) -> String {
        var blocks: [String] = []
        if let definition = schemaDefinition(schema) { blocks.append(definition) }
        for directive in schema.directives where !SpecifiedDirectives.isSpecified(directive.name) {
            blocks.append(self.directive(directive))
        }
        for name in schema.typeNames where !BuiltInScalars.isBuiltIn(name) && !IntrospectionTypes.isIntrospectionType(name) {
            if let type = schema.type(named: name) { blocks.append(self.type(type)) }
        }
        return blocks.joined(separator: "\n\n")
    }

    private static func schemaDefinition(_ schema: GraphQLSchema) -> String? {
        let roots: [(String, String?)] = [("query", schema.queryType), ("mutation", schema.mutationType), ("subscription", schema.subscriptionType)]
        let usesDefaultNames = roots.allSatisfy { operation, name in
            name == nil || name == operation.prefix(1).uppercased() + operation.dropFirst()
        }
        if schema.description == nil && usesDefaultNames { return nil }
        let lines = roots.compactMap { operation, name in name.map { "  \(operation): \($0)" } }
        return description(schema.description) + "schema {\n" + lines.joined(separator: "\n") + "\n}"
    }

    static func type(_ type: NamedType) -> String {
        switch type {
        case .scalar(let scalar):
            let url = scalar.specifiedByURL.map { " @specifiedBy(url: \(StringLiteral.quoted($0)))" } ?? ""
            return description(scalar.description) + "scalar \(scalar.name)" + url
        case .object(let object):
            return description(object.description) + "type \(object.name)" + implements(object.interfaces) + fields(object.fields)
        case .interface(let interface):
            return description(interface.description) + "interface \(interface.name)" + implements(interface.interfaces) + fields(interface.fields)
        case .union(let union):
            let members = union.members.isEmpty ? "" : " = " + union.members.joined(separator: " | ")
            return description(union.description) + "union \(union.name)" + members
        case .enumType(let enumType):
            let values = enumType.values.enumerated().map { index, value in
                description(value.description, indentation: "  ", firstInBlock: index == 0) + "  " + value.name + deprecated(value.deprecationReason)
            }
            return description(enumType.description) + "enum \(enumType.name)" + block(values)
        case .inputObject(let input):
            let fields = input.fields.enumerated().map { index, field in
                description(field.description, indentation: "  ", firstInBlock: index == 0) + "  " + inputValue(field)
            }
            return description(input.description) + "input \(input.name)" + (input.isOneOf ? " @oneOf" : "") + block(fields)
        }
    }

    static func directive(_ directive: DirectiveDef) -> String {
        description(directive.description)
            + "directive @\(directive.name)"
            + arguments(directive.arguments)
            + (directive.isRepeatable ? " repeatable" : "")
            + " on " + directive.locations.map(\.rawValue).joined(separator: " | ")
    }

    private static func implements(_ interfaces: [String]) -> String {
        interfaces.isEmpty ? "" : " implements " + interfaces.joined(separator: " & ")
    }

    private static func fields(_ fields: [FieldDef]) -> String {
        block(fields.enumerated().map { index, field in
            description(field.description, indentation: "  ", firstInBlock: index == 0)
                + "  " + field.name + arguments(field.arguments, indentation: "  ") + ": \(field.type)"
                + deprecated(field.deprecationReason)
        })
    }

    private static func block(_ lines: [String]) -> String {
        lines.isEmpty ? "" : " {\n" + lines.joined(separator: "\n") + "\n}"
    }

    /// One line when no argument has a description, else one argument per line.
    private static func arguments(_ arguments: [InputValueDef], indentation: String = "") -> String {
        if arguments.isEmpty { return "" }
        if arguments.allSatisfy({ ($0.description ?? "").isEmpty }) {
            return "(" + arguments.map(inputValue).joined(separator: ", ") + ")"
        }
        let lines = arguments.enumerated().map { index, argument in
            description(argument.description, indentation: "  " + indentation, firstInBlock: index == 0) + "  " + indentation + inputValue(argument)
        }
        return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
    }

    private static func inputValue(_ value: InputValueDef) -> String {
        var text = "\(value.name): \(value.type)"
        if let defaultValue = value.defaultValue { text += " = " + LiteralText.print(defaultValue) }
        return text + deprecated(value.deprecationReason)
    }

    private static func deprecated(_ reason: String?) -> String {
        guard let reason else { return "" }
        if reason == SpecifiedDirectives.defaultDeprecationReason { return " @deprecated" }
        return " @deprecated(reason: \(StringLiteral.quoted(reason)))"
    }

    /// A description before a definition: a block string when it can be one, else a quoted
    /// string; a described member after the first of a block gets a blank line before it.
    private static func description(_ text: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
        guard let text else { return "" }
        let literal = StringLiteral.isPrintableAsBlock(text) ? StringLiteral.block(text) : StringLiteral.quoted(text)
        let prefix = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
        return prefix + literal.replacingOccurrences(of: "\n", with: "\n" + indentation) + "\n"
    }
}
