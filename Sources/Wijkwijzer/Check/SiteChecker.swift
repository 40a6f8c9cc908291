// The rules about the loaded model: references, areas, languages, freshness. All found in one pass.

public enum SiteChecker {
    /// Walk-in hours older than this (before the build date) get a warning.
    static let freshnessMonths = 6

    public static func check(_ site: Site) -> DiagnosticBag {
        var diagnostics = DiagnosticBag()
        checkWijken(site, &diagnostics)
        checkTeams(site, &diagnostics)
        checkPages(site, &diagnostics)
        StoryChecker.check(site, &diagnostics)
        TranslationChecker.check(site, &diagnostics)
        return diagnostics
    }

    /// Every language code a session, contact or partner may use: site languages and spoken languages.
    static func knownLanguageCodes(_ site: Site) -> Set<String> {
        Set(site.spokenLanguages.keys).union(site.config.languages.map(\.lang))
    }

    static func checkLanguageCodes(_ codes: [Located<String>], _ site: Site, _ diagnostics: inout DiagnosticBag) {
        let known = knownLanguageCodes(site)
        for code in codes where !known.contains(code.value) {
            diagnostics.error(
                "unknown-language", at: code.location, "'\(code.value)' is not a known language code",
                hint: Suggestion.closest(to: code.value, in: known).map { "did you mean '\($0)'?" }
                    ?? "add it with its native name to content/spoken-languages.yaml, e.g. \(code.value): …")
        }
    }

    private static func checkWijken(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        var codes: [String: String] = [:]
        for wijk in site.wijken {
            if !wijk.code.isEmpty {
                if let other = codes[wijk.code] {
                    diagnostics.error("duplicate-id", at: SourceLocation(file: wijk.file), "the wijk code '\(wijk.code)' is also used by the wijk '\(other)'")
                }
                codes[wijk.code] = wijk.id
            }
            var seen = Set<String>()
            for buurt in wijk.buurten where !seen.insert(buurt.value).inserted {
                diagnostics.error("duplicate-id", at: buurt.location, "the buurt '\(buurt.value)' is listed twice", hint: "remove one of the two lines")
            }
            for partner in wijk.partners { checkLanguageCodes(partner.languages, site, &diagnostics) }
            if site.teams(in: wijk).isEmpty, !site.teams.isEmpty {
                diagnostics.warning(
                    "wijk-without-team", at: SourceLocation(file: wijk.file), "no buurtteam serves the wijk '\(wijk.name)'",
                    hint: "set 'wijk: \(wijk.id)' in the file of the team that serves it")
            }
        }
    }

    private static func checkTeams(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        var names: [String: String] = [:]
        let freshnessLimit = site.buildDate.adding(months: -freshnessMonths)
        for team in site.teams {
            if let other = names[team.name] {
                diagnostics.error("duplicate-id", at: SourceLocation(file: team.file), "the name '\(team.name)' is also used by the team '\(other)'", hint: "give each team its own name")
            }
            names[team.name] = team.id

            let wijk = site.wijk(team.wijk.value)
            if wijk == nil {
                diagnostics.error(
                    "unknown-reference", at: team.wijk.location, "there is no wijk '\(team.wijk.value)'",
                    hint: Suggestion.hint(for: team.wijk.value, in: site.wijken.map(\.id), kind: "wijken"))
            }
            if let wijk {
                let buurten = Set(wijk.buurten.map(\.value))
                for buurt in team.buurten where !buurten.contains(buurt.value) {
                    diagnostics.error(
                        "unknown-reference", at: buurt.location, "the wijk '\(wijk.id)' has no buurt '\(buurt.value)'",
                        hint: Suggestion.hint(for: buurt.value, in: Array(buurten), kind: "buurten"))
                }
                let postcodes = Set(wijk.postcodes.map(\.value))
                for postcode in team.postcodes where !postcodes.contains(postcode.value) {
                    diagnostics.error(
                        "unknown-reference", at: postcode.location, "the postcode \(postcode.value) is not in the wijk '\(wijk.id)'",
                        hint: "add it to \(wijk.file) first, or check the digits")
                }
            }
            checkReference(team.office, site, &diagnostics)
            if let contact = team.contact { checkLanguageCodes(contact.languages, site, &diagnostics) }
            for session in team.sessions {
                checkReference(session.location, site, &diagnostics)
                checkLanguageCodes(session.languages, site, &diagnostics)
            }
            if let checked = team.walkInChecked, checked.value < freshnessLimit {
                diagnostics.warning(
                    "stale-hours", at: checked.location,
                    "these walk-in hours were last checked on \(checked.value), more than \(freshnessMonths) months before \(site.buildDate)",
                    hint: "check the hours with the team, then update 'checked:'")
            } else if team.walkInChecked == nil, !team.sessions.isEmpty {
                diagnostics.warning(
                    "stale-hours", at: SourceLocation(file: team.file), "the walk-in hours have no 'checked:' date",
                    hint: "add 'checked: YYYY-MM-DD' under walk_in: with the date the hours were confirmed")
            }
        }
        checkOverlaps(site, &diagnostics)
    }

    private static func checkReference(_ id: Located<String>, _ site: Site, _ diagnostics: inout DiagnosticBag) {
        guard site.location(id.value) == nil else { return }
        diagnostics.error(
            "unknown-reference", at: id.location, "there is no location '\(id.value)'",
            hint: Suggestion.hint(for: id.value, in: site.locations.map(\.id), kind: "locations")
                + " (locations are the files in content/locations/)")
    }

    /// Two sessions at one place at one time: one of them is probably a typo.
    private static func checkOverlaps(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        let all = site.teams.flatMap { team in team.sessions.map { (team, $0) } }
        for (index, (team, session)) in all.enumerated() {
            for (otherTeam, other) in all[(index + 1)...] where other.location.value == session.location.value
                && other.day == session.day && other.start < session.end && session.start < other.end {
                diagnostics.warning(
                    "overlapping-sessions", at: other.sourceLocation,
                    "this session overlaps the one of \(team.id) on \(session.day.rawValue) \(session.start)–\(session.end) at '\(session.location.value)'",
                    hint: otherTeam.id == team.id ? "merge the two sessions, or correct the times" : "check the times with both teams")
            }
        }
    }

    private static func checkPages(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        let source = site.config.defaultLanguage
        let sourceSlugs = Set(site.pages.filter { $0.languageID == source }.map(\.slug))
        var reported = Set<String>()
        for page in site.pages where !sourceSlugs.contains(page.slug) && reported.insert(page.slug).inserted {
            diagnostics.error(
                "missing-source", at: SourceLocation(file: page.file), "the page '\(page.slug)' has no \(source) version",
                hint: "every page starts in \(source): add content/pages/\(page.slug)/\(source).md")
        }
        if !site.homePages.contains(where: { $0.languageID == source }) {
            diagnostics.error(
                "missing-file", at: SourceLocation(file: "content/home/\(source).md"), "the home page has no \(source) introduction",
                hint: "add content/home/\(source).md with a title and a short introduction")
        }
    }
}
