/// `schema.graphql` from the repository root, compiled into the binary so the server needs no
/// files at run time.
public enum EmbeddedSchema {
    public static let sdl = String(decoding: PackageResources.schema_graphql, as: UTF8.self)
}
