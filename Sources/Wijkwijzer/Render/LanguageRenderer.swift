// Every page of one language: home, teams, wijken, information pages, organisations, 404.

struct LanguageRenderer {
    let context: LanguageContext

    init(_ context: LanguageContext) { self.context = context }

    var site: Site { context.site.site }
    var strings: Strings { context.strings }

    /// The files of the page at `route` in this language (none for a route that names nothing).
    func render(_ route: PageRoute) -> [OutputFile] {
        switch route {
        case .home: return [home()]
        case .teams: return [teamsIndex()]
        case .team(let id): return site.team(id).map { [team($0)] } ?? []
        case .wijk(let id): return site.wijk(id).map { [wijk($0)] } ?? []
        case .infoIndex: return [infoIndex()]
        case .info(let slug): return info(slug)
        case .compare(let slug): return compare(slug).map { [$0] } ?? []
        case .organisations: return [organisations()]
        case .pictograms: return [pictogramCredits()]
        case .walkInLanguages: return [walkInIndex()]
        case .walkInLanguage(let code): return walkInLanguage(code).map { [$0] } ?? []
        case .teamCalendar(let id): return site.team(id).map { [CalendarRenderer(context: context).teamCalendar($0)] } ?? []
        case .wijkCalendar(let id): return site.wijk(id).map { [CalendarRenderer(context: context).wijkCalendar($0)] } ?? []
        case .contactCard(let id): return site.team(id).flatMap(ContactCardRenderer(context: context).card).map { [$0] } ?? []
        case .flyersIndex: return [FlyerRenderer(context).index()]
        case .flyer(let id): return site.wijk(id).map { [FlyerRenderer(context).flyer($0)] } ?? []
        case .stories: return [storiesIndex()]
        case .storyTheme(let id): return storyTheme(id)
        case .story(let slug): return story(slug)
        case .accessibility: return [] // rendered last, with the page count: `accessibility(_:)`
        case .privacy: return privacy()
        case .notFound: return [notFound()]
        }
    }

    // MARK: Home

    func home() -> OutputFile {
        let route = PageRoute.home
        let version = context.site.version(of: "home", in: context.language)
        let title = version?.page.title ?? strings.text("site.title")
        let data: [String: Any] = [
            "home": [
                "title": title,
                "body": version.map { context.site.html(of: $0.page) } ?? "",
                "fallback": fallbackNotice(version?.language),
                "contentLang": contentLanguage(version?.language)?.lang ?? false,
                "contentDir": contentLanguage(version?.language)?.direction.rawValue ?? false,
                "wijken": homeWijken(from: route),
                "meetings": priorityMeetings(from: route),
                "stories": newestStories(from: route, titleKey: "home.stories.title", [:]),
                "days": context.days(context.allCurrentSessions, showTeam: true, from: route),
                "walkInLanguages": walkInLanguageLinks(from: route),
                "infoPages": infoLinks(from: route),
                "finder": postcodeFinder(from: route),
            ] as [String: Any],
            "script": context.scriptTexts,
        ]
        return context.page(
            route, template: "home", title: title, description: strings.text("site.tagline"),
            scripts: [.today, .postcodeFinder], data: data, late: { [context] in context.addSessionHTML(to: &$0, namespace: "home") })
    }

    // MARK: Teams

