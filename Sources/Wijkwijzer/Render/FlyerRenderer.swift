// The printable flyers: one A4 page per wijk and language, bilingual with Dutch, and their index.

struct FlyerRenderer {
    let context: LanguageContext
    /// The source language's strings, shown below the reader's; nil when the reader reads Dutch
    /// already (Dutch itself and simple Dutch share its `lang`), so Dutch is shown once.
    let dutch: Strings?
    let dutchLanguage: Language?

    init(_ context: LanguageContext) {
        self.context = context
        let site = context.site.site
        let source = site.language(site.config.defaultLanguage)
        if let source, source.lang != context.language.lang {
            dutch = Strings(language: source, site: site)
            dutchLanguage = source
        } else {
            dutch = nil
            dutchLanguage = nil
        }
    }

    private var site: Site { context.site.site }
    private var strings: Strings { context.strings }

    // MARK: Bilingual text

    /// One text in the reader's language and, below or beside it, in Dutch: finished HTML each,
    /// with the Dutch block's own `lang` and `dir`.
    func both(_ key: String, _ values: (Strings) -> [String: String] = { _ in [:] }) -> [String: Any] {
        pair(strings.html(key, values(strings)), dutch.map { $0.html(key, values($0)) })
    }

    func pair(_ text: String, _ dutchText: String?) -> [String: Any] {
        guard let dutchText, let dutchLanguage else { return ["text": text, "dutch": false] }
        return ["text": text, "dutch": ["html": dutchText, "lang": dutchLanguage.lang, "dir": dutchLanguage.direction.rawValue]]
    }

    /// A line with a pictogram at its start (decorative: the text beside it says the same).
    func pictogramLine(_ pictogram: String, _ key: String) -> [String: Any] {
        var line = both(key)
        line["icon"] = context.site.icons[pictogram] ?? ""
        return line
    }

    /// A pictogram with a text alternative in the reader's language, standing in for a label.
    func labelledIcon(_ pictogram: String, label key: String) -> String {
        context.site.pictograms[pictogram]?.html(label: strings.text(key)) ?? ""
    }

    // MARK: The flyer

    func flyer(_ wijk: Wijk) -> OutputFile {
        let route = PageRoute.flyer(wijk.id)
        let teams = site.teams(in: wijk).sorted { $0.name < $1.name }
        let url = context.absoluteURL(.wijk(wijk.id), in: context.language)
        // The drawing is made only when the flyer is rendered (`late`); the digest names its text.
        let qrLabel = strings.plain("flyer.qr.label", ["url": url])
        let code = QRCode(url)
        let qr: Any = code == nil ? false : "qr \(url)\n\(qrLabel)"
        let oldestCheck = teams.compactMap { $0.walkInChecked?.value }.min()
        let checked: Any = oldestCheck.map { date in
            both("team.walk_in.checked") { ["date": HTML.escape($0.date(date))] }
        } ?? false
        let pdfName = FlyerFiles.pdfName(wijk: wijk.id, language: context.language)
        let data: [String: Any] = [
            "flyer": [
                // The wijk's name is data: marked in the reader's line, plain in the Dutch one.
                "title": pair(strings.html("flyer.title", ["wijk": context.data(wijk.name)]),
                              dutch?.html("flyer.title", ["wijk": HTML.escape(wijk.name)])),
                "what": [
                    pictogramLine("help", "flyer.what.help"),
                    pictogramLine("free", "flyer.what.free"),
                    pictogramLine("interpreter", "flyer.what.language"),
                ],
                "welcome": [
                    pictogramLine("no-appointment", "flyer.no_appointment"),
                    pictogramLine("trusted-person", "flyer.trusted_person"),
                ],
                "teamsTitle": both("flyer.where_when"),
                "teams": teams.map { team($0, route: route) },
                "teamCount": teams.count == 1 ? "one" : "many",
                "checked": checked,
                "hasInterpreter": teams.contains { $0.sessions.contains(where: \.interpreterByPhone) },
                "interpreterLegend": both("flyer.interpreter_legend"),
                "labels": [
                    "phone": labelledIcon("phone", label: "common.phone"),
                    "email": labelledIcon("email", label: "common.email"),
                    "website": labelledIcon("next", label: "common.website"),
                    "place": labelledIcon("location", label: "session.place"),
                    "languages": labelledIcon("language", label: "session.languages"),
                    "interpreter": labelledIcon("interpreter", label: "session.interpreter_yes"),
                ],
                "qr": qr,
                "qrCaption": both("flyer.qr.caption"),
                "url": url,
                "wijkHref": route.toLanguageRoot + PageRoute.wijk(wijk.id).path,
                "pdfHref": pdfName,
                "indexHref": route.toLanguageRoot + PageRoute.flyersIndex.path,
            ] as [String: Any],
        ]
        let title = strings.plain("flyer.page_title", ["wijk": wijk.name])
        return context.page(
            route, template: "flyer", title: title, description: strings.plain("flyer.title", ["wijk": wijk.name]),
            breadcrumbs: [context.homeCrumb, context.crumb("flyers.title", .flyersIndex)],
            bodyClass: "flyer-page", data: data,
            late: { context in
                guard let code, var flyer = context["flyer"] as? [String: Any] else { return }
                flyer["qr"] = code.svg(label: qrLabel)
                context["flyer"] = flyer
            })
    }

