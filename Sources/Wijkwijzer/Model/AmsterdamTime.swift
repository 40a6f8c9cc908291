// Europe/Amsterdam: CET (UTC+1), and CEST (UTC+2) from the last Sunday of March to the last Sunday of October.

public enum AmsterdamTime {
    /// The EU rule since 1996: summer time starts at 01:00 UTC on the last Sunday of March
    /// (02:00 → 03:00 local) and ends at 01:00 UTC on the last Sunday of October (03:00 → 02:00 local).
    public static func lastSunday(month: Int, year: Int) -> CalendarDate {
        let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            ?? CalendarDate(daysSinceEpoch: 0)
        return last.adding(days: -((last.weekday.index - Weekday.sunday.index + 7) % 7))
    }

    /// Minutes east of UTC at a local date and time. The hour that does not exist in spring counts
    /// as summer time; the hour that happens twice in autumn counts as its first (summer) pass.
    public static func utcOffsetMinutes(on date: CalendarDate, at minutes: Int) -> Int {
        let start = lastSunday(month: 3, year: date.year), end = lastSunday(month: 10, year: date.year)
        if date == start { return minutes >= 120 ? 120 : 60 }
        if date == end { return minutes < 180 ? 120 : 60 }
        return start < date && date < end ? 120 : 60
    }

    /// The UTC date and minute of the day of a local date and time (minutes may be 24:00).
    public static func utc(_ date: CalendarDate, minutes: Int) -> (date: CalendarDate, minutes: Int) {
        let total = date.daysSinceEpoch * 1440 + minutes - utcOffsetMinutes(on: date, at: minutes)
        let day = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return (CalendarDate(daysSinceEpoch: day), total - day * 1440)
    }
}
