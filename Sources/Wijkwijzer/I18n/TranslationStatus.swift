// The state of every language's translations: interface strings and pages, for translators.

public struct TranslationStatus: Sendable, Encodable {
    public struct Row: Sendable, Encodable {
        public var language: String
        public var name: String
        public var keys: Int
        public var keysTranslated: Int
        public var keysMissing: Int
        public var keysUnreviewed: Int
        public var keyErrors: Int
        public var pages: Int
        public var pagesTranslated: Int
        public var pagesMissing: Int
        public var pagesStale: Int
        public var pagesUnstamped: Int
    }

    public var rows: [Row]
    /// The translation diagnostics behind the figures (missing, placeholders, plurals, stale pages).
    public var problems: [Diagnostic]

    static let codes: Set<String> = [
        "missing-translation", "placeholder-mismatch", "plural-missing", "plural-mismatch", "plural-unused",
        "unknown-key", "stale-translation", "blocks-misaligned",
    ]
    static let errorCodes: Set<String> = ["placeholder-mismatch", "plural-missing", "plural-mismatch"]

    /// True when something must be fixed before publishing: a missing or broken entry, or a
    /// missing or out-of-date page.
    public var hasGaps: Bool {
        rows.contains { $0.keysMissing + $0.keyErrors + $0.pagesMissing + $0.pagesStale > 0 }
    }

    public static func compute(site: Site, diagnostics: [Diagnostic]) -> TranslationStatus {
        let source = site.translations[site.config.defaultLanguage]
        let sourceKeys = source.map { Set($0.entries.keys) } ?? []
        let sourcePages = (site.homePages + site.pages).filter { $0.languageID == site.config.defaultLanguage }
        var rows: [Row] = []
        for language in site.config.languages {
            let table = site.translations[language.id]
            let entries = table?.entries ?? [:]
            let translatedKeys = sourceKeys.filter { entries[$0] != nil }
            let file = table?.file ?? ""
            let pages = sourcePages.compactMap { original in
                (original.slug == "home" ? site.homePages : site.pages)
                    .first { $0.slug == original.slug && $0.languageID == language.id }
            }
            rows.append(Row(
                language: language.id, name: language.name,
                keys: sourceKeys.count, keysTranslated: translatedKeys.count,
                keysMissing: sourceKeys.count - translatedKeys.count,
                keysUnreviewed: translatedKeys.filter { entries[$0]?.reviewed == false }.count,
                keyErrors: diagnostics.filter { $0.location.file == file && errorCodes.contains($0.code) }.count,
                pages: sourcePages.count, pagesTranslated: pages.count, pagesMissing: sourcePages.count - pages.count,
                pagesStale: pages.filter { site.freshness(of: $0) == .stale }.count,
                pagesUnstamped: pages.filter { site.freshness(of: $0) == .unstamped }.count))
        }
        let problems = diagnostics.filter { codes.contains($0.code) }
        return TranslationStatus(rows: rows, problems: problems)
    }

    /// One screen: a line per language.
    public var table: String {
        let header = ["language", "strings", "missing", "unreviewed", "errors", "pages", "missing", "stale", "unstamped"]
        var lines = [header]
        for row in rows {
            lines.append([
                "\(row.language) (\(row.name))", "\(row.keysTranslated)/\(row.keys)", "\(row.keysMissing)",
                "\(row.keysUnreviewed)", "\(row.keyErrors)", "\(row.pagesTranslated)/\(row.pages)", "\(row.pagesMissing)",
                "\(row.pagesStale)", "\(row.pagesUnstamped)",
            ])
        }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { line in
            line.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

import Foundation
