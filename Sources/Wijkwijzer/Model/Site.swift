// The whole site as plain values: config, facts entered once, prose per language, UI strings.

/// Everything `load` read, ready for `check` and `render`.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Native names of languages spoken at sessions, by BCP 47 code (site languages included).
    public var spokenLanguages: [String: String]
    public var wijken: [Wijk] { didSet { index.wijken = SiteIndex.positions(wijken.map(\.id)) } }
    /// Every team. Read by a page, it is noted as `@teams` (`InputReads`): the page shows them all.
    public var teams: [Team] {
        get {
            InputReads.note(InputReads.allTeams)
            return teamList
        }
        set {
            teamList = newValue
            index.index(newValue)
        }
    }
    private var teamList: [Team]
    public var locations: [Location] { didSet { index.locations = SiteIndex.positions(locations.map(\.id)) } }
    /// One-off meetings per wijk, from content/events/.
    public var events: [WijkEvent]
    public var pages: [Page] { didSet { index.pages = SiteIndex.groups(pages.map(\.slug)) } }
    public var homePages: [Page]
    /// The privacy page (`content/privacy/<language>.md`), slug "privacy".
    public var privacyPages: [Page] = []
    /// Success stories, one per file (a story in five languages is five values).
    public var stories: [Story] = []
    public var translations: [String: TranslationTable]
    /// Each language's plural rules, by language id.
    public var pluralRules: [String: PluralRules] = [:]
    /// Recordings of pages, by page and language.
    public var audio: [AudioFile] = []
    /// The day the build is "for": from SOURCE_DATE_EPOCH, git, or the config.
    public var buildDate: CalendarDate
    /// Positions by id, so that looking up a team, wijk or location does not scan the site
    /// (thousands of pages each looking up many would make the build quadratic).
    private var index = SiteIndex()

    public init(config: SiteConfig, spokenLanguages: [String: String], wijken: [Wijk], teams: [Team], locations: [Location],
                events: [WijkEvent], pages: [Page], homePages: [Page], privacyPages: [Page] = [], stories: [Story] = [],
                translations: [String: TranslationTable], pluralRules: [String: PluralRules] = [:], audio: [AudioFile] = [],
                buildDate: CalendarDate) {
        self.config = config
        self.spokenLanguages = spokenLanguages
        self.wijken = wijken
        self.teamList = teams
        self.locations = locations
        self.events = events
        self.pages = pages
        self.homePages = homePages
        self.privacyPages = privacyPages
        self.stories = stories
        self.translations = translations
        self.pluralRules = pluralRules
        self.audio = audio
        self.buildDate = buildDate
        index.wijken = SiteIndex.positions(wijken.map(\.id))
        index.locations = SiteIndex.positions(locations.map(\.id))
        index.index(teams)
        index.pages = SiteIndex.groups(pages.map(\.slug))
    }

    /// The source-language page a translation was made from.
    public func source(of page: Page) -> Page? {
        if page.slug == "home" { return homePages.first { $0.languageID == config.defaultLanguage } }
        for position in index.pages[page.slug] ?? [] where pages.indices.contains(position) {
            if pages[position].languageID == config.defaultLanguage { return pages[position] }
        }
        return nil
    }

    public enum Freshness: String, Sendable {
        case source, current, stale, unstamped
    }

    /// Whether a translation still matches its source: stale when the source changed after the
    /// translation was stamped; unstamped when it records no source version at all.
    public func freshness(of page: Page) -> Freshness {
        guard page.languageID != config.defaultLanguage, let source = source(of: page) else { return .source }
        guard let recorded = page.sourceHash else { return .unstamped }
        // The answer depends on the source's body (`contentHash`): noted for the running job.
        InputReads.note(source.file)
        return recorded.value == source.contentHash ? .current : .stale
    }

    public func audio(for page: Page) -> AudioFile? {
        audio.first { $0.slug == page.slug && $0.languageID == page.languageID }
    }

    public func wijk(_ id: String) -> Wijk? { index.wijken[id].map { wijken[$0] } }
    /// The team `id`, noted as its file's reader (`InputReads`).
    public func team(_ id: String) -> Team? {
        guard let position = index.teams[id], teamList.indices.contains(position) else { return nil }
        InputReads.note(teamList[position].file)
        return teamList[position]
    }
    public func location(_ id: String) -> Location? { index.locations[id].map { locations[$0] } }
    public func language(_ id: String) -> Language? { config.languages.first { $0.id == id } }
    /// The teams of a wijk, in the site's order (noted as `@teams-in:<wijk>`: `InputReads`).
    public func teams(in wijk: Wijk) -> [Team] {
        InputReads.note(InputReads.teams(in: wijk.id))
        return (index.teamsByWijk[wijk.id] ?? []).compactMap { teamList.indices.contains($0) ? teamList[$0] : nil }
    }

    /// Events on the build date or later, by date and time (then id), optionally of one wijk.
    public func upcomingEvents(inWijk wijkID: String? = nil) -> [WijkEvent] {
        events.filter { $0.date.value >= buildDate && (wijkID == nil || $0.wijk.value == wijkID) }
            .sorted { ($0.date.value, $0.start, $0.id) < ($1.date.value, $1.start, $1.id) }
    }

    /// The native name of a spoken language code, or the code itself when unknown.
    public func nativeName(ofSpoken code: String) -> String {
        if let name = spokenLanguages[code] { return name }
        if let language = config.languages.first(where: { $0.lang == code || $0.id == code }) { return language.name }
        return code
    }
}

