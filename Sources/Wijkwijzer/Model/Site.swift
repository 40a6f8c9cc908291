// The whole site as plain values: config, facts entered once, prose per language, UI strings.

/// Everything `load` read, ready for `check` and `render`.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Native names of languages spoken at sessions, by BCP 47 code (site languages included).
    public var spokenLanguages: [String: String]
    public var wijken: [Wijk]
    public var teams: [Team]
    public var locations: [Location]
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

    public func audio(for page: Page) -> AudioFile? {
        audio.first { $0.slug == page.slug && $0.languageID == page.languageID }
    }

    public func wijk(_ id: String) -> Wijk? { wijken.first { $0.id == id } }
    public func team(_ id: String) -> Team? { teams.first { $0.id == id } }
    public func location(_ id: String) -> Location? { locations.first { $0.id == id } }
    public func language(_ id: String) -> Language? { config.languages.first { $0.id == id } }
    public func teams(in wijk: Wijk) -> [Team] { teams.filter { $0.wijk.value == wijk.id } }

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
    /// CLDR plural rules written in site.yaml (category → condition); nil: the built-in table.
    public var pluralRules: [String: String]?
    /// Easy-read language (simple Dutch): every page gets the easy-read layout and checks.
    public var easyRead: Bool = false
    public var location: SourceLocation
}

public enum TextDirection: String, Sendable, Hashable {
    case ltr
    case rtl
}
