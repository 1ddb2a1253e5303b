/// A number of seconds as people write it: `5` rather than `5.0`, `2.5` as it is.
public func secondsText(_ seconds: Double) -> String {
    if seconds == seconds.rounded(), abs(seconds) < 1e15 { return String(Int64(seconds)) }
    return String(seconds)
}
