// The rules about the loaded model: references, areas, languages, freshness. All found in one pass.

public enum SiteChecker {
    /// Walk-in hours older than this (before the build date) get a warning.
    static let freshnessMonths = 6

    public static func check(_ site: Site) -> DiagnosticBag {
        // The parts read the site and nothing else: they run on all cores, and their diagnostics
        // are joined in this order, as if one had run after the other.
        let parts: [@Sendable (inout DiagnosticBag) -> Void] = [
            { checkWijken(site, &$0) }, { checkTeams(site, &$0) }, { checkPages(site, &$0) },
            { StoryChecker.check(site, &$0) }, { TranslationChecker.check(site, &$0) },
        ]
        var diagnostics = DiagnosticBag()
        for part in ParallelMap.map(Array(parts.indices), { index in
            var found = DiagnosticBag()
            parts[index](&found)
            return found
        }) {
            diagnostics.append(contentsOf: part)
        }
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
            let served = Set(team.postcodes.map(\.value))
            for range in team.postcodeRanges where !served.contains(range.pc4) {
                diagnostics.error(
                    "unknown-reference", at: range.location, "the range \(range.fromText)-\(range.untilText) is not in one of this team's postcodes",
                    hint: "add \(range.pc4) to 'postcodes:' too")
            }
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
        ScheduleChecker.check(site, &diagnostics)
    }

    private static func checkReference(_ id: Located<String>, _ site: Site, _ diagnostics: inout DiagnosticBag) {
        guard site.location(id.value) == nil else { return }
        diagnostics.error(
            "unknown-reference", at: id.location, "there is no location '\(id.value)'",
            hint: Suggestion.hint(for: id.value, in: site.locations.map(\.id), kind: "locations")
                + " (locations are the files in content/locations/)")
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
        for page in (site.homePages + site.pages).sorted(by: { $0.file < $1.file })
        where [.stale, .unstamped].contains(site.freshness(of: page)) {
            guard let original = site.source(of: page) else { continue }
            if let recorded = page.sourceHash {
                diagnostics.warning(
                    "stale-translation", at: recorded.location,
                    "\(original.file) changed after this translation was made (recorded \(recorded.value), now \(original.contentHash))",
                    hint: "update the translation, then run: wijkwijzer translations stamp \(page.file)")
            } else {
                diagnostics.warning(
                    "stale-translation", at: SourceLocation(file: page.file),
                    "this translation does not record which version of \(original.file) it translates",
                    hint: "when it matches the source, run: wijkwijzer translations stamp \(page.file)")
            }
        }
        if !site.homePages.contains(where: { $0.languageID == source }) {
            diagnostics.error(
                "missing-file", at: SourceLocation(file: "content/home/\(source).md"), "the home page has no \(source) introduction",
                hint: "add content/home/\(source).md with a title and a short introduction")
        }
    }
}
