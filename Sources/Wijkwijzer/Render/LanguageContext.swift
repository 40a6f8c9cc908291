// What every page of one language shares: its strings, links to other languages, the layout's data.

struct LanguageContext {
    let site: PreparedSite
    let language: Language
    let strings: Strings
    /// The `t` namespace of the templates, built once per language.
    let translationDictionary: [String: Any]
    let stylesheetPath: String

    init(site: PreparedSite, language: Language) {
        self.site = site
        self.language = language
        strings = Strings(language: language, site: site.site)
        translationDictionary = strings.templateDictionary()
        stylesheetPath = site.stylesheetPath
    }

    var config: SiteConfig { site.site.config }
    var isSource: Bool { language.id == config.defaultLanguage }

    func absoluteURL(_ route: PageRoute, in language: Language) -> String {
        "\(config.baseURL)/\(language.prefix)/\(route.path)"
    }

    /// Languages that have a real (not fallback) version of the route, for hreflang.
    /// A language whose `lang` an earlier language already uses (simple Dutch beside Dutch)
    /// is left out: two alternates with one code conflict.
    func alternates(_ route: PageRoute) -> [[String: Any]] {
        var used = Set<String>()
        var result: [[String: Any]] = []
        for other in config.languages where site.hasRealVersion(route, in: other) && used.insert(other.lang).inserted {
            result.append(["hreflang": other.lang, "href": absoluteURL(route, in: other)])
        }
        if let defaultLanguage = site.site.language(config.defaultLanguage), site.hasRealVersion(route, in: defaultLanguage) {
            result.append(["hreflang": "x-default", "href": absoluteURL(route, in: defaultLanguage)])
        }
        return result
    }

    /// The layout's `page` dictionary.
    func pageDictionary(route: PageRoute, title: String, description: String?, breadcrumbs: [(String, PageRoute)] = []) -> [String: Any] {
        let toLanguageRoot = route.toLanguageRoot
        let toSiteRoot = toLanguageRoot + "../"
        let switcher: [[String: Any]] = config.languages.map { other in
            [
                "href": toSiteRoot + other.prefix + "/" + route.path,
                "lang": other.lang, "dir": other.direction.rawValue, "name": other.name,
                "current": other.id == language.id,
            ]
        }
        let crumbs: [[String: Any]] = breadcrumbs.map { ["title": $0.0, "href": toLanguageRoot + $0.1.path] }
        return [
            "lang": language.lang,
            "dir": language.direction.rawValue,
            "title": title,
            "showSiteTitle": route != .home,
            "description": description ?? false,
            "canonical": absoluteURL(route, in: language),
            "alternates": alternates(route),
            "ogLocale": language.lang.replacingOccurrences(of: "-", with: "_"),
            "root": toSiteRoot,
            "home": toLanguageRoot.isEmpty ? "./" : toLanguageRoot,
            "stylesheet": stylesheetPath,
            "sampleData": config.sampleData,
            "switcher": switcher,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "breadcrumbs": crumbs,
            "isTranslation": !isSource,
            "bodyClass": isEasyRead(route) ? "easy-read-page" : false,
            "hasPrivacy": !site.site.privacyPages.isEmpty,
            "hasStories": !site.site.stories.isEmpty,
        ]
    }

    /// Information pages are easy-read in every language; an easy-read language everywhere.
    func isEasyRead(_ route: PageRoute) -> Bool {
        if language.easyRead { return true }
        switch route {
        case .info, .privacy: return true
        default: return false
        }
    }

    /// Renders `template` into the layout and returns the finished file.
    func page(_ route: PageRoute, template: String, title: String, description: String?,
              breadcrumbs: [(String, PageRoute)] = [], data: [String: Any]) -> OutputFile {
        var context = data
        context["t"] = translationDictionary
        context["page"] = pageDictionary(route: route, title: title, description: description, breadcrumbs: breadcrumbs)
        context["urgent"] = urgentDictionary
        context["icon"] = site.icons
        let main = site.templates.render(template, context)
        context["main"] = main.trimmingNewlines
        let html = site.templates.render("layout", context)
        return OutputFile(path: language.prefix + "/" + route.file, text: html)
    }

