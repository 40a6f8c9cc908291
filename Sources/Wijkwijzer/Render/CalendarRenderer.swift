// iCalendar files (RFC 5545): the weekly walk-in sessions of a team or a wijk, and the wijk's events,
// in the reader's language, with a VTIMEZONE for Europe/Amsterdam.

struct CalendarRenderer {
    let context: LanguageContext
    /// The host of the base URL, so UIDs are globally unique and the same in every language.
    private let host: String
    /// The build date, never the clock: two builds give the same bytes.
    private let stamp: String

    init(context: LanguageContext) {
        self.context = context
        let baseURL = context.site.site.config.baseURL
        let afterScheme = baseURL.components(separatedBy: "://").last ?? baseURL
        host = afterScheme.split(separator: "/").first.map(String.init) ?? "wijkwijzer"
        stamp = ContentLines.utcDateTime(context.site.site.buildDate, minutes: 0)
    }

    private var site: Site { context.site.site }
    private var strings: Strings { context.strings }

    /// The team's sessions and the events of its wijk.
    func teamCalendar(_ team: Team) -> OutputFile {
        let sessions = team.currentSessions(on: site.buildDate).map { (team, $0) }
        let name = strings.plain("ics.calendar.team", ["team": team.name])
        return file(.teamCalendar(team.id), name: name, sessions: sessions, events: site.upcomingEvents(inWijk: team.wijk.value))
    }

    /// The sessions of every team in the wijk and the wijk's events.
    func wijkCalendar(_ wijk: Wijk) -> OutputFile {
        let sessions = site.teams(in: wijk).sorted { $0.id < $1.id }
            .flatMap { team in team.currentSessions(on: site.buildDate).map { (team, $0) } }
        let name = strings.plain("ics.calendar.wijk", ["wijk": wijk.name])
        return file(.wijkCalendar(wijk.id), name: name, sessions: sessions, events: site.upcomingEvents(inWijk: wijk.id))
    }

    private func file(_ route: PageRoute, name: String, sessions: [(Team, WalkInSession)], events: [WijkEvent]) -> OutputFile {
        var lines = ContentLines()
        lines.raw("BEGIN", "VCALENDAR")
        lines.raw("VERSION", "2.0")
        lines.text("PRODID", "-//Wijkwijzer//\(site.config.title)//\(context.language.lang.uppercased())")
        lines.raw("CALSCALE", "GREGORIAN")
        lines.raw("METHOD", "PUBLISH")
        lines.text("NAME", name)
        lines.text("X-WR-CALNAME", name)
        lines.raw("X-WR-TIMEZONE", Self.timeZoneID)
        lines.raw("REFRESH-INTERVAL;VALUE=DURATION", "P1D")
        lines.raw("X-PUBLISHED-TTL", "P1D")
        Self.addTimeZone(&lines)
        for (team, session) in sessions { addSession(session, of: team, to: &lines) }
        for event in events { addEvent(event, to: &lines) }
        lines.raw("END", "VCALENDAR")
        return OutputFile(path: context.language.prefix + "/" + route.file, text: lines.text)
    }

    private func addSession(_ session: WalkInSession, of team: Team, to lines: inout ContentLines) {
        // The first day: the session's own start, else the day its hours were checked (stable across builds).
        let anchor = session.validFrom?.value ?? team.walkInChecked?.value ?? site.buildDate
        let first = anchor.next(session.day)
        if let until = session.validUntil?.value, first > until { return }
        let place = site.location(session.location.value)
        lines.raw("BEGIN", "VEVENT")
        lines.text("UID", "inloop-\(team.id)-\(session.day.rawValue)-\(session.start.compact)-\(session.location.value)@\(host)")
        lines.raw("DTSTAMP", stamp)
        lines.raw("DTSTART;TZID=\(Self.timeZoneID)", ContentLines.localDateTime(first, session.start))
        lines.raw("DTEND;TZID=\(Self.timeZoneID)", ContentLines.localDateTime(first, session.end))
        var rule = "FREQ=WEEKLY;BYDAY=\(session.day.icsCode)"
        if let until = session.validUntil?.value {
            let last = AmsterdamTime.utc(until, minutes: session.start.minutes)
            rule += ";UNTIL=" + ContentLines.utcDateTime(last.date, minutes: last.minutes)
        }
        lines.raw("RRULE", rule)
        let cancelled = session.cancelledDates(
            from: first, through: session.validUntil?.value ?? .distantFuture, closures: team.closures)
        if !cancelled.isEmpty {
            lines.raw("EXDATE;TZID=\(Self.timeZoneID)", cancelled.map { ContentLines.localDateTime($0, session.start) }.joined(separator: ","))
        }
        lines.text("SUMMARY;LANGUAGE=\(context.language.lang)", strings.plain("ics.session.summary", ["team": team.name]))
        var description = [strings.plain("ics.session.description", ["languages": languageNames(session.languages)])]
        if session.interpreterByPhone { description.append(strings.text("session.interpreter_yes")) }
        description.append(context.absoluteURL(.team(team.id), in: context.language))
        lines.text("DESCRIPTION;LANGUAGE=\(context.language.lang)", description.joined(separator: "\n"))
        addPlace(place, id: session.location.value, to: &lines)
        lines.text("URL", context.absoluteURL(.team(team.id), in: context.language))
        lines.raw("END", "VEVENT")
    }

