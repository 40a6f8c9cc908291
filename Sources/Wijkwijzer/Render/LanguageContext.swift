// What every page of one language shares: its strings, links to other languages, the layout's data.

import Foundation
import Mustache

/// A class: every page's renderer and closure holds it, and each copy of a struct retained its thirty
/// fields. Every field is a constant; the caches behind them have locks of their own.
final class LanguageContext: @unchecked Sendable {
    let site: PreparedSite
    let language: Language
    let strings: Strings
    /// The `t` namespace of the templates, built once per language.
    let translationDictionary: [String: Any]
    /// The flags of `page` that are the same on every page of the language (written into the
    /// templates, and in every page's `page` too).
    let pageFlags: [String: Any]
    let stylesheetPath: String
    /// The `lang` of the site's data, entered once in the source language (names of teams,
    /// wijken, buurten, places, streets, persons, roles and organisations; public-transport text),
    /// on pages whose language has another `lang`; nil on Dutch pages, where it needs no mark.
    let dataLang: String?
    /// The templates with this language's constants written in (`Templates.library(constants:)`).
    let library: TemplateSet?
    /// The same, with the values of `page` that many pages share written in too (the links to the
    /// language's and the site's root, and what depends on the kind of page: a dozen look-ups
    /// in every layout), one set per shape of page (`PageShapes`).
    let shapeLibraries: PageShapes?
    let asWritten: RendersAsWritten?
    /// The templates as written (`Templates.generic`; the tests give `Templates.whole()`).
    let writtenSet: TemplateSet

    /// Set when the build records page digests: pages equal to the last build's are kept.
    let reuse: PageReuse?
    /// The digest of the values written into `library` (the same keys of every page's context).
    let constantsDigest: Digest
    static let constantKeys: Set<String> = ["t", "icon", "urgent"]

    /// The lines of the urgent-help box (the same on every page).
    let urgentDictionary: [String: Any]
    /// What the per-page lists of languages need of each language, worked out once (`Languages`).
    let languages: Languages
    /// Lists that many pages share, made once (`SharedLists`).
    let sharedLists = SharedLists()
    /// Walk-in sessions' views, made once (`SessionViews`).
    let sessionViews = SessionViews()
    /// Each session's HTML (`session.mustache`), made once (`SessionRenderer`).
    let sessions: SessionRenderer
    /// Each list of spoken languages' badges (`language-badges.mustache`), made once.
    let badges: LanguageBadges
    /// Set by `build --template-metrics`: every render is timed.
    let metrics: TemplateMetrics?

