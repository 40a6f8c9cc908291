// Walk-in hours by language without JavaScript: an index of languages and one static page per language.

extension LanguageRenderer {
    /// Links to every language page, each language by its own name.
    func walkInLanguageLinks(from route: PageRoute) -> [[String: Any]] {
        LanguageContext.walkInLanguageLinks(context.site, from: route)
    }

    func walkInIndex() -> OutputFile {
        let route = PageRoute.walkInLanguages
        let data: [String: Any] = ["walkIn": ["languages": walkInLanguageLinks(from: route)]]
        return context.page(
            route, template: "walk-in-index", title: strings.text("walkin.index.title"), description: strings.text("walkin.index.intro"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    func walkInLanguage(_ code: String) -> OutputFile? {
        let route = PageRoute.walkInLanguage(code)
        let sessions = context.site.currentSessions(speaking: code)
        guard !sessions.isEmpty else { return nil }
        let name = site.nativeName(ofSpoken: code)
        let events = site.upcomingEvents().filter { $0.languages.contains { $0.value == code } }
        let title = strings.plain("walkin.language.title", ["language": name])
        let data: [String: Any] = [
            "walkIn": [
                "title": strings.html("walkin.language.title", ["language": context.languageName(code)]),
                "intro": strings.html("walkin.language.intro", ["language": context.languageName(code)]),
                "days": context.days(sessions, showTeam: true, from: route, calendarLinks: true),
                "hasEvents": !events.isEmpty,
                "events": context.events(events, from: route),
                "languages": walkInLanguageLinks(from: route).map { link -> [String: Any] in
                    var link = link
                    link["current"] = (link["code"] as? String) == code
                    return link
                },
                // The same flags by language: the list written out per language
                // (`LanguageContext.walkInList`) names them.
                "current": Dictionary(context.site.walkInLanguageCodes.map { ($0, $0 == code) }) { first, _ in first },
            ] as [String: Any],
            "script": context.scriptTexts,
        ]
        return context.page(
            route, template: "walk-in-language", title: title, description: strings.plain("walkin.language.description", ["language": name]),
            breadcrumbs: [context.homeCrumb, context.crumb("walkin.index.title", .walkInLanguages)],
            scripts: [.today], data: data, late: { [context] in context.addSessionHTML(to: &$0, namespace: "walkIn") })
    }

    /// The postcode finder's settings and texts; the script shows it only once the index has loaded.
    func postcodeFinder(from route: PageRoute) -> [String: Any] {
        [
            "index": route.toLanguageRoot + "../" + PostcodeIndex.path,
            "teams": route.toLanguageRoot + PageRoute.teams.path,
            "found": strings.text("finder.found"),
            "split": strings.text("finder.split"),
            "unknown": strings.text("finder.unknown"),
            "helps": strings.text("home.every_team_helps"),
            // Example postcodes read left to right inside right-to-left text.
            "hint": strings.html("finder.hint", ["postcode": HTML.ltr("3563"), "full_postcode": HTML.ltr("3563 AB")]),
        ]
    }
}

extension LanguageContext {
    /// The list of spoken languages on every walk-in page of a spoken language, the same on all of
    /// them (they are one depth) but for which is current: written out per language, the current
    /// one a flag of the page (`walkIn.current.<code>`, grouped into one section over
    /// `walkIn.current`: `Templates.groupPageStrings`). 76 look-ups by name a page become 20.
    static func walkInList(_ site: PreparedSite) -> [[String: Any]] {
        guard let any = site.walkInLanguageCodes.first else { return [] }
        return walkInLanguageLinks(site, from: .walkInLanguage(any)).map { link in
            link.merging([
                SectionUnroller.perPageNames: [String: String](),
                SectionUnroller.perPageFlags: ["current": "walkIn.current." + (link["code"] as? String ?? "")],
            ]) { $1 }
        }
    }

    /// Links from a page at `route` to every language page, each language by its own name.
    static func walkInLanguageLinks(_ site: PreparedSite, from route: PageRoute) -> [[String: Any]] {
        site.walkInLanguageCodes.map { code in
            ["code": code, "name": site.site.nativeName(ofSpoken: code), "href": route.toLanguageRoot + PageRoute.walkInLanguage(code).path]
        }
    }
}
