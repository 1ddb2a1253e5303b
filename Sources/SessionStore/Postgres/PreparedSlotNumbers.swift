/// Numbers spelled as types, for `PreparedSlot`: `End` is 0, `Zero<N>` is 2N and `One<N>`
/// is 2N + 1, so a number's binary digits nest with the lowest outermost
/// (`PreparedSlotNumbers.type(for: 6)` is `Zero<One<One<End>>>`).
protocol PreparedSlotNumber: Sendable {
    static var number: Int { get }
}

enum PreparedSlotNumbers {
    enum End: PreparedSlotNumber {
        static var number: Int { 0 }
    }

    enum Zero<Rest: PreparedSlotNumber>: PreparedSlotNumber {
        static var number: Int { Rest.number * 2 }
    }

    enum One<Rest: PreparedSlotNumber>: PreparedSlotNumber {
        static var number: Int { Rest.number * 2 + 1 }
    }

    /// The type whose `number` is `number` (not negative).
    static func type(for number: Int) -> any PreparedSlotNumber.Type {
        var type: any PreparedSlotNumber.Type = End.self
        guard number > 0 else { return type }
        let digits = Int.bitWidth - number.leadingZeroBitCount
        for position in stride(from: digits - 1, through: 0, by: -1) {
            type = appending(number >> position & 1 == 1, to: type)
        }
        return type
    }

    private static func appending<Rest: PreparedSlotNumber>(_ one: Bool, to rest: Rest.Type) -> any PreparedSlotNumber.Type {
        one ? One<Rest>.self : Zero<Rest>.self
    }
}
