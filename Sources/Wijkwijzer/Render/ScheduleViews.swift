// View models of walk-in sessions, closures and events, shared by the home, team, wijk and language pages.

import Foundation

extension LanguageContext {
    /// How far ahead a list of sessions warns about closures ("closed on 25 December").
    static let closureNoticeDays = 42
    /// How far ahead the optional script knows closures, to avoid saying "open now" on a closed day.
    static let closureScriptDays = 400

    var buildDate: CalendarDate { site.site.buildDate }

    /// Sessions grouped by weekday, Monday first; days without sessions left out.
    /// Sorted by what each pair is sorted by, not by the pairs: a team is a large value, and each
    /// copy of a pair while filtering and sorting retained every field of it (10,000 copies in a
    /// clean build of the Utrecht site).
    func days(_ sessions: [(Team, WalkInSession)], showTeam: Bool, from route: PageRoute, calendarLinks: Bool = false) -> [[String: Any]] {
        let order = sessions.map { (day: $0.1.day, start: $0.1.start.minutes, team: $0.0.name) }
        return Weekday.allCases.compactMap { day -> [String: Any]? in
            let today = order.indices.filter { order[$0].day == day }
                .sorted { (order[$0].start, order[$0].team) < (order[$1].start, order[$1].team) }
            guard !today.isEmpty else { return nil }
            return [
                "id": day.rawValue,
                "name": strings.dayName(day),
                "sessions": today.map { session(sessions[$0].1, of: sessions[$0].0, showTeam: showTeam, from: route, calendarLink: calendarLinks) },
            ]
        }
    }

    /// Every current session of every team, for the city-wide lists.
    var allCurrentSessions: [(Team, WalkInSession)] { site.currentSessions }

    /// A session's view, made once per session, depth of page and flags (`SessionViews`).
    func session(_ session: WalkInSession, of team: Team, showTeam: Bool, from route: PageRoute, calendarLink: Bool = false) -> [String: Any] {
        let key = SessionViews.Key(
            source: session.sourceLocation, team: team.id, root: route.toLanguageRoot, showTeam: showTeam, calendarLink: calendarLink)
        return sessionViews.view(key) { makeSession(session, of: team, showTeam: showTeam, from: route, calendarLink: calendarLink) }
    }

    private func makeSession(_ session: WalkInSession, of team: Team, showTeam: Bool, from route: PageRoute, calendarLink: Bool) -> [String: Any] {
        let place = site.site.location(session.location.value)
        let soon = session.cancelledDates(from: buildDate, through: buildDate.adding(days: Self.closureNoticeDays), closures: team.closures)
        let known = session.cancelledDates(from: buildDate, through: buildDate.adding(days: Self.closureScriptDays), closures: team.closures)
        return [
            "time": sessionViews.text(.time(session.start.minutes, session.end.minutes)) { timeRange(session.start, session.end) },
            "start": session.start.description,
            "end": session.end.description,
            "from": session.validFrom.map { $0.value.description } ?? false,
            "until": session.validUntil.map { $0.value.description } ?? false,
            "validity": validity(session),
            "closedDates": known.isEmpty ? false : known.map(\.description).joined(separator: " "),
            "closures": soon.map { strings.plain("closure.on", ["date": strings.date($0)]) },
            "team": showTeam ? ["name": team.name, "href": route.toLanguageRoot + PageRoute.team(team.id).path] as [String: Any] : false,
            "atOffice": session.location.value == team.office.value,
            "place": sessionViews.text(.place(session.location.value)) { placeLink(place, orName: session.location.value) },
            "languages": badges.list(session.languages),
            "languageBadges": badges.html(session.languages),
            "interpreter": session.interpreterByPhone,
            "calendarHref": calendarLink ? route.toLanguageRoot + PageRoute.teamCalendar(team.id).path : false,
        ]
    }

    /// "From 13 January 2027", "Until 26 March 2027", or both; false for an open-ended session.
    func validity(_ session: WalkInSession) -> Any {
        switch (session.validFrom?.value, session.validUntil?.value) {
        case (let from?, let until?):
            return strings.plain("session.valid_between", ["from": strings.date(from), "until": strings.date(until)])
        case (let from?, nil):
            return from > buildDate ? strings.plain("session.valid_from", ["date": strings.date(from)]) : false
        case (nil, let until?):
            return strings.plain("session.valid_until", ["date": strings.date(until)])
        case (nil, nil):
            return false
        }
    }

