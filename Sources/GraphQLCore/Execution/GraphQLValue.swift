/// A runtime GraphQL value: variables, argument values, resolver results and responses.
/// Objects keep their keys in insertion order (responses list fields in document order).
public enum GraphQLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([GraphQLValue])
    case object(GraphQLObject)
}

/// An insertion-ordered map from keys to values.
public struct GraphQLObject: Sendable, Hashable {
    public private(set) var keys: [String]
    public private(set) var values: [GraphQLValue]

    public init() {
        keys = []
        values = []
    }

    public init(_ pairs: [(String, GraphQLValue)]) {
        keys = []
        values = []
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Reading is a linear scan: objects in GraphQL are small, and order matters more than hashing.
    public subscript(key: String) -> GraphQLValue? {
        get {
            guard let index = keys.firstIndex(of: key) else { return nil }
            return values[index]
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue { values[index] = newValue } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Appends without looking for an existing key; the caller knows the key is new.
    public mutating func append(_ key: String, _ value: GraphQLValue) {
        keys.append(key)
        values.append(value)
    }

    public var pairs: Zip2Sequence<[String], [GraphQLValue]> { zip(keys, values) }
}
