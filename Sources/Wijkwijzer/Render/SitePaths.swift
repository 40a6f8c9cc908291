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
        case .notFound: return "404.html"
        }
    }

    /// The file written for this route.
    public var file: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// `../` repeated to get from this page to its language's root.
    public var toLanguageRoot: String {
        String(repeating: "../", count: path.split(separator: "/").count - (path.hasSuffix("/") || path.isEmpty ? 0 : 1))
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
