import Foundation

/// Values both peers derive the same way SessionQL does.
public enum Values {
    /// `2026-03-01T09:30:00.000Z` for epoch milliseconds (UTC, proleptic Gregorian).
    public static func iso8601(_ ms: Int64) -> String {
        let dayMs: Int64 = 86_400_000
        var days = ms / dayMs
        var rest = ms % dayMs
        if rest < 0 {
            days -= 1
            rest += dayMs
        }
        // Days since 1970-01-01 to a civil date, counted in 400-year eras from 0000-03-01.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3_600_000, 2)):"
            + "\(pad(rest / 60_000 % 60, 2)):\(pad(rest / 1000 % 60, 2)).\(pad(rest % 1000, 3))Z"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// A session's title, else its server's name, else its id; a blank title counts as none.
    public static func displayTitle(title: String?, serverName: String?, sessionId: String) -> String {
        if let title, !title.allSatisfy(\.isWhitespace) { return title }
        return serverName ?? sessionId
    }

    /// Whole seconds from the connection to the last activity, never negative; nil when
    /// either end is unknown.
    public static func durationSeconds(connectedAt: Int64?, lastActivityAt: Int64?) -> Int? {
        guard let start = connectedAt, let end = lastActivityAt else { return nil }
        return Int(max(end - start, 0) / 1000)
    }

    /// The enum label as GraphQL spells it.
    public static func enumName(_ label: String) -> String { label.uppercased() }

    /// An opaque cursor for a position `(time, id)` of a list.
    public static func cursor(time: Int64?, id: String) -> String {
        let text = "\(time ?? Int64.min):\(id)"
        return Data(text.utf8).base64EncodedString()
    }

    /// The position a cursor of `cursor(time:id:)` stands for; nil when it is not one.
    public static func position(_ cursor: String) -> (time: Int64, id: String)? {
        guard let data = Data(base64Encoded: cursor), let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":"), let time = Int64(text[..<colon])
        else { return nil }
        return (time, String(text[text.index(after: colon)...]))
    }

    /// What `Query.node(id:)` looks an id up as, told by its prefix as SessionQL tells it.
    public enum NodeKind: Sendable {
        case organization, server, user, session, toolCall, supportTicket
    }

    public static func nodeKinds(of id: String, organization: String) -> [NodeKind] {
        if id == organization { return [.organization] }
        if id.hasPrefix("mcpu_") { return [.user] }
        if id.hasPrefix("tc_") { return [.toolCall] }
        if id.hasPrefix("sr_") { return [.supportTicket] }
        if id.hasPrefix("sess_") { return [.session] }
        if id.hasPrefix("srv_") { return [.server] }
        if id.hasPrefix("org_") { return [] }
        return [.session, .server]
    }
}