public struct SiteConfig: Sendable {
    public var title: String
    public var baseURL: String
    public var defaultLanguage: String
    public var sampleData: Bool
    public var buildDate: CalendarDate?
    public var languages: [Language]
    /// Where residents tell the site's maintainers what they need, or report a barrier.
    public var contact: SiteContact?
    /// Wijken that are listed first on the home page, with their meetings (wijk ids, in order).
    public var priorityWijken: [Located<String>] = []
}

/// The site-wide contact: for "tell us what you need" on wijk pages and the accessibility statement.
public struct SiteContact: Sendable {
    public var phone: PhoneNumber?
    public var whatsapp: PhoneNumber?
    public var email: String?
}

public struct Language: Sendable, Hashable {
    /// Used in file names: `pages/tolk/<id>.md`, `translations/<id>.yaml`.
    public var id: String
    /// BCP 47 code for `lang` attributes.
    public var lang: String
    /// Native name, shown in the language switcher.
    public var name: String
    public var direction: TextDirection
    /// The URL prefix: `/<prefix>/`.
    public var prefix: String
    /// Languages to take a missing page or string from, in order.
    public var fallback: [String]
    /// Open Graph locale (`nl_NL`); derived from `lang` when not given.
    public var openGraphLocale: String?
    /// CLDR plural rules written in site.yaml (category → condition); nil: the built-in table.
    public var pluralRules: [String: String]?
    /// Easy-read language (simple Dutch): every page gets the easy-read layout and checks.
    public var easyRead: Bool = false
    public var location: SourceLocation
}

extension Language {
    /// `og:locale` wants language_TERRITORY: the configured one, the region of `lang`, or the
    /// language's main territory for the common cases.
    public var ogLocale: String {
        if let openGraphLocale { return openGraphLocale }
        let parts = lang.split(separator: "-")
        let primary = String(parts.first ?? "").lowercased()
        if parts.count > 1, let region = parts.last, region.count == 2 { return "\(primary)_\(region.uppercased())" }
        let territories = ["ar": "AR", "en": "GB", "fa": "IR", "uk": "UA", "so": "SO", "ti": "ER", "zh": "CN"]
        return "\(primary)_\(territories[primary] ?? primary.uppercased())"
    }
}

public enum TextDirection: String, Sendable, Hashable {
    case ltr
    case rtl
}

/// Positions of teams, wijken and locations in the site's arrays, by id (the first of
/// duplicates, which the checker reports, as a scan from the start would find).
struct SiteIndex: Sendable {
    var wijken: [String: Int] = [:]
    var teams: [String: Int] = [:]
    var locations: [String: Int] = [:]
    var teamsByWijk: [String: [Int]] = [:]
    /// Positions of the information pages by slug (every language).
    var pages: [String: [Int]] = [:]

    static func positions(_ ids: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where result[id] == nil { result[id] = position }
        return result
    }

    static func groups(_ keys: [String]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (position, key) in keys.enumerated() { result[key, default: []].append(position) }
        return result
    }

    mutating func index(_ teams: [Team]) {
        self.teams = Self.positions(teams.map(\.id))
        teamsByWijk = [:]
        for (position, team) in teams.enumerated() { teamsByWijk[team.wijk.value, default: []].append(position) }
    }
}
