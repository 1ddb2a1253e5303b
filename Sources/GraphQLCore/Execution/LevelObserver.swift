/// Wraps the work of each level of an execution: the objects of one depth resolved, their
/// loaders dispatched (once per loader) and the values completed. `level` counts from 1 (the
/// root's fields), `objects` is how many objects the level resolves fields of. It must run
/// `body` exactly once; anything it sets up for the duration (a tracing span, say) is around
/// the level's loaders, which run inside `body`.
public typealias LevelObserver = @Sendable (
    _ level: Int, _ objects: Int, _ body: () async -> Void
) async -> Void