    /// Without `specialisesTemplates` (an edit of text), and for the first `rendersAsWritten` pages,
    /// pages are made from the templates as written (one parse for every language), the same bytes.
    init(site: PreparedSite, language: Language, specialisesTemplates: Bool = true, reuse: PageReuse? = nil,
         metrics: TemplateMetrics? = nil, rendersBeforeOwnSet: Int = PageShapes.rendersBeforeOwnSet,
         sessionStore: SessionStore? = nil, rendersAsWritten: Int = 0, writtenSet: TemplateSet? = nil) {
        self.site = site
        self.language = language
        strings = Strings(language: language, site: site.site)
        translationDictionary = strings.templateDictionary()
        stylesheetPath = site.stylesheetPath
        let sourceLanguage = site.site.language(site.site.config.defaultLanguage) ?? language
        dataLang = sourceLanguage.lang == language.lang ? nil : sourceLanguage.lang
        let urgent = Self.urgent(strings)
        urgentDictionary = urgent
        let pageFlags: [String: Any] = [
            "sampleData": site.site.config.sampleData,
            "isTranslation": language.id != site.site.config.defaultLanguage,
            "hasPrivacy": !site.site.privacyPages.isEmpty,
            "hasStories": !site.site.stories.isEmpty,
        ]
        self.pageFlags = pageFlags
        // Besides the namespaces of constants, the values of `page` and `compare` that are the same
        // on every page of the language: written into the templates too, the rest left to Mustache.
        let constants: [String: Any] = [
            "t": translationDictionary, "icon": site.icons, "urgent": urgent, "dataLang": dataLang ?? false,
            "page": [
                "lang": language.lang, "dir": language.direction.rawValue, "ogLocale": language.ogLocale,
                "stylesheet": site.stylesheetPath,
                "switcher": Self.constantSwitcher(site.site.config.languages, current: language),
            ].merging(pageFlags) { $1 } as [String: Any],
            "compare": [
                "lang": language.lang, "dir": language.direction.rawValue, "name": language.name,
                "sourceLang": sourceLanguage.lang, "sourceDir": sourceLanguage.direction.rawValue, "sourceName": sourceLanguage.name,
            ],
            "walkIn": ["languages": Self.walkInList(site)],
        ]
        let languageSet = specialisesTemplates ? site.templates.library(constants: constants) : nil
        library = languageSet
        let templates = site.templates
        shapeLibraries = specialisesTemplates ? PageShapes(rendersBeforeOwnSet: rendersBeforeOwnSet) { values in
            var shapeConstants = constants
            for (namespace, shaped) in values {
                shapeConstants[namespace] = (constants[namespace] as? [String: Any] ?? [:]).merging(shaped) { $1 }
            }
            // While a shape's template is parsed, its pages render from the language's set.
            return templates.library(constants: shapeConstants, meanwhile: languageSet)
        } : nil
        self.reuse = reuse
        self.metrics = metrics
        let written = writtenSet ?? site.templates.generic
        self.writtenSet = written
        let constantsDigest = ContextDigest.of(constants) ?? Digest(high: 0, low: 0)
        self.constantsDigest = constantsDigest
        asWritten = rendersAsWritten > 0 && library != nil ? RendersAsWritten(rendersAsWritten) : nil
        // The constants' digest names `dataLang` too (the language's and the source's `lang`).
        let partials = asWritten == nil ? library ?? written : written
        let partialConstants: [String: Any] = ["t": translationDictionary, "icon": site.icons, "dataLang": dataLang ?? false]
        sessions = SessionRenderer(
            templates: partials, metrics: metrics, constants: partialConstants,
            store: sessionStore, templatesDigest: site.templates.digest, constantsDigest: constantsDigest)
        badges = LanguageBadges(site: site.site, templates: partials, constants: partialConstants, metrics: metrics)
        languages = Languages(site.site.config, current: language)
    }

    var config: SiteConfig { site.site.config }
    var isSource: Bool { language.id == config.defaultLanguage }

    func absoluteURL(_ route: PageRoute, in language: Language) -> String {
        Languages.root(of: language, config) + route.path
    }

    func alternates(_ path: String, _ real: [Bool]) -> [[String: Any]] {
        languages.alternateLanguages(real).map { ["hreflang": $0.hreflang, "href": $0.root + path] }
    }

    /// `og:locale:alternate` for every other language with a real version of the page.
    func ogAlternates(_ real: [Bool]) -> [String] {
        var seen = [languages.ogLocale]
        var result: [String] = []
        for (other, isReal) in zip(languages.all, real) where isReal && other.language.id != language.id && !seen.contains(other.ogLocale) {
            seen.append(other.ogLocale)
            result.append(other.ogLocale)
        }
        return result
    }

    // MARK: Data in another language's page

    /// Data as HTML, for data inside a sentence or beside translated words: escaped and, on a
    /// page in another language, isolated in `<bdi lang="nl">`, so a screen reader pronounces it
    /// as Dutch and it keeps its own direction in right-to-left text. An element that holds
    /// nothing but data takes its `lang` from the templates' `dataLang` instead (fewer bytes).
    func data(_ text: String) -> String {
        dataHTML(HTML.escape(text))
    }

    /// HTML that this file has escaped itself (data with a link around it), marked as `data` marks text.
    private func dataHTML(_ escaped: String) -> String {
        guard let dataLang else { return escaped }
        return "<bdi lang=\"\(HTML.escape(dataLang))\">\(escaped)</bdi>"
    }

