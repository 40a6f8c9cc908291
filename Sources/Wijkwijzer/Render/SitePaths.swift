// Where every page lives: permanent Dutch slugs below each language's prefix.

/// A page of the site, independent of language.
public enum PageRoute: Hashable, Sendable {
    case home
    case teams
    case team(String)
    case wijk(String)
    case infoIndex
    case info(String)
    case organisations
    case pictograms
    /// All success stories, with links per theme.
    case stories
    /// The stories about one theme (a `StoryTheme` id).
    case storyTheme(String)
    case story(String)
    /// The accessibility statement.
    case accessibility
    case privacy
    case notFound

    /// Path below the language folder. Folders end in `/` (served as `index.html`).
    public var path: String {
        switch self {
        case .home: return ""
        case .teams: return "buurtteams/"
        case .team(let id): return "buurtteams/\(id)/"
        case .wijk(let id): return "wijken/\(id)/"
        case .infoIndex: return "info/"
        case .info(let slug): return "info/\(slug)/"
        case .organisations: return "organisaties/"
        case .pictograms: return "pictogrammen/"
        case .stories: return "verhalen/"
        case .storyTheme(let theme): return "verhalen/\(StoryRoutes.themeFolder)/\(theme)/"
        case .story(let slug): return "verhalen/\(slug)/"
        case .accessibility: return "toegankelijkheid/"
        case .privacy: return "privacy/"
        case .notFound: return "404.html"
        }
    }

    /// What kind of page this is, whatever it shows (`team` for every team page).
    public var kind: String {
        switch self {
        case .team: return "team"
        case .wijk: return "wijk"
        case .info: return "info"
        case .storyTheme: return "story-theme"
        case .story: return "story"
        default: return path.isEmpty ? "home" : path
        }
    }

    /// The file written for this route.
    public var file: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// `../` repeated to get from this page to its language's root.
    public var toLanguageRoot: String {
        String(repeating: "../", count: path.split(separator: "/").count - (path.hasSuffix("/") || path.isEmpty ? 0 : 1))
    }
}

enum StoryRoutes {
    /// `verhalen/thema/<theme>/`: a story may not be called this (its URL would be taken).
    static let themeFolder = "thema"
}