    // MARK: Shared pieces

    var urgentDictionary: [String: Any] {
        [
            "emergency": strings.html("urgent.emergency", ["phone": Self.telLink("112", "112")]),
            "veiligThuis": strings.html("urgent.veilig_thuis", ["phone": Self.telLink("0800-2000", "08002000")]),
            "suicide": strings.html("urgent.suicide", ["phone": Self.telLink("113", "113"), "phone2": Self.telLink("0800-0113", "08000113")]),
        ]
    }

    static func telLink(_ display: String, _ number: String) -> String {
        "<a href=\"tel:\(HTML.escape(number))\">\(HTML.ltr(display))</a>"
    }

    func phone(_ phone: PhoneNumber?) -> Any {
        guard let phone else { return false }
        return ["display": phone.display, "international": phone.international, "digits": phone.whatsappDigits]
    }

    func languageBadges(_ codes: [Located<String>]) -> [[String: Any]] {
        codes.map { ["code": $0.value, "name": site.site.nativeName(ofSpoken: $0.value)] }
    }

    func timeRange(_ start: TimeOfDay, _ end: TimeOfDay) -> String {
        strings.html("time.range", ["start": HTML.ltr(start.description), "end": HTML.ltr(end.description)])
    }

    /// Sessions grouped by weekday, Monday first; days without sessions left out.
    func days(_ sessions: [(Team, WalkInSession)], showTeam: Bool, from route: PageRoute) -> [[String: Any]] {
        Weekday.allCases.compactMap { day -> [String: Any]? in
            let today = sessions.filter { $0.1.day == day }
                .sorted { ($0.1.start, $0.0.name) < ($1.1.start, $1.0.name) }
            guard !today.isEmpty else { return nil }
            return [
                "id": day.rawValue,
                "name": strings.dayName(day),
                "sessions": today.map { session($0.1, of: $0.0, showTeam: showTeam, from: route) },
            ]
        }
    }

    func session(_ session: WalkInSession, of team: Team, showTeam: Bool, from route: PageRoute) -> [String: Any] {
        let place = site.site.location(session.location.value)
        return [
            "time": timeRange(session.start, session.end),
            "team": showTeam ? ["name": team.name, "href": route.toLanguageRoot + PageRoute.team(team.id).path] as [String: Any] : false,
            "atOffice": session.location.value == team.office.value,
            "mapURL": place?.mapURL ?? "",
            "placeName": place?.name ?? session.location.value,
            "address": place.map { "\($0.address), \($0.city)" } ?? "",
            "languages": languageBadges(session.languages),
            "interpreter": session.interpreterByPhone,
        ]
    }

    func accessibilityLines(_ accessibility: Accessibility) -> [String] {
        var lines: [String] = []
        let facts: [(String, Bool?)] = [
            ("step_free", accessibility.stepFree), ("lift", accessibility.lift),
            ("accessible_toilet", accessibility.accessibleToilet), ("hearing_loop", accessibility.hearingLoop),
            ("parking_disabled", accessibility.parkingDisabled),
        ]
        for (name, value) in facts {
            if let value { lines.append(strings.text("access.\(name).\(value ? "yes" : "no")")) }
        }
        if let transport = accessibility.publicTransport {
            lines.append(strings.plain("access.public_transport", ["stops": transport]))
        }
        return lines
    }

    func speaks(_ codes: [Located<String>]) -> Any {
        guard !codes.isEmpty else { return false }
        let names = codes.map { site.site.nativeName(ofSpoken: $0.value) }.joined(separator: ", ")
        return strings.plain("team.contact.speaks", ["languages": names])
    }
}

import Foundation

extension String {
    /// Leading and trailing newlines removed (Foundation's trimming is slow on long strings).
    var trimmingNewlines: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != "\n" }),
              let last = scalars.lastIndex(where: { $0 != "\n" }) else { return "" }
        return String(scalars[first...last])
    }
}
