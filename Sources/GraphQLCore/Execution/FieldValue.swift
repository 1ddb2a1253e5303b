/// What a resolver hands back to the executor for one field.
///
/// Leaves are `GraphQLValue`s (run through the scalar's `serialize` or checked against the
/// enum); composite fields return a source value whose own fields are resolved next; a
/// `Deferred` waits for a loader flush. A `GraphQLValue` object is a source too: the default
/// resolver reads its keys, so plain data needs no resolvers at all.
public indirect enum FieldValue: Sendable {
    case null
    /// A leaf value, or a plain object/list tree that the default resolver walks.
    case value(GraphQLValue)
    /// The source of an object, interface or union field. `typeName` names the concrete
    /// object type when the field's type is abstract (see also `GraphQLTypeNamed`).
    case object(any Sendable, typeName: String? = nil)
    case list([FieldValue])
    /// A value that becomes available when the loaders of the current level have run.
    case deferred(Deferred<FieldValue>)

    /// `source` as an object, or null when it is nil.
    public static func optional(_ source: (any Sendable)?, typeName: String? = nil) -> FieldValue {
        guard let source else { return .null }
        return .object(source, typeName: typeName)
    }

    /// A list of object sources.
    public static func objects<S: Sequence>(_ sources: S) -> FieldValue where S.Element: Sendable {
        .list(sources.map { .object($0) })
    }

    public static func string(_ value: String?) -> FieldValue { value.map { .value(.string($0)) } ?? .null }
    public static func int(_ value: Int?) -> FieldValue { value.map { .value(.int($0)) } ?? .null }
    public static func float(_ value: Double?) -> FieldValue { value.map { .value(.float($0)) } ?? .null }
    public static func bool(_ value: Bool?) -> FieldValue { value.map { .value(.bool($0)) } ?? .null }

    var isNull: Bool {
        switch self {
        case .null, .value(.null): return true
        default: return false
        }
    }
}

extension FieldValue: ExpressibleByNilLiteral, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    public init(arrayLiteral elements: FieldValue...) { self = .list(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(stringLiteral value: String) { self = .value(.string(value)) }
    public init(integerLiteral value: Int) { self = .value(.int(value)) }
    public init(floatLiteral value: Double) { self = .value(.float(value)) }
    public init(booleanLiteral value: Bool) { self = .value(.bool(value)) }
}

/// A source value that knows which object type it is, so that interface and union fields
/// can return it without a type resolver.
public protocol GraphQLTypeNamed: Sendable {
    var graphQLTypeName: String { get }
}
