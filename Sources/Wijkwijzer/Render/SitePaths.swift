// Where every page lives: permanent Dutch slugs below each language's prefix.

/// A page of the site, independent of language.
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
