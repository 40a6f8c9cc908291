// Where every page and file lives: permanent Dutch slugs below each language's prefix.

/// A page or file of the site, independent of language.
public enum PageRoute: Hashable, Sendable {
    case home
    case teams
    case team(String)
    case wijk(String)
    case infoIndex
    case info(String)
    /// A translated information page beside its Dutch source, block by block.
    case compare(String)
    case organisations
    case pictograms
    /// Every spoken language with at least one walk-in session.
    case walkInLanguages
    /// The walk-in sessions where a language (a BCP 47 code) is spoken.
    case walkInLanguage(String)
    /// A team's walk-in hours (and its wijk's events) as an iCalendar file.
    case teamCalendar(String)
    /// The walk-in hours of every team in a wijk and the wijk's events, as an iCalendar file.
    case wijkCalendar(String)
    /// A team's contact person for organisations as a vCard.
    case contactCard(String)
    case flyersIndex
    case flyer(String)
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
        case .compare(let slug): return "info/\(slug)/vergelijk/"
        case .organisations: return "organisaties/"
        case .pictograms: return "pictogrammen/"
        case .walkInLanguages: return "inloop/"
        case .walkInLanguage(let code): return "inloop/\(code)/"
        case .teamCalendar(let id): return "buurtteams/\(id)/inloop.ics"
        case .wijkCalendar(let id): return "wijken/\(id)/inloop.ics"
        case .contactCard(let id): return "buurtteams/\(id)/contactpersoon.vcf"
        case .flyersIndex: return "flyers/"
        case .flyer(let id): return "flyers/\(id)/"
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
        case .compare: return "compare"
        case .flyer: return "flyer"
        case .walkInLanguage: return "walk-in-language"
        case .storyTheme: return "story-theme"
        case .story: return "story"
        case .teamCalendar: return "team-calendar"
        case .wijkCalendar: return "wijk-calendar"
        case .contactCard: return "contact-card"
        default: return path.isEmpty ? "home" : path
        }
    }

    /// Whether the route is an HTML page (not a calendar file or contact card).
    public var isPage: Bool {
        switch self {
        case .teamCalendar, .wijkCalendar, .contactCard: return false
        default: return true
        }
    }

    /// The file written for this route.
    public var file: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// `../` repeated to get from this page to its language's root.
    public var toLanguageRoot: String {
        // One `../` per folder: the non-empty segments, less the file name when the path names a file.
        let path = self.path
        let slash = UInt8(ascii: "/")
        var segments = 0
        var previous = slash
        for byte in path.utf8 {
            if byte != slash, previous == slash { segments += 1 }
            previous = byte
        }
        return String(repeating: "../", count: segments - (previous == slash || path.isEmpty ? 0 : 1))
    }
}

extension PageRoute {
    /// Where the language switcher leads from this page when another language lacks it
    /// (the source language has no compare view: its switcher entry opens the page itself).
    var counterpart: PageRoute {
        if case .compare(let slug) = self { return .info(slug) }
        return self
    }
}

/// The printable flyers: one A4 page per wijk and language, and where its PDF goes.
public enum FlyerFiles {
    /// A flyer page and its PDF, both relative to the site root (`ar/flyers/overvecht/index.html`,
    /// `ar/flyers/overvecht/flyer-overvecht-ar.pdf`). `wijkwijzer flyers --pdf` writes the PDFs
    /// below `print/`; deployment copies `print/` over the site, so the flyer's PDF link works.
    public struct Flyer: Sendable, Equatable {
        public var wijk: String
        public var language: String
        public var page: String
        public var pdf: String
    }

    /// The PDF's file name: says the wijk and the language, so a downloaded file is recognisable.
    public static func pdfName(wijk: String, language: Language) -> String {
        "flyer-\(wijk)-\(language.prefix).pdf"
    }

    /// Every flyer of the site, wijken in id order within each language, languages in config order.
    public static func all(_ site: Site) -> [Flyer] {
        site.config.languages.flatMap { language in
            site.wijken.map(\.id).sorted().map { wijk in
                let folder = language.prefix + "/" + PageRoute.flyer(wijk).path
                return Flyer(wijk: wijk, language: language.id, page: folder + "index.html", pdf: folder + pdfName(wijk: wijk, language: language))
            }
        }
    }
}

enum StoryRoutes {
    /// `verhalen/thema/<theme>/`: a story may not be called this (its URL would be taken).
    static let themeFolder = "thema"
}
