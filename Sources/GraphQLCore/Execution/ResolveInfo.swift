/// What a resolver knows about the field it resolves, besides source, arguments and context.
public struct ResolveInfo: Sendable {
    /// The field's name in the schema (not its alias).
    public let fieldName: String
    /// The key the value gets in the response: the alias, else the name.
    public let responseKey: String
    /// The object type the field is resolved on.
    public let parentType: String
    public let returnType: TypeRef
    /// The field nodes merged into this response key, in document order (for look-ahead).
    public let fieldNodes: [Field]
    /// The path of the parent object; nil at the root.
    public let parentPath: ResponsePath?

    /// The field's response path, e.g. `["user", "sessions", 0, "title"]`.
    public var path: [PathComponent] {
        ResponsePath.components(of: parentPath, then: .key(responseKey))
    }
}