    /// A place as HTML: its name linked to the map, then its street and city, all marked as data.
    func placeLink(_ place: Location?, orName name: String) -> String {
        guard let place else { return data(name) }
        return dataHTML("<a href=\"\(HTML.escape(place.mapURL))\">\(HTML.escape(place.name))</a>, "
            + HTML.escape("\(place.address), \(place.city)"))
    }

    /// The name of a spoken language in its own words, marked with its own `lang` where that is
    /// not the page's (Nederlands on an Arabic page, العربية on a Dutch one).
    func languageName(_ code: String) -> String {
        let name = HTML.escape(site.site.nativeName(ofSpoken: code))
        return code == language.lang ? name : "<bdi lang=\"\(HTML.escape(code))\">\(name)</bdi>"
    }

    /// A link of the breadcrumb trail: `title` is plain text; a crumb named after data (a wijk)
    /// is marked with the data's `lang`.
    struct Crumb {
        let title: String
        let route: PageRoute
        var isData = false
    }

    func crumb(_ key: String, _ route: PageRoute) -> Crumb { Crumb(title: strings.text(key), route: route) }
    var homeCrumb: Crumb { crumb("nav.home", .home) }

    /// The language switcher's items as far as they are the same on every page of the language;
    /// `href` is the page's `languageHref.<id>` (`SectionUnroller`). Empty (nothing written out)
    /// when a language id could not be part of a Mustache name.
    static func constantSwitcher(_ languages: [Language], current: Language) -> [[String: Any]] {
        guard languages.allSatisfy({ $0.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } })
        else { return [] }
        return languages.map { other in
            var item = switcherItem(other, current: current)
            item[SectionUnroller.perPageNames] = ["href": "page.languageHref.\(other.id)"]
            return item
        }
    }

    /// A switcher item's values that are the same on every page; each page adds its `href`.
    static func switcherItem(_ other: Language, current: Language) -> [String: Any] {
        ["lang": other.lang, "dir": other.direction.rawValue, "name": other.name, "current": other.id == current.id]
    }

    /// The layout's `page` dictionary.
    /// With `encodeJSONLD` false, the JSON-LD is named by its digest only (`page` writes it once it
    /// knows the page is to be rendered).
    func pageDictionary(route: PageRoute, title: String, description: String?, breadcrumbs: [Crumb] = [],
                        scripts: [Script] = [], jsonLD: JSONValue? = nil, encodeJSONLD: Bool = true, bodyClass: String? = nil,
                        real: [Bool]) -> [String: Any] {
        let toLanguageRoot = route.toLanguageRoot
        let toSiteRoot = toLanguageRoot + "../"
        let path = route.path
        let counterpartPath = route.counterpart.path
        var languageHref: [String: Any] = [:]
        let switcher: [[String: Any]] = zip(zip(config.languages, languages.switcherItems), real).map { pair, isReal in
            let (other, constantItem) = pair
            let href = toSiteRoot + other.prefix + "/" + (languages.switcherKeepsPage(other, isReal: isReal) ? path : counterpartPath)
            languageHref[other.id] = href
            // The keys of `constantSwitcher`'s items and their per-page names, no others.
            var item = constantItem
            item["href"] = href
            return item
        }
        let crumbs: [[String: Any]] = breadcrumbs.map { crumb in
            let lang: Any = crumb.isData ? (dataLang.map { $0 as Any } ?? false) : false
            return ["title": crumb.title, "href": toLanguageRoot + crumb.route.path, "lang": lang]
        }
        var page: [String: Any] = [
            "lang": language.lang,
            "dir": language.direction.rawValue,
            "title": title,
            "showSiteTitle": route != .home,
            "description": description ?? false,
            "path": path,
            "counterpartPath": counterpartPath,
            "canonical": languages.root + path,
            "alternates": alternates(path, real),
            "ogLocale": languages.ogLocale,
            "ogLocaleAlternates": ogAlternates(real),
            "root": toSiteRoot,
            "home": toLanguageRoot.isEmpty ? "./" : toLanguageRoot,
            "stylesheet": stylesheetPath,
            "switcher": switcher,
            "languageHref": languageHref,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "breadcrumbs": crumbs,
            "bodyClass": bodyClass ?? (isEasyRead(route) ? "easy-read-page" : false),
            "noindex": { if case .compare = route { return true } else { return false } }(),
            "scripts": scripts.compactMap { site.assetPaths[$0.fileName] },
            "jsonLD": jsonLD.map { encodeJSONLD ? $0.encodedForScriptElement : "json-ld \($0.digest)" } ?? false,
            "pagesStylesheet": { if case .team = route { return false as Any } else { return (site.assetPaths["pages.css"] ?? "") as Any } }(),
            "flyerStylesheet": { switch route { case .flyer, .flyersIndex: return (site.assetPaths["flyer.css"] ?? "") as Any; default: return false as Any } }(),
        ]
        page.merge(pageFlags) { $1 }
        return page
    }

    /// Information pages are easy-read in every language; an easy-read language everywhere.
    func isEasyRead(_ route: PageRoute) -> Bool {
        if language.easyRead { return true }
        switch route {
        case .info, .privacy: return true
        default: return false
        }
    }

    /// Renders `template` into the layout and returns the finished file (`rewrite`, when given,
    /// changes the finished HTML; it is the program's, so the page digest need not name it).
    /// With `reuse`, a page whose digest equals the last build's comes back as kept, unrendered.
    /// `lists` are the page's own lists that many pages share (`SharedList`); the layout's are added.
    /// Values that are costly to make and follow from others are made only for a page that is
    /// rendered: the JSON-LD (digested as a value, written as JSON only then), and what `late`
    /// adds to the context (`data` must hold what it is made from, for the digest).
    func page(_ route: PageRoute, template: String, title: String, description: String?,
              breadcrumbs: [Crumb] = [], scripts: [Script] = [], jsonLD: JSONValue? = nil,
              bodyClass: String? = nil, data: [String: Any], lists: [String: SharedList] = [:],
              rewrite: ((String) -> String)? = nil, late: ((inout [String: Any]) -> Void)? = nil) -> OutputFile {
        var context = data
        context["t"] = translationDictionary
        let real = languages.realVersions(route, in: site)
        var page = pageDictionary(
            route: route, title: title, description: description, breadcrumbs: breadcrumbs, scripts: scripts, jsonLD: jsonLD,
            encodeJSONLD: reuse == nil, bodyClass: bodyClass, real: real)
        context["page"] = page
        context["urgent"] = urgentDictionary
        // For elements that hold nothing but data: `<h1{{#dataLang}} lang="{{.}}"{{/dataLang}}>`.
        context["dataLang"] = dataLang ?? false
        context["icon"] = site.icons
        let path = language.prefix + "/" + route.file
        var source: Digest?
        if let reuse {
            source = ContextDigest.of(context, skipping: Self.constantKeys, constantsDigest: constantsDigest, template: template,
                                      templates: site.templates.digest)
            if let source, reuse.canKeep(path, source) {
                metrics?.recordKept()
                return .keeping(path, source: source)
            }
            if let jsonLD {
                page["jsonLD"] = jsonLD.encodedForScriptElement
                context["page"] = page
            }
        }
        late?(&context)
        let lists = lists.merging(layoutLists(route, page: page, real: real, breadcrumbs: breadcrumbs, hasJSONLD: jsonLD != nil)) { $1 }
        // The page and its layout from one set: its shape is worked out once.
        let templates = templates(for: context, lists: lists)
        let main = render(template, context, from: templates)
        context["main"] = main.trimmingNewlines
        var html = render("layout", context, from: templates)
        if let rewrite { html = rewrite(html) }
        return OutputFile(path: path, text: html, source: source)
    }

    /// The lists of the layout that many pages share (`SharedList`), each with a key made from what
    /// it is made of: the breadcrumbs from their titles and targets; the alternate links, `og:locale`
    /// alternates and switcher from which languages have the page (`real`), each link its language's
    /// root and then `{{page.path}}` (or, where a language lacks the page, `{{page.counterpartPath}}`);
    /// the scripts from their paths; an absent JSON-LD.
    private func layoutLists(_ route: PageRoute, page: [String: Any], real: [Bool], breadcrumbs: [Crumb],
                             hasJSONLD: Bool) -> [String: SharedList] {
        var lists: [String: SharedList] = [:]
        lists["page.breadcrumbs"] = SharedList(key: SharedLists.key(of: breadcrumbs, toLanguageRoot: route.toLanguageRoot)) {
            SharedList.constant(page["breadcrumbs"] as? [[String: Any]] ?? [])
        }
        let availability = String(real.map { $0 ? "1" : "0" })
        let alternateLanguages = languages.alternateLanguages(real), ogAlternates = ogAlternates(real)
        lists["page.alternates"] = SharedList(key: availability) {
            alternateLanguages.map { other in
                ["hreflang": other.hreflang, SectionUnroller.perPageNames: ["href": "page.path"], SectionUnroller.perPagePrefixes: ["href": other.root]]
            }
        }
        lists["page.ogLocaleAlternates"] = SharedList(key: availability) {
            ogAlternates.map { [SectionUnroller.itemText: $0, SectionUnroller.perPageNames: [String: String]()] }
        }
        let toSiteRoot = route.toLanguageRoot + "../"
        lists["page.switcher"] = SharedList(key: availability) { [languages] in
            zip(zip(languages.all, languages.switcherItems), real).map { pair, isReal in
                let (other, item) = pair
                let path = languages.switcherKeepsPage(other.language, isReal: isReal) ? "page.path" : "page.counterpartPath"
                return item.merging([
                    SectionUnroller.perPageNames: ["href": path], SectionUnroller.perPagePrefixes: ["href": toSiteRoot + other.language.prefix + "/"],
                ]) { $1 }
            }
        }
        if let scripts = page["scripts"] as? [String] {
            lists["page.scripts"] = SharedList(key: scripts.map { "\($0.utf8.count):" + $0 }.joined()) {
                scripts.map { [SectionUnroller.itemText: $0, SectionUnroller.perPageNames: [String: String]()] }
            }
        }
        if !hasJSONLD { lists["page.jsonLD"] = SharedList(key: "none") { false } }
        return lists
    }

    /// The set to render a page from: its shape's (`PageShapes`), the language's, or (for an edit
    /// of text, and the first pages of a rebuild that keeps pages) the templates as written.
    private func templates(for context: [String: Any], lists: [String: SharedList]) -> TemplateSet {
        guard let library, asWritten?.take() != true else { return writtenSet }
        return shapeLibraries?.library(for: context, lists: lists) ?? library
    }

    /// `late` for a page whose days of walk-in sessions (`namespace.days`, shown by the `sessions`
    /// partial) are rendered: gives each session its `html`, made when the template writes it.
    func addSessionHTML(to context: inout [String: Any], namespace: String) {
        guard var values = context[namespace] as? [String: Any], let days = values["days"] as? [[String: Any]] else { return }
        let renderer = sessions
        values["days"] = days.map { day -> [String: Any] in
            guard let sessions = day["sessions"] as? [[String: Any]] else { return day }
            var day = day
            day["sessions"] = sessions.map { session -> [String: Any] in
                var withHTML = session
                withHTML["html"] = LazyHTML { renderer.html(session) }
                return withHTML
            }
            return day
        }
        context[namespace] = values
    }

    private func render(_ template: String, _ context: [String: Any], from templates: TemplateSet) -> String {
        templates.render(context, withTemplate: template, metrics: metrics)
    }

    // MARK: Shared pieces

    static func urgent(_ strings: Strings) -> [String: Any] {
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

    func timeRange(_ start: TimeOfDay, _ end: TimeOfDay) -> String {
        strings.html("time.range", ["start": HTML.ltr(start.description), "end": HTML.ltr(end.description)])
    }

    /// The building's accessibility, one line of HTML per known fact.
    func accessibilityLines(_ accessibility: Accessibility) -> [String] {
        var lines: [String] = []
        let facts: [(String, Bool?)] = [
            ("step_free", accessibility.stepFree), ("lift", accessibility.lift),
            ("accessible_toilet", accessibility.accessibleToilet), ("hearing_loop", accessibility.hearingLoop),
            ("parking_disabled", accessibility.parkingDisabled),
        ]
        for (name, value) in facts {
            if let value { lines.append(strings.html("access.\(name).\(value ? "yes" : "no")")) }
        }
        if let transport = accessibility.publicTransport {
            lines.append(strings.html("access.public_transport", ["stops": data(transport)]))
        }
        return lines
    }

    /// "Speaks: …" as HTML, each language's name marked with its own `lang`.
    func speaks(_ codes: [Located<String>]) -> Any {
        guard !codes.isEmpty else { return false }
        return strings.html("team.contact.speaks", ["languages": codes.map { languageName($0.value) }.joined(separator: ", ")])
    }

    /// "Speaks: …" as plain text (for the contact card); nil when no language is known.
    func speaksText(_ codes: [Located<String>]) -> String? {
        guard !codes.isEmpty else { return nil }
        return strings.plain("team.contact.speaks", ["languages": codes.map { site.site.nativeName(ofSpoken: $0.value) }.joined(separator: ", ")])
    }
}