    func teamsIndex() -> OutputFile {
        let route = PageRoute.teams
        let teams = site.teams.sorted { $0.name < $1.name }
        let list: [[String: Any]] = teams.map { team in
            [
                "name": team.name, "href": PageRoute.team(team.id).path.replacingOccurrences(of: "buurtteams/", with: ""),
                "wijk": site.wijk(team.wijk.value)?.name ?? team.wijk.value,
                "postcodes": team.postcodes.map { String($0.value) },
                "buurten": team.buurten.map(\.value),
            ]
        }
        var byPostcode: [Int: [Team]] = [:]
        for team in teams {
            for postcode in team.postcodes { byPostcode[postcode.value, default: []].append(team) }
        }
        let rows: [[String: Any]] = byPostcode.keys.sorted().map { postcode in
            let serving = byPostcode[postcode] ?? []
            return [
                "postcode": String(postcode),
                "teams": serving.enumerated().map { index, team in
                    let ranges = team.postcodeRanges.filter { $0.pc4 == postcode }.map {
                        strings.html("postcode.range", ["from": HTML.ltr($0.fromText), "until": HTML.ltr($0.untilText)])
                    }
                    return ["name": team.name, "href": "\(team.id)/", "last": index == serving.count - 1, "ranges": ranges] as [String: Any]
                },
            ]
        }
        let data: [String: Any] = [
            "teams": ["list": list, "postcodes": rows, "count": strings.pluralHTML("teams.count", count: teams.count)] as [String: Any],
        ]
        return context.page(
            route, template: "teams", title: strings.text("teams.title"), description: strings.text("teams.intro"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    // MARK: Wijken and organisations

    func wijk(_ wijk: Wijk) -> OutputFile {
        let route = PageRoute.wijk(wijk.id)
        let teams: [[String: Any]] = site.teams(in: wijk).sorted { $0.name < $1.name }.map { team in
            let office = site.location(team.office.value)
            return [
                "name": team.name, "href": route.toLanguageRoot + PageRoute.team(team.id).path,
                "address": office.map { "\($0.address), \($0.city)" } ?? "",
                "phone": context.phone(team.phone),
                "postcodes": team.postcodes.map { String($0.value) },
            ]
        }
        let title = strings.plain("wijk.title", ["wijk": wijk.name])
        let events = site.upcomingEvents(inWijk: wijk.id)
        let data: [String: Any] = [
            "wijk": [
                "title": strings.html("wijk.title", ["wijk": context.data(wijk.name)]),
                "teams": teams,
                "teamsCount": strings.pluralHTML("wijk.teams.count", count: teams.count),
                "buurten": wijk.buurten.map(\.value),
                "postcodes": wijk.postcodes.map { String($0.value) },
                "hasPartners": !wijk.partners.isEmpty,
                "calendarHref": route.toLanguageRoot + PageRoute.wijkCalendar(wijk.id).path,
                "hasEvents": !events.isEmpty,
                "events": context.events(events, from: route),
                "flyerHref": route.toLanguageRoot + PageRoute.flyer(wijk.id).path,
                "voice": voice(for: wijk),
                "stories": newestStories(wijk: wijk.id, from: route, titleKey: "wijk.stories.title", ["wijk": wijk.name]),
            ] as [String: Any],
            "partners": partners(wijk.partners),
        ]
        return context.page(
            route, template: "wijk", title: title, description: strings.text("home.every_team_helps"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    func partners(_ partners: [Partner]) -> [[String: Any]] {
        partners.map { partner in
            [
                "name": partner.name,
                "kind": strings.text("partner.kind.\(partner.kind)"),
                "hasLanguages": !partner.languages.isEmpty,
                "languages": context.badges.list(partner.languages),
                "languageBadges": context.badges.html(partner.languages),
                "phone": context.phone(partner.phone),
                "email": partner.email ?? false,
                "website": partner.website ?? false,
            ]
        }
    }

    func organisations() -> OutputFile {
        let route = PageRoute.organisations
        let contacts: [[String: Any]] = site.teams.sorted { $0.name < $1.name }.compactMap { team in
            guard let person = team.contact else { return nil }
            return [
                "team": team.name, "href": route.toLanguageRoot + PageRoute.team(team.id).path,
                "name": person.name ?? false, "role": person.role ?? false,
                "phone": context.phone(person.phone), "email": person.email ?? false,
                "speaks": context.speaks(person.languages),
                "cardHref": route.toLanguageRoot + PageRoute.contactCard(team.id).path,
            ]
        }
        let wijken: [[String: Any]] = site.wijken.sorted { $0.name < $1.name }.filter { !$0.partners.isEmpty }.map { wijk in
            ["name": wijk.name, "href": route.toLanguageRoot + PageRoute.wijk(wijk.id).path, "partners": partners(wijk.partners)]
        }
        let data: [String: Any] = ["organisations": ["contacts": contacts, "wijken": wijken] as [String: Any]]
        return context.page(
            route, template: "organisations", title: strings.text("org.title"), description: strings.text("org.intro"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    // MARK: Information pages

    /// An information page, and its recording when the version shown has one.
    func info(_ slug: String) -> [OutputFile] {
        let route = PageRoute.info(slug)
        guard let version = context.site.version(of: slug, in: context.language) else { return [] }
        let content = contentLanguage(version.language)
        let recording = site.audio(for: version.page)
        let audioName = recording.map { "luister.\($0.format.rawValue)" }
        var audio: Any = false
        if let recording, let audioName {
            let lang: Any = content?.lang ?? false
            audio = ["src": audioName, "type": recording.format.mimeType, "label": strings.text("audio.listen"), "lang": lang]
        }
        var info = proseFields(version)
        // At most 12 others: a site with thousands of information pages would otherwise grow with
        // the square of their number (the index page lists them all).
        let others = infoLinks(from: route, excluding: slug, limit: Self.otherInfoPages)
        info["others"] = others.links
        info["compareHref"] = context.site.hasRealVersion(.compare(slug), in: context.language) ? "vergelijk/" : false
        info["stale"] = staleNotice(version.page, route: route)
        info["audio"] = audio
        let data: [String: Any] = ["info": info]
        let page = context.page(
            route, template: "info", title: version.page.title, description: version.page.description,
            breadcrumbs: [context.homeCrumb, context.crumb("info.title", .infoIndex)], data: data,
            lists: ["info.others": SharedList(key: others.key) { SharedList.constant(others.links) }])
        guard let recording, let audioName else { return [page] }
        let folder = (page.path as NSString).deletingLastPathComponent
        return [page, OutputFile(path: folder + "/" + audioName, bytes: recording.bytes)]
    }

    /// What every prose page shows: its title and text, and when the text is another language's,
    /// the notice and that language's `lang` and `dir`.
    func proseFields(_ version: (page: Page, language: Language)) -> [String: Any] {
        let content = contentLanguage(version.language)
        return [
            "title": version.page.title,
            "body": context.site.html(of: version.page),
            "fallback": fallbackNotice(version.language),
            "contentLang": content?.lang ?? false,
            "contentDir": content?.direction.rawValue ?? false,
        ]
    }

    /// The translation and its Dutch source side by side, block by block, each in its own
    /// language and direction (stacked on a phone by the stylesheet).
    func compare(_ slug: String) -> OutputFile? {
        let route = PageRoute.compare(slug)
        let source = site.config.defaultLanguage
        let versions = context.site.pagesBySlug[slug] ?? []
        guard let translation = versions.first(where: { $0.languageID == context.language.id }),
              let original = versions.first(where: { $0.languageID == source }),
              let sourceLanguage = site.language(source) else { return nil }
        // The blocks were rendered for the page one folder up: their relative links get one more "../".
        let mine = context.site.blocks(of: translation).map(Self.oneFolderDeeper)
        let theirs = context.site.blocks(of: original).map(Self.oneFolderDeeper)
        let rows: [[String: Any]] = (0..<max(mine.count, theirs.count)).map { index in
            [
                "translation": index < mine.count ? mine[index] : "",
                "source": index < theirs.count ? theirs[index] : "",
            ]
        }
        let title = strings.plain("compare.title", ["title": translation.title])
        let data: [String: Any] = [
            "compare": [
                "title": title, "rows": rows,
                "lang": context.language.lang, "dir": context.language.direction.rawValue, "name": context.language.name,
                "sourceLang": sourceLanguage.lang, "sourceDir": sourceLanguage.direction.rawValue, "sourceName": sourceLanguage.name,
            ] as [String: Any],
        ]
        return context.page(
            route, template: "compare", title: title, description: translation.description,
            breadcrumbs: [context.homeCrumb, context.crumb("info.title", .infoIndex), LanguageContext.Crumb(title: translation.title, route: .info(slug))],
            data: data)
    }

    /// Adds `../` to every relative `href` of rendered HTML.
    static func oneFolderDeeper(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            let marker = Array("href=\"".utf8)
            let quote = UInt8(ascii: "\"")
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 64)
            var copied = 0
            var index = 0
            while let found = bytes[index...].firstIndex(of: marker[0]) {
                index = found + 1
                guard found + marker.count <= bytes.count, bytes[found..<found + marker.count].elementsEqual(marker) else { continue }
                let target = found + marker.count
                let end = bytes[target...].firstIndex(of: quote) ?? bytes.count
                let first = target < end ? bytes[target] : quote
                let absolute = first == UInt8(ascii: "/") || first == UInt8(ascii: "#") || bytes[target..<end].contains(UInt8(ascii: ":"))
                if !absolute {
                    result.append(contentsOf: bytes[copied..<target])
                    result += "../".utf8
                    copied = target
                }
                index = target
            }
            result.append(contentsOf: bytes[copied...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    func infoIndex() -> OutputFile {
        let route = PageRoute.infoIndex
        let data: [String: Any] = ["infoIndex": ["pages": infoLinks(from: route)]]
        return context.page(
            route, template: "info-index", title: strings.text("info.title"), description: strings.text("info.intro"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    static let otherInfoPages = 12

    /// Links to every information page, titled in the language they will be shown in.
    func infoLinks(from route: PageRoute) -> [[String: Any]] {
        infoLinks(from: route, excluding: nil, limit: .max).links
    }

    /// The links, and a key that is the same for the same links (`SharedLists`): the depth, and the
    /// page left out when it was among them (most pages link to the same first dozen).
    func infoLinks(from route: PageRoute, excluding excluded: String?, limit: Int) -> (links: [[String: Any]], key: String) {
        var chosen: [(slug: String, page: Page, language: Language)] = []
        var leftOut = ""
        // Stops at the limit: an information page lists a dozen of thousands (was a walk over all of them for each page).
        for slug in context.site.infoSlugs {
            if chosen.count >= limit { break }
            guard let version = context.site.version(of: slug, in: context.language) else { continue }
            if slug == excluded {
                leftOut = slug
                continue
            }
            chosen.append((slug, version.page, version.language))
        }
        let toLanguageRoot = route.toLanguageRoot
        let key = "\(limit)\u{0}\(toLanguageRoot.utf8.count)\u{0}" + toLanguageRoot + "\u{0}" + leftOut
        let links = context.sharedLists.list(key) {
            chosen.map { slug, page, language in
                [
                    "slug": slug,
                    "title": page.title,
                    "description": page.description ?? false,
                    "href": toLanguageRoot + PageRoute.info(slug).path,
                    "lang": contentLanguage(language)?.lang ?? false,
                ]
            }
        }
        return (links, key)
    }

    /// Every pictogram with its text alternative, author and licence (from the manifests).
    func pictogramCredits() -> OutputFile {
        let route = PageRoute.pictograms
        let rows: [[String: Any]] = context.site.pictograms.names.compactMap { name in
            guard let pictogram = context.site.pictograms[name] else { return nil }
            let label = strings.text("picto.\(name)")
            return [
                "picture": pictogram.html(label: label), "label": label, "name": name,
                "author": context.data(pictogram.author), "licence": pictogram.licence, "source": pictogram.source ?? false,
            ]
        }
        let data: [String: Any] = ["credits": ["rows": rows]]
        return context.page(
            route, template: "credits", title: strings.text("credits.title"), description: strings.text("credits.intro"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    func notFound() -> OutputFile {
        // The 404 page is served at any depth, so its links are absolute paths from the site root.
        let prefix = "/" + context.language.prefix + "/"
        return context.page(.notFound, template: "notfound", title: strings.text("notfound.title"), description: nil, data: [:]) {
            $0.replacingOccurrences(of: "href=\"./", with: "href=\"\(prefix)").replacingOccurrences(of: "href=\"../", with: "href=\"/")
        }
    }

    /// When the source changed after this translation was made: a note linking to the source.
    func staleNotice(_ page: Page, route: PageRoute) -> Any {
        guard site.freshness(of: page) == .stale, let source = site.language(site.config.defaultLanguage) else { return false }
        return ["href": route.toLanguageRoot + "../" + source.prefix + "/" + route.path, "lang": source.lang]
    }

    // MARK: Fallbacks

    /// The language of the content when it differs from the page's language.
    func contentLanguage(_ shown: Language?) -> Language? {
        guard let shown, shown.id != context.language.id else { return nil }
        return shown
    }

    func fallbackNotice(_ shown: Language?) -> Any {
        guard let shown = contentLanguage(shown) else { return false }
        return ["text": strings.plain("notice.fallback", ["language": shown.name])]
    }
}

import Foundation
