/// PostgreSQL's text forms of `date` and `timestamp`, computed without Foundation's
/// calendars so that both backends and the seeder agree to the character.
public enum CalendarText {
    static let daysFrom1970To2000: Int64 = 10_957

    /// `YYYY-MM-DD` for a day counted from 2000-01-01 (PostgreSQL's binary epoch).
    static func date(daysSince2000 days: Int64) -> String {
        date(daysSince1970: days + daysFrom1970To2000)
    }

    /// `YYYY-MM-DD` of a day counted from 1970-01-01.
    public static func date(daysSince1970 days: Int64) -> String {
        let (year, month, day) = civil(daysSince1970: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `YYYY-MM-DD HH:MM:SS[.ffffff]` for microseconds counted from 2000-01-01.
    static func timestamp(microsecondsSince2000 micros: Int64) -> String {
        timestamp(microsecondsSince1970: micros + daysFrom1970To2000 * 86_400_000_000)
    }

    /// `YYYY-MM-DD HH:MM:SS[.ffffff]` (UTC) for microseconds counted from 1970-01-01.
    public static func timestamp(microsecondsSince1970 micros: Int64) -> String {
        let perDay: Int64 = 86_400_000_000
        let days = floorDivide(micros, perDay)
        let inDay = micros - days * perDay
        let seconds = inDay / 1_000_000
        let fraction = inDay % 1_000_000
        var text = "\(date(daysSince1970: days)) \(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
        if fraction != 0 {
            var digits = pad(fraction, 6)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    /// `YYYY-MM-DD` (UTC) of an epoch-milliseconds instant.
    public static func date(epochMilliseconds ms: Int64) -> String {
        date(daysSince1970: floorDivide(ms, 86_400_000))
    }

    /// `YYYY-MM-DD HH:MM:SS[.fff]` (UTC) of an epoch-milliseconds instant.
    public static func timestamp(epochMilliseconds ms: Int64) -> String {
        timestamp(microsecondsSince1970: ms * 1000)
    }

    /// Gregorian (year, month, day) of a day number, by the days-from-civil inverse.
    public static func civil(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
