/// Where each part of a schema was defined, keyed by schema coordinate (`User`,
/// `User.name`, `User.name(format:)`, `@auth`, `@auth(role:)`), so errors found on the
/// model can still point at the SDL. References get `User|Node` (an implemented
/// interface) or `Result|User` (a union member).
struct SchemaLocations {
    private var table: [String: SourceLocation] = [:]

    mutating func record(_ coordinate: String, _ location: SourceLocation) {
        if table[coordinate] == nil { table[coordinate] = location }
    }

    func callAsFunction(_ coordinate: String) -> [SourceLocation] {
        table[coordinate].map { [$0] } ?? []
    }
}

/// Schema coordinates as error messages spell them.
enum Coordinate {
    static func field(_ type: String, _ field: String) -> String { "\(type).\(field)" }
    static func argument(_ type: String, _ field: String, _ argument: String) -> String { "\(type).\(field)(\(argument):)" }
    static func directive(_ name: String) -> String { "@\(name)" }
    static func directiveArgument(_ name: String, _ argument: String) -> String { "@\(name)(\(argument):)" }
    static func reference(_ type: String, _ target: String) -> String { "\(type)|\(target)" }
}
