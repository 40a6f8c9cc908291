// Success stories: the index with links per theme, one page per theme, one page per story,
// and the newest stories of a team or wijk as cards on its page.

extension PreparedSite {
    /// The source-language version of every story, newest first (then by name). Its team,
    /// wijk, themes, date and sample flag are the story's facts in every language.
    var sourceStories: [Story] {
        site.stories.filter { $0.languageID == site.config.defaultLanguage }.sorted {
            $0.date.value != $1.date.value ? $0.date.value > $1.date.value : $0.slug < $1.slug
        }
    }

    /// The themes that at least one story is about, in the fixed order of `StoryTheme`.
    var storyThemes: [StoryTheme] {
        let used = Set(sourceStories.flatMap { $0.themes.map(\.value) })
        return StoryTheme.allCases.filter { used.contains($0.rawValue) }
    }

    var storyRoutes: [PageRoute] {
        let stories = sourceStories
        guard !stories.isEmpty else { return [] }
        return [.stories] + storyThemes.map { .storyTheme($0.rawValue) } + stories.map(\.slug).sorted().map(PageRoute.story)
    }

    /// The story in `language`, or the first of its fallback chain that has it.
    func storyVersion(_ slug: String, in language: Language) -> (story: Story, language: Language)? {
        version(among: site.stories.filter { $0.slug == slug }, in: language, languageID: \.languageID)
    }
}

extension LanguageRenderer {
    /// How many stories a team or wijk page shows.
    static let storiesPerPage = 2

    func storiesIndex() -> OutputFile {
        let route = PageRoute.stories
        let stories = context.site.sourceStories
        let data: [String: Any] = [
            "stories": [
                "title": strings.text("stories.title"),
                "intro": strings.text("stories.intro"),
                "hasSamples": stories.contains(where: \.sample),
                "themes": themeLinks(from: route, current: nil),
                "hasThemes": !context.site.storyThemes.isEmpty,
                "listTitle": strings.text("stories.all"),
                "cards": storyCards(stories, from: route),
                "backHref": false,
            ] as [String: Any],
        ]
        return context.page(
            route, template: "stories", title: strings.text("stories.title"), description: strings.text("stories.intro"),
            breadcrumbs: [context.homeCrumb], data: data)
    }

    func storyTheme(_ id: String) -> [OutputFile] {
        let route = PageRoute.storyTheme(id)
        let stories = context.site.sourceStories.filter { $0.themes.contains { $0.value == id } }
        guard !stories.isEmpty else { return [] }
        let title = strings.plain("stories.theme.title", ["theme": strings.text("story.theme.\(id)")])
        let data: [String: Any] = [
            "stories": [
                "title": title,
                "intro": strings.text("stories.intro"),
                "hasSamples": stories.contains(where: \.sample),
                "themes": themeLinks(from: route, current: id),
                "hasThemes": true,
                "listTitle": false,
                "cards": storyCards(stories, from: route),
                "backHref": route.toLanguageRoot + PageRoute.stories.path,
            ] as [String: Any],
        ]
        return [context.page(
            route, template: "stories", title: title, description: strings.text("stories.intro"),
            breadcrumbs: [context.homeCrumb, context.crumb("stories.title", .stories)], data: data)]
    }

    func story(_ slug: String) -> [OutputFile] {
        let route = PageRoute.story(slug)
        guard let facts = context.site.sourceStories.first(where: { $0.slug == slug }),
              let version = context.site.storyVersion(slug, in: context.language) else { return [] }
        let content = contentLanguage(version.language)
        let themes: [[String: Any]] = facts.themes.map { theme in
            ["name": strings.text("story.theme.\(theme.value)"), "href": route.toLanguageRoot + PageRoute.storyTheme(theme.value).path]
        }
        var consent: Any = false
        if !facts.sample, let record = facts.consent {
            consent = strings.plain("story.consent", ["date": strings.date(record.date)])
        }
        let others = context.site.sourceStories.filter { $0.slug != slug }.prefix(Self.storiesPerPage)
        let data: [String: Any] = [
            "story": [
                "title": version.story.page.title,
                "body": context.site.html(of: version.story.page),
                "fallback": fallbackNotice(version.language),
                "contentLang": content?.lang ?? false,
                "contentDir": content?.direction.rawValue ?? false,
                "sample": facts.sample,
                "consent": consent,
                "team": reference(name: site.team(facts.team.value)?.name, route: .team(facts.team.value), from: route),
                "wijk": reference(name: site.wijk(facts.wijk.value)?.name, route: .wijk(facts.wijk.value), from: route),
                "themes": themes,
                "date": strings.plain("story.date", ["date": strings.date(facts.date.value)]),
                "more": storiesBlock(Array(others), titleKey: "story.more", from: route),
            ] as [String: Any],
        ]
        return [context.page(
            route, template: "story", title: version.story.page.title, description: version.story.page.description,
            breadcrumbs: [context.homeCrumb, context.crumb("stories.title", .stories)], data: data)]
    }

    /// A link to every theme with stories, with the number of stories; the current one unlinked.
    private func themeLinks(from route: PageRoute, current: String?) -> [[String: Any]] {
        let stories = context.site.sourceStories
        return context.site.storyThemes.map { theme in
            let count = stories.filter { $0.themes.contains { $0.value == theme.rawValue } }.count
            return [
                "name": strings.text("story.theme.\(theme.rawValue)"),
                "href": route.toLanguageRoot + PageRoute.storyTheme(theme.rawValue).path,
                "current": theme.rawValue == current,
                "count": strings.pluralHTML("stories.count", count: count),
            ]
        }
    }

    private func reference(name: String?, route target: PageRoute, from route: PageRoute) -> Any {
        guard let name else { return false }
        return ["name": name, "href": route.toLanguageRoot + target.path]
    }

    /// One card per story: its title and summary in the language shown, and the example mark.
    func storyCards(_ stories: [Story], from route: PageRoute) -> [[String: Any]] {
        stories.compactMap { facts in
            guard let version = context.site.storyVersion(facts.slug, in: context.language) else { return nil }
            let content = contentLanguage(version.language)
            return [
                "title": version.story.page.title,
                "summary": version.story.page.description ?? false,
                "href": route.toLanguageRoot + PageRoute.story(facts.slug).path,
                "lang": content?.lang ?? false,
                "dir": content?.direction.rawValue ?? false,
                "sample": facts.sample,
                "date": strings.date(facts.date.value),
            ]
        }
    }

    /// A section of story cards with a link to all stories, or false when there are none.
    func storiesBlock(_ stories: [Story], titleKey: String, _ values: [String: String] = [:], from route: PageRoute) -> Any {
        guard !stories.isEmpty else { return false }
        return [
            "title": strings.html(titleKey, values.mapValues(context.data)),
            "cards": storyCards(stories, from: route),
            "allHref": route.toLanguageRoot + PageRoute.stories.path,
        ] as [String: Any]
    }

    /// The newest stories of a team (or of a wijk) for its page.
    func newestStories(team: String? = nil, wijk: String? = nil, from route: PageRoute, titleKey: String, _ values: [String: String]) -> Any {
        let stories = context.site.sourceStories.filter { story in
            (team.map { story.team.value == $0 } ?? true) && (wijk.map { story.wijk.value == $0 } ?? true)
        }
        return storiesBlock(Array(stories.prefix(Self.storiesPerPage)), titleKey: titleKey, values, from: route)
    }
}
