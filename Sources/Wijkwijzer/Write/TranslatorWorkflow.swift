// What `wijkwijzer translations` does: status, stamping translated pages, export and import.

import Foundation

public enum TranslatorWorkflow {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case siteHasErrors
        case unknownLanguage(String, known: [String])
        case sourceLanguage(String)
        case notATranslation(String)
        case unreadable(String)
        case format(ExchangeError, file: String)
        case rejected([Diagnostic])

        public var description: String {
            switch self {
            case .siteHasErrors: return "the site has errors; run `wijkwijzer check` and fix them first"
            case .unknownLanguage(let id, let known): return "'\(id)' is not a language of this site (languages: \(known.joined(separator: ", ")))"
            case .sourceLanguage(let id): return "'\(id)' is the source language: it is not translated"
            case .notATranslation(let file): return "\(file) is not a translated page (content/pages/<page>/<language>.md or content/home/<language>.md)"
            case .unreadable(let file): return "\(file) cannot be read"
            case .format(let error, let file): return "\(file):\(error.line): \(error.message)"
            case .rejected(let problems): return "the import was not written: \(problems.count) problem\(problems.count == 1 ? "" : "s") (listed above)"
            }
        }
    }

    public static func status(root: String, buildDate: CalendarDate?) -> (TranslationStatus?, DiagnosticBag, SourceFiles) {
        let (prepared, diagnostics, sources) = Pipeline.prepare(root: root, buildDate: buildDate)
        guard let site = prepared?.site else { return (nil, diagnostics, sources) }
        return (TranslationStatus.compute(site: site, diagnostics: diagnostics.sorted), diagnostics, sources)
    }

    /// Records, in each given translated page (or every one with `all`), the version of the source
    /// it now translates. Returns the files that changed.
    public static func stamp(root: String, files: [String], all: Bool) throws -> [String] {
        let site = try loadSite(root)
        let translations = (site.homePages + site.pages).filter { $0.languageID != site.config.defaultLanguage }
        var chosen: [Page] = []
        if all {
            chosen = translations
        } else {
            for file in files {
                let relative = relativePath(file, root: root)
                guard let page = translations.first(where: { $0.file == relative }) else { throw Failure.notATranslation(file) }
                chosen.append(page)
            }
        }
        var changed: [String] = []
        for page in chosen.sorted(by: { $0.file < $1.file }) {
            guard let source = site.source(of: page), page.sourceHash?.value != source.contentHash else { continue }
            try FrontMatterEditor.set("source_hash", to: source.contentHash, in: absolute(page.file, root: root))
            changed.append(page.file)
        }
        return changed
    }

    public static func export(root: String, languageID: String, format: ExchangeFormat) throws -> String {
        let site = try loadSite(root)
        let language = try translatedLanguage(languageID, site)
        let rows = TranslationExchange.rows(for: language, site: site)
        switch format {
        case .csv: return CSVCodec.encode(rows)
        case .po: return POCodec.encode(rows, language: language, rules: site.pluralRules[language.id] ?? PluralRules(conditions: []))
        }
    }

    /// Reads an exported (and translated) file back into `translations/<language>.yaml`.
    /// Nothing is written when any row has a problem.
    @discardableResult
    public static func importFile(root: String, languageID: String, path: String, format: ExchangeFormat?) throws -> TranslationTable {
        let site = try loadSite(root)
        let language = try translatedLanguage(languageID, site)
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.unreadable(path) }
        let text = String(decoding: data, as: UTF8.self)
        let kind = format ?? (path.lowercased().hasSuffix(".po") ? .po : .csv)
        let rules = site.pluralRules[language.id] ?? PluralRules(conditions: [])
        let decoded = kind == .po ? POCodec.decode(text, rules: rules) : CSVCodec.decode(text)
        let rows: [ExchangeRow]
        switch decoded {
        case .success(let value): rows = value
        case .failure(let error): throw Failure.format(error, file: path)
        }
        let (table, problems) = TranslationExchange.apply(rows, file: path, to: language, site: site)
        if problems.hasErrors { throw Failure.rejected(problems.sorted) }
        let tablePath = absolute("translations/\(language.id).yaml", root: root)
        let existing = FileManager.default.contents(atPath: tablePath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let order = site.translations[site.config.defaultLanguage].map { source in
            source.entries.values.sorted { $0.location < $1.location }.map(\.key)
        } ?? []
        try TranslationTableWriter.write(
            TranslationTableWriter.render(table, keyOrder: order, header: TranslationTableWriter.header(of: existing)), to: tablePath)
        return table
    }

    static func loadSite(_ root: String) throws -> Site {
        let loaded = SiteLoader(root: root).load()
        guard let site = loaded.site, !loaded.diagnostics.hasErrors else { throw Failure.siteHasErrors }
        return site
    }

    static func translatedLanguage(_ id: String, _ site: Site) throws -> Language {
        guard let language = site.language(id) else { throw Failure.unknownLanguage(id, known: site.config.languages.map(\.id)) }
        guard id != site.config.defaultLanguage else { throw Failure.sourceLanguage(id) }
        return language
    }

    static func absolute(_ relative: String, root: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    static func relativePath(_ path: String, root: String) -> String {
        let standardRoot = ((root as NSString).standardizingPath as NSString).appendingPathComponent("")
        let standard = (path as NSString).standardizingPath
        if standard.hasPrefix(standardRoot + "/") { return String(standard.dropFirst(standardRoot.count + 1)) }
        return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
