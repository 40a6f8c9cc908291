// Closures, one-off events per wijk, and which walk-in sessions take place on which day.

/// Why a team's walk-in hours do not take place: a small fixed list, translated on the pages.
public enum ClosureReason: String, Sendable, CaseIterable {
    case holiday
    case teamDay = "team-day"
    case training
    case other
}

/// One day, or a range of days, on which a team holds no walk-in session.
public struct Closure: Sendable {
    public var from: CalendarDate
    /// The last day closed (the same as `from` for a single day).
    public var until: CalendarDate
    public var reason: ClosureReason
    /// Free text in the site's default language, shown beside the reason.
    public var note: String?
    public var sourceLocation: SourceLocation

    public func contains(_ date: CalendarDate) -> Bool { from <= date && date <= until }
    public var isSingleDay: Bool { from == until }
}

/// A one-off meeting in a wijk (an information meeting with residents), in given languages.
public struct WijkEvent: Sendable {
    public var id: String
    public var wijk: Located<String>
    public var date: Located<CalendarDate>
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var location: Located<String>
    public var languages: [Located<String>]
    /// The title per site language id, in the order written.
    public var titles: [EventTitle]
    public var file: String
    public var sourceLocation: SourceLocation
}

public struct EventTitle: Sendable {
    /// A site language id (`nl`, `tr`, …).
    public var languageID: Located<String>
    public var text: String
}

extension WalkInSession {
    /// Whether the session's validity period includes `date` (its weekday aside).
    public func isValid(on date: CalendarDate) -> Bool {
        if let validFrom, date < validFrom.value { return false }
        if let validUntil, validUntil.value < date { return false }
        return true
    }

    /// Whether the session is held on `date`: its weekday, within its validity, not closed.
    public func takesPlace(on date: CalendarDate, closures: [Closure]) -> Bool {
        date.weekday == day && isValid(on: date) && !closures.contains { $0.contains(date) }
    }

    /// True when the session's last day is before `date`: it is no longer shown.
    public func hasEnded(before date: CalendarDate) -> Bool {
        guard let validUntil else { return false }
        return validUntil.value < date
    }

    /// The days in `from…through` on which the session would be held but a closure cancels it.
    public func cancelledDates(from start: CalendarDate, through end: CalendarDate, closures: [Closure]) -> [CalendarDate] {
        var dates: [CalendarDate] = []
        for closure in closures {
            var date = max(closure.from, start).next(day)
            while date <= closure.until, date <= end {
                if isValid(on: date), !dates.contains(date) { dates.append(date) }
                date = date.adding(days: 7)
            }
        }
        return dates.sorted()
    }
}

extension Team {
    /// Sessions still running on `date` (ended ones are left out of every page and calendar).
    public func currentSessions(on date: CalendarDate) -> [WalkInSession] {
        sessions.filter { !$0.hasEnded(before: date) }
    }

    /// Closures whose last day is `date` or later, earliest first.
    public func upcomingClosures(from date: CalendarDate) -> [Closure] {
        closures.filter { $0.until >= date }.sorted { ($0.from, $0.until) < ($1.from, $1.until) }
    }
}

extension CalendarDate {
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// This date when it is a `weekday`, else the first `weekday` after it.
    public func next(_ weekday: Weekday) -> CalendarDate {
        adding(days: (weekday.index - self.weekday.index + 7) % 7)
    }

    /// Bounds for open-ended periods (0001-01-01 and 9999-12-31).
    static let distantPast = CalendarDate(daysSinceEpoch: -719_162)
    static let distantFuture = CalendarDate(daysSinceEpoch: 2_932_896)

    /// `YYYYMMDD`, the basic format of calendar files.
    public var basicFormat: String { String(decoding: description.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self) }
}

import Foundation
