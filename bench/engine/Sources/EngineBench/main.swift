import Foundation

// Parses the same documents and executes the same 10,000-field response with GraphQLCore and
// GraphQLSwift in one process, alternating engines round by round so both see the same
// machine; prints medians and ratios as a Markdown table.

let arguments = CommandLine.arguments
let rounds = arguments.firstIndex(of: "--rounds").map { Int(arguments[$0 + 1])! } ?? 15
let documentsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("documents")

func document(_ name: String) throws -> String {
    try String(contentsOf: documentsFolder.appendingPathComponent(name), encoding: .utf8)
}

/// A large generated document: 200 operations of nested fields with arguments of every kind.
func generatedDocument() -> String {
    (0..<200).map { index in
        """
        query Generated\(index)($id: ID!, $n: Int = \(index)) {
          node(id: $id) {
            ... on User { id name(format: "long", locale: "fr_FR") tags(first: $n, filter: {active: true, kinds: [A, B]}) }
            alias\(index): field(a: 1.5e3, b: "text with \\"quotes\\" and unicode é", c: null) @include(if: true)
          }
        }
        """
    }.joined(separator: "\n\n")
}

struct Row {
    var name: String
    var measurement: PairedMeasurement
}

/// Runs every case. A function rather than top-level code: closures formed at the top level
/// belong to the main actor, and calling them from the measuring loop would hop threads on
/// every iteration and time the hop instead of the engine.
func runCases(rounds: Int) async throws -> [Row] {
    var rows: [Row] = []
    let parseInputs: [(String, String, Int)] = [
        ("parse: introspection query", try document("introspection.graphql"), 2000),
        ("parse: explorer deep link", try document("explorer.graphql"), 2000),
        ("parse: 200 generated operations", generatedDocument(), 20),
    ]
    for (name, text, iterations) in parseInputs {
        let measurement = try await measurePair(
            rounds: rounds, iterations: iterations,
            core: { blackHole(try CoreEngine.parse(text)) }, peer: { blackHole(try PeerEngine.parse(text)) })
        rows.append(Row(name: "\(name) (\(text.utf8.count) bytes)", measurement: measurement))
    }

    let fieldCount = 10
    let data = BenchData.make(itemCount: 1000, fieldCount: fieldCount)
    let query = BenchData.query(fieldCount: fieldCount)
    let executor = try CoreEngine.makeExecutor(fieldCount: fieldCount)
    let peerSchema = try PeerEngine.makeSchema(fieldCount: fieldCount)
    let coreDocument = try CoreEngine.prepare(executor: executor, query: query)
    let peerDocument = try PeerEngine.prepare(schema: peerSchema, query: query)
    let executeIterations = 5
    rows.append(Row(
        name: "execute: 1,000 objects × 10 fields (10,000 fields)",
        measurement: try await measurePair(
            rounds: rounds, iterations: executeIterations,
            core: { _ = await CoreEngine.execute(executor: executor, document: coreDocument, data: data) },
            peer: { _ = try await PeerEngine.execute(schema: peerSchema, document: peerDocument, data: data) })))
    rows.append(Row(
        name: "request: parse + validate + execute + JSON, 10,000 fields",
        measurement: try await measurePair(
            rounds: rounds, iterations: executeIterations,
            core: { _ = try await CoreEngine.endToEnd(executor: executor, query: query, data: data) },
            peer: { _ = try await PeerEngine.endToEnd(schema: peerSchema, query: query, data: data) })))
    return rows
}

let rows = try await runCases(rounds: rounds)

print("| case | GraphQLCore (median) | GraphQLSwift 4.3.0 (median) | ratio (median of rounds) |")
print("| --- | ---: | ---: | ---: |")
for row in rows {
    let m = row.measurement
    print("| \(row.name) | \(formatTime(m.coreNanoseconds)) | \(formatTime(m.peerNanoseconds)) | \(String(format: "%.1f×", m.ratio)) |")
}
print("\n\(rounds) rounds per case, the engines alternating round by round; times are medians per operation, the ratio is the median of the per-round ratios.")
