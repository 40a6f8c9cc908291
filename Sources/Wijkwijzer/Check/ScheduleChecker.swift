// Rules about walk-in schedules: validity periods, overlaps, closures, events, map coordinates.

enum ScheduleChecker {
    static func check(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        for team in site.teams {
            for session in team.sessions { checkValidity(session, site, &diagnostics) }
            for closure in team.closures { checkClosure(closure, of: team, &diagnostics) }
        }
        checkOverlaps(site, &diagnostics)
        for event in site.events { checkEvent(event, site, &diagnostics) }
        checkCoordinates(site, &diagnostics)
    }

    /// A session that is never held in its validity period, or whose last day has passed.
    private static func checkValidity(_ session: WalkInSession, _ site: Site, _ diagnostics: inout DiagnosticBag) {
        if let from = session.validFrom, let until = session.validUntil, from.value.next(session.day) > until.value {
            diagnostics.warning(
                "session-outside-validity", at: session.validFrom?.location ?? session.sourceLocation,
                "this session is on \(session.day.rawValue), but there is no \(session.day.rawValue) from \(from.value) until \(until.value)",
                hint: "check 'day:', 'from:' and 'until:'")
        } else if let until = session.validUntil, until.value < site.buildDate {
            diagnostics.warning(
                "session-outside-validity", at: until.location,
                "this session ended on \(until.value), before the build date \(site.buildDate), so it is no longer shown",
                hint: "remove the session, or correct 'until:'")
        }
    }

    /// A closure on days when the team holds no session cancels nothing: probably a wrong date.
    private static func checkClosure(_ closure: Closure, of team: Team, _ diagnostics: inout DiagnosticBag) {
        let hits = team.sessions.contains { !$0.cancelledDates(from: closure.from, through: closure.until, closures: [closure]).isEmpty }
        guard !hits else { return }
        let days = closure.isSingleDay
            ? "on \(closure.from) (a \(closure.from.weekday.rawValue))"
            : "from \(closure.from) until \(closure.until)"
        diagnostics.warning(
            "closure-without-session", at: closure.sourceLocation,
            "this closure cancels no walk-in session: the team has none \(days)",
            hint: "list only days with a walk-in session; check the date, or remove the closure")
    }

    /// Two sessions at one place at one time, on a day both are valid: one of them is probably a typo.
    private static func checkOverlaps(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        // Only sessions at the same place on the same day can overlap: compare within those
        // groups, so the check stays linear in the number of sessions.
        struct Slot: Hashable {
            let location: String
            let day: String
        }
        var all: [(team: Int, session: Int)] = []
        var groups: [Slot: [Int]] = [:]
        for (teamIndex, team) in site.teams.enumerated() {
            for (sessionIndex, session) in team.sessions.enumerated() {
                groups[Slot(location: session.location.value, day: session.day.rawValue), default: []].append(all.count)
                all.append((teamIndex, sessionIndex))
            }
        }
        for (index, entry) in all.enumerated() {
            let team = site.teams[entry.team], session = team.sessions[entry.session]
            let slot = Slot(location: session.location.value, day: session.day.rawValue)
            for otherIndex in groups[slot] ?? [] where otherIndex > index {
                let otherTeam = site.teams[all[otherIndex].team], other = otherTeam.sessions[all[otherIndex].session]
                guard other.start < session.end, session.start < other.end, periodsMeet(session, other) else { continue }
                diagnostics.warning(
                    "overlapping-sessions", at: other.sourceLocation,
                    "this session overlaps the one of \(team.id) on \(session.day.rawValue) \(session.start)–\(session.end) at '\(session.location.value)'",
                    hint: otherTeam.id == team.id ? "merge the two sessions, or correct the times" : "check the times with both teams")
            }
        }
    }

    private static func periodsMeet(_ first: WalkInSession, _ second: WalkInSession) -> Bool {
        let start = max(first.validFrom?.value ?? .distantPast, second.validFrom?.value ?? .distantPast)
        let end = min(first.validUntil?.value ?? .distantFuture, second.validUntil?.value ?? .distantFuture)
        return start <= end
    }

    private static func checkEvent(_ event: WijkEvent, _ site: Site, _ diagnostics: inout DiagnosticBag) {
        if site.wijk(event.wijk.value) == nil {
            diagnostics.error(
                "unknown-reference", at: event.wijk.location, "there is no wijk '\(event.wijk.value)'",
                hint: Suggestion.hint(for: event.wijk.value, in: site.wijken.map(\.id), kind: "wijken"))
        }
        if site.location(event.location.value) == nil {
            diagnostics.error(
                "unknown-reference", at: event.location.location, "there is no location '\(event.location.value)'",
                hint: Suggestion.hint(for: event.location.value, in: site.locations.map(\.id), kind: "locations")
                    + " (locations are the files in content/locations/)")
        }
        SiteChecker.checkLanguageCodes(event.languages, site, &diagnostics)
        let ids = site.config.languages.map(\.id)
        for title in event.titles where !ids.contains(title.languageID.value) {
            diagnostics.error(
                "unknown-language", at: title.languageID.location, "'\(title.languageID.value)' is not a language of this site",
                hint: Suggestion.closest(to: title.languageID.value, in: ids).map { "did you mean '\($0)'?" }
                    ?? "titles are given per site language: \(ids.joined(separator: ", "))")
        }
        let source = site.config.defaultLanguage
        if !event.titles.contains(where: { $0.languageID.value == source }) {
            diagnostics.error(
                "missing-field", at: event.titles.first?.languageID.location ?? event.sourceLocation,
                "this event has no title in \(source)", hint: "every title starts in \(source): add '\(source): …' under title:")
        }
        if event.date.value < site.buildDate {
            diagnostics.warning(
                "past-event", at: event.date.location,
                "this event was on \(event.date.value), before the build date \(site.buildDate), so it is no longer shown",
                hint: "remove \(event.file), or correct the date")
        }
    }

    /// Every place a resident is sent to gets a map link; without coordinates it is only an address search.
    private static func checkCoordinates(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        var used = Set(site.teams.flatMap { team in team.sessions.map(\.location.value) + [team.office.value] })
        used.formUnion(site.events.map(\.location.value))
        for location in site.locations.sorted(by: { $0.id < $1.id }) where used.contains(location.id) && location.coordinates == nil {
            diagnostics.warning(
                "missing-coordinates", at: SourceLocation(file: location.file),
                "the location '\(location.id)' has no coordinates, so its map link is only an address search",
                hint: "add coordinates: [latitude, longitude], e.g. coordinates: [52.1148, 5.1105] (openstreetmap.org shows them)")
        }
    }
}
