// Days, times of day and calendar dates: parsed strictly, formatted the same on every machine.

/// A day of the week, Monday first (as in the Netherlands).
public enum Weekday: String, Sendable, CaseIterable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }
}

/// A time on the 24-hour clock, in minutes after midnight.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses exactly `H:MM` or `HH:MM`. `24:00` is allowed as the end of a day.
    public static func parse(_ text: String) -> TimeOfDay? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        if hour == 24, minute == 0 { return TimeOfDay(minutes: 24 * 60) }
        return TimeOfDay(hour: hour, minute: minute)
    }

    private init(minutes: Int) { self.minutes = minutes }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// Always `HH:MM`: the 24-hour clock is understood in every language of the site.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

/// A date without time or zone (proleptic Gregorian).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public static func parse(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The UTC date of a Unix time (SOURCE_DATE_EPOCH, a commit time).
    public init(unixTime: Int) {
        let days = unixTime >= 0 ? unixTime / 86_400 : (unixTime - 86_399) / 86_400
        self = CalendarDate(daysSinceEpoch: days)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm).
    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }

    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A phone number as written ("+31 30 099 1234"), with the forms links need.
public struct PhoneNumber: Sendable, Hashable {
    public var display: String
    /// Digits with a leading `+`, for `tel:` links.
    public var international: String

    /// Accepts digits, spaces, dashes, dots, parentheses and one leading `+`; a national
    /// number starting with a single 0 is read as Dutch (+31).
    public static func parse(_ text: String) -> PhoneNumber? {
        let allowed = Set("0123456789 -.()+")
        guard !text.isEmpty, text.allSatisfy({ allowed.contains($0) }),
              !text.dropFirst().contains("+") else { return nil }
        let digits = text.filter(\.isNumber)
        guard (3...15).contains(digits.count) else { return nil }
        let international: String
        if text.hasPrefix("+") {
            international = "+" + digits
        } else if digits.hasPrefix("00") {
            international = "+" + digits.dropFirst(2)
        } else if digits.hasPrefix("0"), digits.count == 10 {
            international = "+31" + digits.dropFirst()
        } else {
            international = digits // short service numbers such as 112 or 14 030
        }
        return PhoneNumber(display: text, international: international)
    }

    /// The `https://wa.me/` form: country code and number, digits only.
    public var whatsappDigits: String { international.filter(\.isNumber) }
}
