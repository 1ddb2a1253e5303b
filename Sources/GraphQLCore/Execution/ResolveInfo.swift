/// What a resolver knows about the field it resolves, besides source, arguments and context.
public struct ResolveInfo: Sendable {
    /// Shared by every object that resolves the same planned field, so building an info
    /// per field costs two references, not a copy of each property.
    let field: FieldDescriptor
    /// The path of the parent object; nil at the root.
    public let parentPath: ResponsePath?

    /// The field's name in the schema (not its alias).
    public var fieldName: String { field.fieldName }
    /// The key the value gets in the response: the alias, else the name.
    public var responseKey: String { field.responseKey }
    /// The object type the field is resolved on.
    public var parentType: String { field.parentType }
    public var returnType: TypeRef { field.returnType }
    /// The field nodes merged into this response key, in document order (for look-ahead).
    public var fieldNodes: [Field] { field.fieldNodes }
    /// The names of the fields selected directly under this one (through fragments, after
    /// `@skip`/`@include`), e.g. to fetch a total count only when `totalCount` is asked for.
    public var selectedFieldNames: Set<String> { field.selectedFieldNames }

    /// The field's response path, e.g. `["user", "sessions", 0, "title"]`.
    public var path: [PathComponent] {
        ResponsePath.components(of: parentPath, then: .key(responseKey))
    }
}

/// The request-independent part of a `ResolveInfo`.
final class FieldDescriptor: Sendable {
    let fieldName: String
    let responseKey: String
    let parentType: String
    let returnType: TypeRef
    let fieldNodes: [Field]
    let selectedFieldNames: Set<String>

    init(fieldName: String, responseKey: String, parentType: String, returnType: TypeRef, fieldNodes: [Field], selectedFieldNames: Set<String>) {
        self.fieldName = fieldName
        self.responseKey = responseKey
        self.parentType = parentType
        self.returnType = returnType
        self.fieldNodes = fieldNodes
        self.selectedFieldNames = selectedFieldNames
    }
}
