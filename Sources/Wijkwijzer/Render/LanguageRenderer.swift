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
        case .organisations: return [organisations()]
        case .pictograms: return [pictogramCredits()]
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
        let allSessions = site.teams.flatMap { team in team.sessions.map { (team, $0) } }
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
                "days": context.days(allSessions, showTeam: true, from: route),
                "infoPages": infoLinks(from: route),
            ] as [String: Any],
        ]
        return context.page(route, template: "home", title: title, description: strings.text("site.tagline"), data: data)
    }

    // MARK: Teams

    func team(_ team: Team) -> OutputFile {
        let route = PageRoute.team(team.id)
        let wijk = site.wijk(team.wijk.value)
        let office = site.location(team.office.value)
        let officeData: [String: Any] = [
            "name": office?.name ?? "",
            "address": office?.address ?? "",
            "postcode": office?.postcode ?? "",
            "city": office?.city ?? "",
            "mapURL": office?.mapURL ?? "",
            "accessibility": office.map { context.accessibilityLines($0.accessibility) } ?? [],
        ]
        let parts: [[String: Any]] = team.parts.map { part in
            [
                "name": strings.text("team.part.\(part.kind.rawValue).name"),
                "about": strings.text("team.part.\(part.kind.rawValue).about"),
                "phone": context.phone(part.phone),
                "email": part.email ?? false,
            ]
        }
        var contact: Any = false
        if let person = team.contact {
            contact = [
                "name": person.name ?? false, "role": person.role ?? false,
                "phone": context.phone(person.phone), "email": person.email ?? false,
                "speaks": context.speaks(person.languages),
            ] as [String: Any]
        }
        let wijkName = wijk?.name ?? team.wijk.value
        let data: [String: Any] = [
            "team": [
                "name": team.name,
                "inWijk": strings.plain("team.in_wijk", ["wijk": wijkName]),
                "wijkHref": route.toLanguageRoot + PageRoute.wijk(team.wijk.value).path,
                "phone": context.phone(team.phone),
                "whatsapp": context.phone(team.whatsapp),
                "email": team.email ?? false,
                "office": officeData,
                "hasSessions": !team.sessions.isEmpty,
                "days": context.days(team.sessions.map { (team, $0) }, showTeam: false, from: route),
                "checked": team.walkInChecked.map { strings.plain("team.walk_in.checked", ["date": strings.date($0.value)]) } ?? false,
                "hasParts": !parts.isEmpty,
                "parts": parts,
                "buurten": team.buurten.map(\.value),
                "postcodes": team.postcodes.map { String($0.value) },
                "contact": contact,
                "stories": newestStories(team: team.id, from: route, titleKey: "team.stories.title", [:]),
            ] as [String: Any],
        ]
        var crumbs: [(String, PageRoute)] = [(strings.text("nav.home"), .home)]
        if let wijk { crumbs.append((wijk.name, .wijk(wijk.id))) }
        let description = strings.plain("team.in_wijk", ["wijk": wijkName])
        return context.page(route, template: "team", title: team.name, description: description, breadcrumbs: crumbs, data: data)
    }

    func teamsIndex() -> OutputFile {
        let route = PageRoute.teams
        let teams = site.teams.sorted { $0.name < $1.name }
        let list: [[String: Any]] = teams.map { team in
            [
                "name": team.name, "href": PageRoute.team(team.id).path.replacingOccurrences(of: "buurtteams/", with: ""),
                "wijk": site.wijk(team.wijk.value)?.name ?? team.wijk.value,
                "postcodes": team.postcodes.map { String($0.value) },
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
                    ["name": team.name, "href": "\(team.id)/", "last": index == serving.count - 1] as [String: Any]
                },
            ]
        }
        let data: [String: Any] = [
            "teams": ["list": list, "postcodes": rows, "count": strings.pluralHTML("teams.count", count: teams.count)] as [String: Any],
        ]
        return context.page(
            route, template: "teams", title: strings.text("teams.title"), description: strings.text("teams.intro"),
            breadcrumbs: [(strings.text("nav.home"), .home)], data: data)
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
        let data: [String: Any] = [
            "wijk": [
                "title": title,
                "teams": teams,
                "teamsCount": strings.pluralHTML("wijk.teams.count", count: teams.count),
                "buurten": wijk.buurten.map(\.value),
                "postcodes": wijk.postcodes.map { String($0.value) },
                "hasPartners": !wijk.partners.isEmpty,
                "voice": voice(for: wijk),
                "stories": newestStories(wijk: wijk.id, from: route, titleKey: "wijk.stories.title", ["wijk": wijk.name]),
            ] as [String: Any],
            "partners": partners(wijk.partners),
        ]
        return context.page(
            route, template: "wijk", title: title, description: strings.text("home.every_team_helps"),
            breadcrumbs: [(strings.text("nav.home"), .home)], data: data)
    }

    func partners(_ partners: [Partner]) -> [[String: Any]] {
        partners.map { partner in
            [
                "name": partner.name,
                "kind": strings.text("partner.kind.\(partner.kind)"),
                "hasLanguages": !partner.languages.isEmpty,
                "languages": context.languageBadges(partner.languages),
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
            ]
        }
        let wijken: [[String: Any]] = site.wijken.sorted { $0.name < $1.name }.filter { !$0.partners.isEmpty }.map { wijk in
            ["name": wijk.name, "href": route.toLanguageRoot + PageRoute.wijk(wijk.id).path, "partners": partners(wijk.partners)]
        }
        let data: [String: Any] = ["organisations": ["contacts": contacts, "wijken": wijken] as [String: Any]]
        return context.page(
            route, template: "organisations", title: strings.text("org.title"), description: strings.text("org.intro"),
            breadcrumbs: [(strings.text("nav.home"), .home)], data: data)
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
            audio = ["src": audioName, "type": recording.format.mimeType, "label": strings.text("audio.listen"),
                     "lang": content?.lang ?? false]
        }
        let data: [String: Any] = [
            "info": [
                "title": version.page.title,
                "body": context.site.html(of: version.page),
                "fallback": fallbackNotice(version.language),
                "contentLang": content?.lang ?? false,
                "contentDir": content?.direction.rawValue ?? false,
                "others": infoLinks(from: route).filter { ($0["slug"] as? String) != slug },
                "audio": audio,
            ] as [String: Any],
        ]
        let page = context.page(
            route, template: "info", title: version.page.title, description: version.page.description,
            breadcrumbs: [(strings.text("nav.home"), .home), (strings.text("info.title"), .infoIndex)], data: data)
        guard let recording, let audioName else { return [page] }
        let folder = (page.path as NSString).deletingLastPathComponent
        return [page, OutputFile(path: folder + "/" + audioName, bytes: recording.bytes)]
    }

    func infoIndex() -> OutputFile {
        let route = PageRoute.infoIndex
        let data: [String: Any] = ["infoIndex": ["pages": infoLinks(from: route)]]
        return context.page(
            route, template: "info-index", title: strings.text("info.title"), description: strings.text("info.intro"),
            breadcrumbs: [(strings.text("nav.home"), .home)], data: data)
    }

    /// Links to every information page, titled in the language they will be shown in.
    func infoLinks(from route: PageRoute) -> [[String: Any]] {
        context.site.infoSlugs.compactMap { slug in
            guard let version = context.site.version(of: slug, in: context.language) else { return nil }
            return [
                "slug": slug,
                "title": version.page.title,
                "description": version.page.description ?? false,
                "href": route.toLanguageRoot + PageRoute.info(slug).path,
                "lang": contentLanguage(version.language)?.lang ?? false,
            ]
        }
    }

    /// Every pictogram with its text alternative, author and licence (from the manifests).
    func pictogramCredits() -> OutputFile {
        let route = PageRoute.pictograms
        let rows: [[String: Any]] = context.site.pictograms.names.compactMap { name in
            guard let pictogram = context.site.pictograms[name] else { return nil }
            let label = strings.text("picto.\(name)")
            return [
                "picture": pictogram.html(label: label), "label": label, "name": name,
                "author": pictogram.author, "licence": pictogram.licence, "source": pictogram.source ?? false,
            ]
        }
        let data: [String: Any] = ["credits": ["rows": rows]]
        return context.page(
            route, template: "credits", title: strings.text("credits.title"), description: strings.text("credits.intro"),
            breadcrumbs: [(strings.text("nav.home"), .home)], data: data)
    }

    func notFound() -> OutputFile {
        // The 404 page is served at any depth, so its links are absolute paths from the site root.
        var file = context.page(.notFound, template: "notfound", title: strings.text("notfound.title"), description: nil, data: [:])
        let prefix = "/" + context.language.prefix + "/"
        file = OutputFile(path: file.path, text: file.text
            .replacingOccurrences(of: "href=\"./", with: "href=\"\(prefix)")
            .replacingOccurrences(of: "href=\"../", with: "href=\"/"))
        return file
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
