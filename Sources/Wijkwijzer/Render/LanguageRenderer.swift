// Every page of one language: home, teams, wijken, information pages, organisations, 404.

struct LanguageRenderer {
    let context: LanguageContext

    init(_ context: LanguageContext) { self.context = context }

    var site: Site { context.site.site }
    var strings: Strings { context.strings }

    /// The page at `route` in this language (nil for a route that names nothing).
    func render(_ route: PageRoute) -> OutputFile? {
        switch route {
        case .home: return home()
        case .teams: return teamsIndex()
        case .team(let id): return site.team(id).map(team)
        case .wijk(let id): return site.wijk(id).map(wijk)
        case .infoIndex: return infoIndex()
        case .info(let slug): return info(slug)
        case .organisations: return organisations()
        case .walkInLanguages: return walkInIndex()
        case .walkInLanguage(let code): return walkInLanguage(code)
        case .teamCalendar(let id): return site.team(id).map(CalendarRenderer(context: context).teamCalendar)
        case .wijkCalendar(let id): return site.wijk(id).map(CalendarRenderer(context: context).wijkCalendar)
        case .contactCard(let id): return site.team(id).flatMap(ContactCardRenderer(context: context).card)
        case .notFound: return notFound()
        }
    }

    // MARK: Home

    func home() -> OutputFile {
        let route = PageRoute.home
        let version = context.site.version(of: "home", in: context.language)
        let wijken: [[String: Any]] = site.wijken.sorted { $0.name < $1.name }.map {
            ["name": $0.name, "href": PageRoute.wijk($0.id).path]
        }
        let title = version?.page.title ?? strings.text("site.title")
        let data: [String: Any] = [
            "home": [
                "title": title,
                "body": version.map { context.site.html(of: $0.page) } ?? "",
                "fallback": fallbackNotice(version?.language),
                "contentLang": contentLanguage(version?.language)?.lang ?? false,
                "contentDir": contentLanguage(version?.language)?.direction.rawValue ?? false,
                "wijken": wijken,
                "days": context.days(context.allCurrentSessions, showTeam: true, from: route),
                "walkInLanguages": walkInLanguageLinks(from: route),
                "infoPages": infoLinks(from: route),
                "finder": postcodeFinder(from: route),
            ] as [String: Any],
            "script": context.scriptTexts,
        ]
        return context.page(
            route, template: "home", title: title, description: strings.text("site.tagline"),
            scripts: [.today, .postcodeFinder], data: data)
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
        let data: [String: Any] = ["teams": ["list": list, "postcodes": rows] as [String: Any]]
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
        let events = site.upcomingEvents(inWijk: wijk.id)
        let data: [String: Any] = [
            "wijk": [
                "title": title,
                "teams": teams,
                "buurten": wijk.buurten.map(\.value),
                "postcodes": wijk.postcodes.map { String($0.value) },
                "hasPartners": !wijk.partners.isEmpty,
                "calendarHref": route.toLanguageRoot + PageRoute.wijkCalendar(wijk.id).path,
                "hasEvents": !events.isEmpty,
                "events": context.events(events, from: route),
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
                "cardHref": route.toLanguageRoot + PageRoute.contactCard(team.id).path,
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

    func info(_ slug: String) -> OutputFile? {
        let route = PageRoute.info(slug)
        guard let version = context.site.version(of: slug, in: context.language) else { return nil }
        let content = contentLanguage(version.language)
        let data: [String: Any] = [
            "info": [
                "title": version.page.title,
                "body": context.site.html(of: version.page),
                "fallback": fallbackNotice(version.language),
                "contentLang": content?.lang ?? false,
                "contentDir": content?.direction.rawValue ?? false,
                "others": infoLinks(from: route).filter { ($0["slug"] as? String) != slug },
            ] as [String: Any],
        ]
        return context.page(
            route, template: "info", title: version.page.title, description: version.page.description,
            breadcrumbs: [(strings.text("nav.home"), .home), (strings.text("info.title"), .infoIndex)], data: data)
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
