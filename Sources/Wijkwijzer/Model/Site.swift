// The whole site as plain values: config, facts entered once, prose per language, UI strings.

/// Everything `load` read, ready for `check` and `render`.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Native names of languages spoken at sessions, by BCP 47 code (site languages included).
    public var spokenLanguages: [String: String]
    public var wijken: [Wijk]
    public var teams: [Team]
    public var locations: [Location]
    /// One-off meetings per wijk, from content/events/.
    public var events: [WijkEvent]
    public var pages: [Page]
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

    /// The source-language page a translation was made from.
    public func source(of page: Page) -> Page? {
        let candidates = page.slug == "home" ? homePages : pages
        return candidates.first { $0.slug == page.slug && $0.languageID == config.defaultLanguage }
    }

    public enum Freshness: String, Sendable {
        case source, current, stale, unstamped
    }

    /// Whether a translation still matches its source: stale when the source changed after the
    /// translation was stamped; unstamped when it records no source version at all.
    public func freshness(of page: Page) -> Freshness {
        guard page.languageID != config.defaultLanguage, let source = source(of: page) else { return .source }
        guard let recorded = page.sourceHash else { return .unstamped }
        return recorded.value == source.contentHash ? .current : .stale
    }

    public func audio(for page: Page) -> AudioFile? {
        audio.first { $0.slug == page.slug && $0.languageID == page.languageID }
    }

    public func wijk(_ id: String) -> Wijk? { wijken.first { $0.id == id } }
    public func team(_ id: String) -> Team? { teams.first { $0.id == id } }
    public func location(_ id: String) -> Location? { locations.first { $0.id == id } }
    public func language(_ id: String) -> Language? { config.languages.first { $0.id == id } }
    public func teams(in wijk: Wijk) -> [Team] { teams.filter { $0.wijk.value == wijk.id } }

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
