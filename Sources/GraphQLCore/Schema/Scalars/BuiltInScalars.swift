/// The five scalars every schema has (spec §3.5), in the order introspection lists them.
public enum BuiltInScalars {
    public static let names = ["Int", "Float", "String", "Boolean", "ID"]

    public static let all: [ScalarType] = [
        ScalarType(name: "Int", description: "A signed whole number that fits in 32 bits.", coercion: IntCoercion()),
        ScalarType(name: "Float", description: "A signed double-precision floating-point number.", coercion: FloatCoercion()),
        ScalarType(name: "String", description: "Text, as a sequence of Unicode characters.", coercion: StringCoercion()),
        ScalarType(name: "Boolean", description: "Either `true` or `false`.", coercion: BooleanCoercion()),
        ScalarType(name: "ID", description: "An opaque identifier, written as a string in responses; as input, a string or an integer.", coercion: IDCoercion()),
    ]

    public static func isBuiltIn(_ name: String) -> Bool { names.contains(name) }
}