    /// A team on the flyer: where it is, how to call, its walk-in sessions, its contact for organisations.
    func team(_ team: Team, route: PageRoute) -> [String: Any] {
        let office = site.location(team.office.value)
        let sessions = team.sessions.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
        var contact: Any = false
        if let person = team.contact {
            contact = [
                "title": both("flyer.contact.title"),
                "name": context.data(person.name ?? person.role ?? ""),
                "phone": context.phone(person.phone),
                "email": person.email ?? false,
            ] as [String: Any]
        }
        return [
            "name": team.name,
            "office": office.map { context.data("\($0.address), \($0.postcode) \($0.city)") } ?? "",
            "phone": context.phone(team.phone),
            "sessions": sessions.map { session($0, of: team) },
            "contact": contact,
        ]
    }

    /// A walk-in session in three short lines: day and time, place, languages. At the team's own
    /// office the street is enough (the full address is at the top of the team).
    func session(_ session: WalkInSession, of team: Team) -> [String: Any] {
        let place = site.location(session.location.value)
        let atOffice = session.location.value == team.office.value
        return [
            "day": pair(HTML.escape(strings.dayName(session.day)), dutch.map { HTML.escape($0.dayName(session.day)) }),
            "time": strings.html("flyer.time_range", ["start": HTML.ltr(session.start.description), "end": HTML.ltr(session.end.description)]),
            "place": context.data(place.map { atOffice ? $0.address : "\($0.name), \($0.address)" } ?? session.location.value),
            "languages": context.badges.list(session.languages),
            "languageBadges": context.badges.html(session.languages),
            "interpreter": session.interpreterByPhone,
        ]
    }

    // MARK: The index for volunteers

    /// Every flyer by wijk and language, with print and PDF links, and how to print.
    func index() -> OutputFile {
        let route = PageRoute.flyersIndex
        let toSiteRoot = route.toLanguageRoot + "../"
        // The reader's own language first, then the others in the site's order.
        let languages = [context.language] + site.config.languages.filter { $0.id != context.language.id }
        let wijken: [[String: Any]] = site.wijken.sorted { $0.name < $1.name }.map { wijk in
            [
                "name": wijk.name,
                "flyers": languages.map { language in
                    let folder = toSiteRoot + language.prefix + "/" + PageRoute.flyer(wijk.id).path
                    return [
                        "name": language.name, "lang": language.lang, "dir": language.direction.rawValue,
                        "href": folder,
                        "pdfHref": folder + FlyerFiles.pdfName(wijk: wijk.id, language: language),
                        "pdfLabel": strings.plain("flyers.pdf_label", ["wijk": wijk.name, "language": language.name]),
                    ] as [String: Any]
                },
            ]
        }
        let data: [String: Any] = ["flyers": ["wijken": wijken, "printIcon": context.site.icons["print"] ?? ""] as [String: Any]]
        return context.page(
            route, template: "flyers", title: strings.text("flyers.title"), description: strings.text("flyers.intro"),
            breadcrumbs: [context.homeCrumb], data: data)
    }
}
