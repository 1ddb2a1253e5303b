import Foundation

/// Timing by repeated rounds: each round runs an operation `iterations` times; the result is
/// the median time per operation over the rounds, which shrugs off a noisy neighbour.
struct Measurement {
    var name: String
    var nanosecondsPerOperation: Double
}

func measure(_ name: String, rounds: Int, iterations: Int, _ operation: () throws -> Void) rethrows -> Measurement {
    let clock = ContinuousClock()
    // Warm-up round: caches, lazy initialisation, page faults.
    for _ in 0..<iterations { try operation() }
    var samples: [Double] = []
    for _ in 0..<rounds {
        let elapsed = try clock.measure {
            for _ in 0..<iterations { try operation() }
        }
        samples.append(nanoseconds(elapsed) / Double(iterations))
    }
    return Measurement(name: name, nanosecondsPerOperation: median(samples))
}

func measureAsync(_ name: String, rounds: Int, iterations: Int, _ operation: () async throws -> Void) async rethrows -> Measurement {
    let clock = ContinuousClock()
    for _ in 0..<iterations { try await operation() }
    var samples: [Double] = []
    for _ in 0..<rounds {
        let start = clock.now
        for _ in 0..<iterations { try await operation() }
        samples.append(nanoseconds(clock.now - start) / Double(iterations))
    }
    return Measurement(name: name, nanosecondsPerOperation: median(samples))
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

