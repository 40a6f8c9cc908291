// The privacy page and the accessibility statement. The statement's figures (pages, languages,
// kinds of page, untranslated pages, unreviewed strings) are counted by the build, never typed.

/// What the build counted, for the accessibility statement.
struct PageCensus: Sendable {
    /// Every HTML page of the site, the statements themselves and the root pages included.
    var pages: Int
    var languages: Int
    /// Kinds of page (home, team, wijk, story, …): the browser checks take one of each per language.
    var kinds: Int
}

extension LanguageRenderer {
    func privacy() -> [OutputFile] {
        let route = PageRoute.privacy
        guard let version = context.site.version(of: "privacy", in: context.language) else { return [] }
        var info = proseFields(version)
        info["others"] = infoLinks(from: route)
        info["audio"] = false
        let data: [String: Any] = ["info": info]
        return [context.page(
            route, template: "info", title: version.page.title, description: version.page.description,
            breadcrumbs: [context.homeCrumb], data: data)]
    }

    /// The accessibility statement, with the fields of the Dutch model statement.
    func accessibility(_ census: PageCensus) -> OutputFile {
        let route = PageRoute.accessibility
        let date = strings.date(site.buildDate)
        let ombudsman = "<a href=\"https://www.nationaleombudsman.nl/\">\(HTML.ltr("www.nationaleombudsman.nl"))</a>"
        let data: [String: Any] = [
            "a11y": [
                "intro": strings.html("a11y.intro", ["site": HTML.escape(strings.text("site.title")), "url": HTML.ltr(context.config.baseURL)]),
                "coverage": strings.pluralHTML("a11y.coverage", count: census.pages, ["languages": HTML.ltr(String(census.languages)), "date": HTML.escape(date)]),
                "sample": strings.pluralHTML("a11y.sample", count: census.kinds),
                "limitations": limitations(),
                "lastCheck": strings.plain("a11y.last_check", ["date": date]),
                "contact": contactActions(
                    message: strings.plain("a11y.report.message", ["url": context.config.baseURL]),
                    subject: strings.plain("a11y.report.subject")),
                "complain": strings.html("a11y.complain.text", ["link": ombudsman]),
            ] as [String: Any],
        ]
        return context.page(
            route, template: "accessibility", title: strings.text("a11y.title"), description: strings.text("a11y.description"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    /// The known limitations: the general ones, then what the build counted for this language.
    private func limitations() -> [String] {
        var lines = [strings.html("a11y.limit.automated"), strings.html("a11y.limit.external")]
        let language = context.language
        var untranslated = site.homePages.contains { $0.languageID == language.id } ? 0 : 1
        untranslated += context.site.routes.filter { route in
            switch route {
            case .info, .privacy, .story: return !context.site.hasRealVersion(route, in: language)
            default: return false
            }
        }.count
        if untranslated > 0 {
            lines.append(strings.pluralHTML("a11y.limit.fallback", count: untranslated))
        }
        if !context.isSource, let table = site.translations[context.language.id] {
            let unreviewed = table.entries.values.filter { !$0.reviewed }.count
            if unreviewed > 0 {
                lines.append(strings.pluralHTML("a11y.limit.unreviewed", count: unreviewed, ["total": HTML.ltr(String(table.entries.count))]))
            }
        }
        return lines
    }
}
