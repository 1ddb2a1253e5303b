/// Shared by the uniqueness rules: names that occur more than once, in order of first
/// occurrence, with the location of every occurrence.
enum DuplicateNames {
    static func find(_ names: [Name]) -> [(String, [SourceLocation])] {
        var order: [String] = []
        var locations: [String: [SourceLocation]] = [:]
        for name in names {
            if locations[name.value] == nil { order.append(name.value) }
            locations[name.value, default: []].append(name.loc)
        }
        return order.compactMap { name in
            let found = locations[name]!
            return found.count > 1 ? (name, found) : nil
        }
    }
}
