import Foundation

/// One case measured for both engines: medians per operation, and the median of the
/// per-round ratios (peer time / core time of the same round).
struct PairedMeasurement {
    var coreNanoseconds: Double
    var peerNanoseconds: Double
    var ratio: Double
}

/// Alternates the engines round by round (core, peer, core, peer, …), each round running the
/// operation `iterations` times, so both see the same machine at nearly the same moment; a
/// neighbour's load shows up in both halves of a round and cancels out of its ratio.
func measurePair(
    rounds: Int, iterations: Int,
    core: () async throws -> Void, peer: () async throws -> Void
) async rethrows -> PairedMeasurement {
    let clock = ContinuousClock()
    func round(_ operation: () async throws -> Void) async rethrows -> Double {
        let start = clock.now
        for _ in 0..<iterations { try await operation() }
        return nanoseconds(clock.now - start) / Double(iterations)
    }
    // Warm-up round each: caches, lazy initialisation, page faults.
    _ = try await round(core)
    _ = try await round(peer)
    var coreSamples: [Double] = []
    var peerSamples: [Double] = []
    var ratios: [Double] = []
    for _ in 0..<rounds {
        let coreTime = try await round(core)
        let peerTime = try await round(peer)
        coreSamples.append(coreTime)
        peerSamples.append(peerTime)
        ratios.append(peerTime / coreTime)
    }
    return PairedMeasurement(coreNanoseconds: median(coreSamples), peerNanoseconds: median(peerSamples), ratio: median(ratios))
}

/// Keeps a result alive so the optimizer cannot remove the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

private func nanoseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
}

/// `12.3 µs` style.
func formatTime(_ nanoseconds: Double) -> String {
    if nanoseconds >= 1e6 { return String(format: "%.2f ms", nanoseconds / 1e6) }
    if nanoseconds >= 1e3 { return String(format: "%.1f µs", nanoseconds / 1e3) }
    return String(format: "%.0f ns", nanoseconds)
}
