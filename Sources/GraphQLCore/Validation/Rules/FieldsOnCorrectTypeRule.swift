/// Field Selections (spec §5.3.1): a selected field must be defined on the type in scope.
/// On an abstract type, a field that only some possible types define is suggested through
/// an inline fragment; otherwise similarly spelt fields are suggested.
public struct FieldsOnCorrectTypeRule: ValidationRule {
    public init() {}

    public func makeVisitor(context: ValidationContext) -> any ValidationVisitor {
        Visitor(context)
    }

    private final class Visitor: ValidationVisitor {
        let context: ValidationContext
        init(_ context: ValidationContext) { self.context = context }

        func enterField(_ node: Field) {
            guard let parent = context.parentTypeName, context.fieldDef == nil else { return }
            let fieldName = node.name.value
            var hint = Suggestions.didYouMean(typeSuggestions(for: fieldName, on: parent), prefix: "to use an inline fragment on")
            if hint.isEmpty {
                hint = Suggestions.didYouMean(fieldSuggestions(for: fieldName, on: parent))
            }
            context.report("Cannot query field \"\(fieldName)\" on type \"\(parent)\".\(hint)", at: [node.loc])
        }

        /// Interfaces first (those shared by most possible types lead), then object types.
        private func typeSuggestions(for fieldName: String, on parent: String) -> [String] {
            let schema = context.schema
            guard schema.type(named: parent)?.isAbstractType == true else { return [] }
            var objects: [String] = []
            var interfaceUsage: [String: Int] = [:]
            for possible in schema.possibleTypes(of: parent) {
                guard case .object(let object)? = schema.type(named: possible), object.field(fieldName) != nil else { continue }
                objects.append(possible)
                for name in object.interfaces {
                    guard case .interface(let interface)? = schema.type(named: name), interface.field(fieldName) != nil else { continue }
                    interfaceUsage[name, default: 0] += 1
                }
            }
            let interfaces = interfaceUsage.keys.sorted {
                interfaceUsage[$0]! != interfaceUsage[$1]! ? interfaceUsage[$0]! > interfaceUsage[$1]! : $0 < $1
            }
            return interfaces + objects.sorted()
        }

        private func fieldSuggestions(for fieldName: String, on parent: String) -> [String] {
            guard let type = context.schema.type(named: parent) else { return [] }
            return Suggestions.list(fieldName, options: type.fields.map(\.name))
        }
    }
}