    private func addEvent(_ event: WijkEvent, to lines: inout ContentLines) {
        let title = context.eventTitle(event)
        let wijkName = site.wijk(event.wijk.value)?.name ?? event.wijk.value
        lines.raw("BEGIN", "VEVENT")
        lines.text("UID", "bijeenkomst-\(event.id)@\(host)")
        lines.raw("DTSTAMP", stamp)
        lines.raw("DTSTART;TZID=\(Self.timeZoneID)", ContentLines.localDateTime(event.date.value, event.start))
        lines.raw("DTEND;TZID=\(Self.timeZoneID)", ContentLines.localDateTime(event.date.value, event.end))
        lines.text("SUMMARY;LANGUAGE=\(title.language.lang)", title.text)
        let description = [
            strings.plain("ics.event.description", ["wijk": wijkName, "languages": languageNames(event.languages)]),
            context.absoluteURL(.wijk(event.wijk.value), in: context.language),
        ]
        lines.text("DESCRIPTION;LANGUAGE=\(context.language.lang)", description.joined(separator: "\n"))
        addPlace(site.location(event.location.value), id: event.location.value, to: &lines)
        lines.text("URL", context.absoluteURL(.wijk(event.wijk.value), in: context.language))
        lines.raw("END", "VEVENT")
    }

    private func addPlace(_ place: Location?, id: String, to lines: inout ContentLines) {
        guard let place else {
            lines.text("LOCATION", id)
            return
        }
        // The same words for every session and event at the place: made once per language.
        lines.text("LOCATION;LANGUAGE=\(context.language.lang)", context.sessionViews.text(.calendarPlace(id)) {
            strings.plain("ics.location", ["place": place.name, "address": place.address, "postcode": place.postcode, "city": place.city])
        })
        if let coordinates = place.coordinates {
            lines.raw("GEO", "\(coordinates.latitudeText);\(coordinates.longitudeText)")
        }
    }

    private func languageNames(_ codes: [Located<String>]) -> String {
        codes.map { site.nativeName(ofSpoken: $0.value) }.joined(separator: ", ")
    }

    static let timeZoneID = "Europe/Amsterdam"

    /// CET/CEST with the EU rules in force since 1996 (last Sunday of March and of October).
    static func addTimeZone(_ lines: inout ContentLines) {
        lines.raw("BEGIN", "VTIMEZONE")
        lines.raw("TZID", timeZoneID)
        lines.raw("X-LIC-LOCATION", timeZoneID)
        lines.raw("BEGIN", "DAYLIGHT")
        lines.raw("TZOFFSETFROM", "+0100")
        lines.raw("TZOFFSETTO", "+0200")
        lines.raw("TZNAME", "CEST")
        lines.raw("DTSTART", "19810329T020000")
        lines.raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        lines.raw("END", "DAYLIGHT")
        lines.raw("BEGIN", "STANDARD")
        lines.raw("TZOFFSETFROM", "+0200")
        lines.raw("TZOFFSETTO", "+0100")
        lines.raw("TZNAME", "CET")
        lines.raw("DTSTART", "19961027T030000")
        lines.raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        lines.raw("END", "STANDARD")
        lines.raw("END", "VTIMEZONE")
    }
}

extension Weekday {
    /// `MO`, `TU`, … as in RRULE's BYDAY.
    var icsCode: String { String(rawValue.prefix(2)).uppercased() }
}

extension TimeOfDay {
    /// `0930`, for identifiers.
    var compact: String { ContentLines.twoDigits(hour) + ContentLines.twoDigits(minute) }
}

import Foundation