    /// A team's closures from the build date on, as sentences ("Closed on 25 December 2026: holiday").
    func closures(of team: Team) -> [[String: Any]] {
        let source = site.site.language(config.defaultLanguage)
        return team.upcomingClosures(from: buildDate).map { closure in
            let closed = closure.isSingleDay
                ? strings.plain("closure.on", ["date": strings.date(closure.from)])
                : strings.plain("closure.range", ["from": strings.date(closure.from), "until": strings.date(closure.until)])
            return [
                "text": strings.plain("closure.with_reason", ["closed": closed, "reason": strings.text("closure.reason.\(closure.reason.rawValue)")]),
                "note": closure.note ?? false,
                "noteLang": source?.lang ?? "nl",
                "noteDir": source?.direction.rawValue ?? "ltr",
            ]
        }
    }

    /// The title of an event in this language, else the first of its fallback chain that has one.
    func eventTitle(_ event: WijkEvent) -> (text: String, language: Language) {
        for id in [language.id] + language.fallback + [config.defaultLanguage] {
            if let title = event.titles.first(where: { $0.languageID.value == id }), let titleLanguage = site.site.language(id) {
                return (title.text, titleLanguage)
            }
        }
        return (event.titles.first?.text ?? event.id, language)
    }

    func events(_ events: [WijkEvent], from route: PageRoute) -> [[String: Any]] {
        events.map { event in
            let title = eventTitle(event)
            let place = site.site.location(event.location.value)
            let other = title.language.id == language.id ? nil : title.language
            return [
                "title": title.text,
                "titleLang": other?.lang ?? false,
                "titleDir": other?.direction.rawValue ?? false,
                "when": strings.html("event.when", [
                    "day": HTML.escape(strings.dayName(event.date.value.weekday)),
                    "date": HTML.escape(strings.date(event.date.value)),
                    "time": timeRange(event.start, event.end),
                ]),
                "place": placeLink(place, orName: event.location.value),
                "languages": badges.list(event.languages),
                "languageBadges": badges.html(event.languages),
                "wijk": ["name": data(site.site.wijk(event.wijk.value)?.name ?? event.wijk.value),
                         "href": route.toLanguageRoot + PageRoute.wijk(event.wijk.value).path] as [String: Any],
            ]
        }
    }

    /// The data the optional script needs, and the texts it shows, in this language.
    var scriptTexts: [String: Any] {
        ["today": strings.text("script.today"), "openNow": strings.text("script.open_now")]
    }
}

/// A language's views of walk-in sessions (`LanguageContext.session`), each made once per session
/// (known by where it stands in its team's file), depth of page and flags: the same session is on
/// the home page, on its team's and wijk's pages and on the walk-in page of every language spoken
/// at it (1,250 views of a clean build of the Utrecht site, 68,000 instructions each: its place, its
/// hours, its closures looked up for 400 days). Shared by the threads of a build; at most `limit`
/// are kept (one not kept is made again, the same values): the Utrecht site needs about 150 a
/// language, and keeping 4,096 raised the 20,000-page scale build's peak from 142 to 197 MB.
final class SessionViews: Sendable {
    struct Key: Hashable {
        let source: SourceLocation
        let team: String
        let root: String
        let showTeam: Bool
        let calendarLink: Bool
    }

    static let limit = 256
    private let views = MadeOnce<Key, [String: Any]>(limit: SessionViews.limit)
    private let texts = MadeOnce<TextKey, String>(limit: SessionViews.limit)

    func view(_ key: Key, make: () -> [String: Any]) -> [String: Any] { views.value(key, make: make) }

    var count: Int { views.count }

    /// What many sessions share: a place's link and its words in a calendar (by the place's id),
    /// an hour range (by its minutes). Kept within the same limit.
    enum TextKey: Hashable {
        case place(String)
        case calendarPlace(String)
        case time(Int, Int)
    }

    func text(_ key: TextKey, make: () -> String) -> String { texts.value(key, make: make) }
}
