/// In-memory rows both engines resolve from.
struct BenchItem: Sendable {
    var values: [String]
}

struct BenchData: Sendable {
    var items: [BenchItem]

    static func make(itemCount: Int, fieldCount: Int) -> BenchData {
        BenchData(items: (0..<itemCount).map { row in
            BenchItem(values: (0..<fieldCount).map { column in "value \(row)-\(column)" })
        })
    }

    static func query(fieldCount: Int) -> String {
        "{ items { " + (0..<fieldCount).map { "f\($0)" }.joined(separator: " ") + " } }"
    }
}
