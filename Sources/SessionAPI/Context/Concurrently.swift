/// Runs `read` for each element, at most `width` at a time, and merges the dictionaries
/// they return (the first value wins for a key two of them return).
///
/// A loader whose keys need several statements (one per distinct window, filter or search
/// of a level) sends them side by side, on as many of the pool's connections, instead of
/// one after another. The first failure cancels the others and is thrown. Task-local
/// values (a request's deadline, its trace) reach every read.
func concurrently<Element: Sendable, Key: Hashable & Sendable, Value: Sendable>(
    _ elements: [Element], width: Int = 4,
    _ read: @escaping @Sendable (Element) async throws -> [Key: Value]
) async throws -> [Key: Value] {
    if elements.count <= 1 {
        guard let only = elements.first else { return [:] }
        return try await read(only)
    }
    return try await withThrowingTaskGroup(of: [Key: Value].self) { group in
        var pending = elements[...]
        for element in pending.prefix(max(width, 1)) { group.addTask { try await read(element) } }
        pending = pending.dropFirst(max(width, 1))
        var merged: [Key: Value] = [:]
        while let part = try await group.next() {
            merged.merge(part) { first, _ in first }
            if let element = pending.popFirst() { group.addTask { try await read(element) } }
        }
        return merged
    }
}
