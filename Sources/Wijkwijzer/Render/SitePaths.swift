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
