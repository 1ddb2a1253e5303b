/// Input objects must not contain themselves through non-null fields (spec §3.10 Type
/// Validation 3): no finite value could be written for such a type.
struct InputCycleCheck {
    let schema: GraphQLSchema
    /// Types already explored from an earlier start; a cycle through them was reported then.
    private var visited: Set<String> = []

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    struct Cycle {
        /// The input object the cycle comes back to.
        var target: String
        /// The field names from `target` round to itself.
        var fields: [String]
        /// Where the field closing the cycle is defined.
        var coordinate: String
    }

    /// The first cycle reachable from `start` that was not reported before, if any.
    mutating func cycle(from start: InputObjectType) -> Cycle? {
        guard !visited.contains(start.name) else { return nil }
        var path: [(type: String, field: String)] = []
        var onPath: [String: Int] = [:]
        return explore(start, path: &path, onPath: &onPath)
    }

    private mutating func explore(_ type: InputObjectType, path: inout [(type: String, field: String)], onPath: inout [String: Int]) -> Cycle? {
        visited.insert(type.name)
        onPath[type.name] = path.count
        defer { onPath[type.name] = nil }
        for field in type.fields {
            guard case .nonNull(.named(let name)) = field.type, case .inputObject(let next)? = schema.type(named: name) else { continue }
            path.append((type.name, field.name))
            defer { path.removeLast() }
            if let start = onPath[name] {
                return Cycle(target: name, fields: path[start...].map(\.field), coordinate: Coordinate.field(type.name, field.name))
            }
            if !visited.contains(name), let found = explore(next, path: &path, onPath: &onPath) {
                return found
            }
        }
        return nil
    }
}
