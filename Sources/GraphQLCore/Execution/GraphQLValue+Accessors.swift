/// Typed reads of coerced values, so resolvers can say `arguments.int("first")` instead of
/// pattern matching. After input coercion a value has the shape of its GraphQL type, so a
/// nil here means "absent or null".
extension GraphQLValue {
    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// A Float; Int values widen, as the spec's Float input coercion does.
    public var doubleValue: Double? {
        switch self {
        case .float(let value): return value
        case .int(let value): return Double(value)
        default: return nil
        }
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var listValue: [GraphQLValue]? {
        if case .list(let value) = self { return value }
        return nil
    }

    public var objectValue: GraphQLObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    public var isNull: Bool { self == .null }
}

extension GraphQLObject {
    public func int(_ key: String) -> Int? { self[key]?.intValue }
    public func double(_ key: String) -> Double? { self[key]?.doubleValue }
    public func string(_ key: String) -> String? { self[key]?.stringValue }
    public func bool(_ key: String) -> Bool? { self[key]?.boolValue }
    public func list(_ key: String) -> [GraphQLValue]? { self[key]?.listValue }
    public func object(_ key: String) -> GraphQLObject? { self[key]?.objectValue }
    /// A list of strings (e.g. `[ID!]`), nil when absent or null.
    public func strings(_ key: String) -> [String]? { self[key]?.listValue?.compactMap(\.stringValue) }
}
