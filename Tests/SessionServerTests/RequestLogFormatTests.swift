@testable import SessionServer
import Testing

/// How the request log writes durations: milliseconds with two decimals, rounded.
struct RequestLogFormatTests {
    @Test(arguments: [
        (Duration.zero, "0.00"),
        (.microseconds(70), "0.07"),
        (.microseconds(5), "0.01"),
        (.microseconds(4), "0.00"),
        (.microseconds(12_345), "12.35"),
        (.milliseconds(1_000), "1000.00"),
        (.seconds(2) + .microseconds(100_990), "2100.99"),
    ])
    func durationsAreMillisecondsWithTwoDecimals(_ duration: Duration, _ text: String) {
        #expect(RequestLogMiddleware.milliseconds(duration) == text)
    }
}