/// The site's languages as the pages of one language name them: computed once per language, not
/// once per page (the links to every language's root, `og:locale` codes, switcher items).
struct Languages {
    struct Other {
        let language: Language
        /// `https://…/tr/`: the language's root, absolute.
        let root: String
        let ogLocale: String
    }

    /// The page's own language, and its root, absolute.
    let current: Language
    let root: String
    let ogLocale: String
    /// Every language of the site, in its order.
    let all: [Other]
    /// The source language's place in `all`, for `x-default`.
    let sourceIndex: Int?
    /// The switcher's item of each language, in the site's order, without its `href`.
    let switcherItems: [[String: Any]]

    init(_ config: SiteConfig, current: Language) {
        func other(_ language: Language) -> Other {
            Other(language: language, root: Self.root(of: language, config), ogLocale: language.ogLocale)
        }
        all = config.languages.map(other)
        self.current = current
        root = other(current).root
        ogLocale = current.ogLocale
        sourceIndex = all.firstIndex { $0.language.id == config.defaultLanguage }
        switcherItems = config.languages.map { LanguageContext.switcherItem($0, current: current) }
    }

    /// Which of the site's languages (`all`, in the site's order) have a real (not fallback)
    /// version of the route.
    func realVersions(_ route: PageRoute, in site: PreparedSite) -> [Bool] {
        all.map { site.hasRealVersion(route, in: $0.language) }
    }

    /// Languages that have a real version of the route, for hreflang: each `hreflang` with the
    /// language's root (the page's path follows). A language whose `lang` an earlier language
    /// already uses (simple Dutch beside Dutch) is left out: two alternates with one code conflict.
    func alternateLanguages(_ real: [Bool]) -> [(hreflang: String, root: String)] {
        var used: [String] = []
        var result: [(hreflang: String, root: String)] = []
        for (other, isReal) in zip(all, real) where isReal && !used.contains(other.language.lang) {
            used.append(other.language.lang)
            result.append((other.language.lang, other.root))
        }
        if let sourceIndex, sourceIndex < real.count, real[sourceIndex] {
            result.append(("x-default", all[sourceIndex].root))
        }
        return result
    }

    /// Whether the switcher's link to `other` goes to the same page in that language (it has a
    /// real version, or it is the page's own language), not to its counterpart.
    func switcherKeepsPage(_ other: Language, isReal: Bool) -> Bool {
        isReal || other.id == current.id
    }

    /// `https://…/tr/`: a language's root, absolute.
    static func root(of language: Language, _ config: SiteConfig) -> String {
        "\(config.baseURL)/\(language.prefix)/"
    }
}
