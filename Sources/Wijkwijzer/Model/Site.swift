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
    public var translations: [String: TranslationTable]
    /// The day the build is "for": from SOURCE_DATE_EPOCH, git, or the config.
    public var buildDate: CalendarDate

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
    public var location: SourceLocation
}

public enum TextDirection: String, Sendable, Hashable {
    case ltr
    case rtl
}
