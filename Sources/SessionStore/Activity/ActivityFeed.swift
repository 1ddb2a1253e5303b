/// The high-water mark of one table the watcher polls: the newest stamp seen, and the ids
/// seen within `lookback` of it. Each poll reads from `mark - lookback` again, so a row
/// committed a little after a newer one (a transaction that took longer, another writer's
/// clock slightly behind) is still picked up, and the ids drop the rows already delivered.
struct ActivityFeed: Sendable {
    private(set) var mark: Int64?
    private(set) var seen: [String: Int64] = [:]
    let lookback: Int64

    init(lookback: Int64) {
        self.lookback = lookback
    }

    /// Where the next read starts.
    var since: Int64 {
        guard let mark else { return Int64.min }
        return mark &- lookback
    }

    /// How many rows the next read asks for to find up to `batch` new ones: the ones it
    /// will see again come first.
    func readLimit(batch: Int) -> Int { batch + seen.count }

    /// Records `rows` (oldest first) and returns those not seen before, in order.
    mutating func accept(_ rows: [ActivityEvent]) -> [ActivityEvent] {
        var fresh: [ActivityEvent] = []
        for row in rows {
            guard let stamp = row.createdAt else { continue }
            if seen.updateValue(stamp, forKey: row.id) == nil { fresh.append(row) }
            if mark.map({ stamp > $0 }) ?? true { mark = stamp }
        }
        if let mark {
            let floor = mark &- lookback
            seen = seen.filter { $0.value >= floor }
        }
        return fresh
    }

    /// Starts from `newest`, as if every row stamped before it had been delivered.
    mutating func start(at newest: Int64?, seeing rows: [ActivityEvent]) {
        mark = newest
        seen = [:]
        _ = accept(rows)
    }
}
