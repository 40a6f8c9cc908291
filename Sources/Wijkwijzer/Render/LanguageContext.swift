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

    /// `og:locale:alternate` for every other language with a real version of the page.
    func ogAlternates(_ route: PageRoute) -> [String] {
        var seen: Set<String> = [language.ogLocale]
        return config.languages.filter { $0.id != language.id && site.hasRealVersion(route, in: $0) }
            .map(\.ogLocale).filter { seen.insert($0).inserted }
    }

    /// The layout's `page` dictionary.
    func pageDictionary(route: PageRoute, title: String, description: String?, breadcrumbs: [(String, PageRoute)] = [],
                        scripts: [Script] = [], jsonLD: JSONValue? = nil, bodyClass: String? = nil) -> [String: Any] {
        let toLanguageRoot = route.toLanguageRoot
        let toSiteRoot = toLanguageRoot + "../"
        let switcher: [[String: Any]] = config.languages.map { other in
            let target = site.hasRealVersion(route, in: other) || other.id == language.id ? route : route.counterpart
            return [
                "href": toSiteRoot + other.prefix + "/" + target.path,
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
            "ogLocale": language.ogLocale,
            "ogLocaleAlternates": ogAlternates(route),
            "root": toSiteRoot,
            "home": toLanguageRoot.isEmpty ? "./" : toLanguageRoot,
            "stylesheet": stylesheetPath,
            "sampleData": config.sampleData,
            "switcher": switcher,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "breadcrumbs": crumbs,
            "isTranslation": !isSource,
            "bodyClass": bodyClass ?? (isEasyRead(route) ? "easy-read-page" : false),
            "noindex": { if case .compare = route { return true } else { return false } }(),
            "scripts": scripts.compactMap { site.assetPaths[$0.fileName] },
            "jsonLD": jsonLD?.encodedForScriptElement ?? false,
            "pagesStylesheet": { if case .team = route { return false as Any } else { return (site.assetPaths["pages.css"] ?? "") as Any } }(),
            "flyerStylesheet": { switch route { case .flyer, .flyersIndex: return (site.assetPaths["flyer.css"] ?? "") as Any; default: return false as Any } }(),
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
              breadcrumbs: [(String, PageRoute)] = [], scripts: [Script] = [], jsonLD: JSONValue? = nil,
              bodyClass: String? = nil, data: [String: Any]) -> OutputFile {
        var context = data
        context["t"] = translationDictionary
        context["page"] = pageDictionary(
            route: route, title: title, description: description, breadcrumbs: breadcrumbs, scripts: scripts, jsonLD: jsonLD,
            bodyClass: bodyClass)
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
