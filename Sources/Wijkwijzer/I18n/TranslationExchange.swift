// Translation tables as rows for translators' tools: one row per key (per plural form), with the
// source text, the current translation, its status and notes.

public struct ExchangeRow: Sendable, Equatable {
    /// `team.call`, or `teams.count[few]` for one plural form.
    public var key: String
    public var source: String
    public var translation: String
    /// `reviewed`, `unreviewed` or `missing`.
    public var status: String
    public var notes: String

    var baseKey: String { String(key.prefix { $0 != "[" }) }

    var category: String? {
        guard let open = key.firstIndex(of: "["), key.hasSuffix("]") else { return nil }
        return String(key[key.index(after: open)..<key.index(before: key.endIndex)])
    }
}

public enum TranslationExchange {
    /// Every source key for `language`, in the source table's order, plural forms expanded.
    public static func rows(for language: Language, site: Site) -> [ExchangeRow] {
        guard let source = site.translations[site.config.defaultLanguage] else { return [] }
        let table = site.translations[language.id]
        let rules = site.pluralRules[language.id] ?? PluralRules(conditions: [])
        var rows: [ExchangeRow] = []
        for original in source.entries.values.sorted(by: { $0.location < $1.location }) {
            let entry = table?.entries[original.key]
            let status = entry == nil ? "missing" : (entry?.reviewed == true ? "reviewed" : "unreviewed")
            let placeholders = TranslationChecker.placeholders(in: original).sorted().map { "{\($0)}" }
            if original.pluralForms.isEmpty {
                rows.append(ExchangeRow(
                    key: original.key, source: original.text ?? "", translation: entry?.text ?? "", status: status,
                    notes: placeholders.isEmpty ? "" : "keep " + placeholders.joined(separator: ", ")))
                continue
            }
            for category in rules.categories {
                let examples = (0...200).filter { rules.category(for: $0) == category }.prefix(4).map(String.init)
                var notes = "plural form '\(category)'"
                if !examples.isEmpty { notes += ", e.g. " + examples.joined(separator: ", ") }
                if !placeholders.isEmpty { notes += "; keep " + placeholders.joined(separator: ", ") }
                rows.append(ExchangeRow(
                    key: "\(original.key)[\(category)]",
                    source: original.pluralForms[category] ?? original.pluralForms["other"] ?? "",
                    translation: entry?.pluralForms[category] ?? "", status: status, notes: notes))
            }
        }
        return rows
    }

    /// Applies imported rows to a language's table: texts, plural forms and review status.
    /// Rows with an empty translation leave the entry as it was. Problems are reported per row.
    public static func apply(_ rows: [ExchangeRow], file: String, to language: Language, site: Site)
        -> (TranslationTable, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let tablePath = "translations/\(language.id).yaml"
        var table = site.translations[language.id] ?? TranslationTable(languageID: language.id, entries: [:], file: tablePath)
        guard let source = site.translations[site.config.defaultLanguage] else { return (table, diagnostics) }
        var grouped: [String: [ExchangeRow]] = [:]
        var order: [String] = []
        for (index, row) in rows.enumerated() {
            let location = SourceLocation(file: file, line: index + 2)
            guard source.entries[row.baseKey] != nil else {
                diagnostics.error("unknown-key", at: location, "the key '\(row.baseKey)' is not in \(source.file)",
                                  hint: Suggestion.closest(to: row.baseKey, in: source.entries.keys).map { "did you mean '\($0)'?" })
                continue
            }
            if grouped[row.baseKey] == nil { order.append(row.baseKey) }
            grouped[row.baseKey, default: []].append(row)
        }
        for key in order {
            guard let original = source.entries[key], let group = grouped[key],
                  group.contains(where: { !$0.translation.isEmpty }) else { continue }
            let row = rows.firstIndex { $0.baseKey == key } ?? 0
            var entry = TranslationEntry(
                key: key, text: nil, pluralForms: [:], reviewed: group.allSatisfy { $0.status == "reviewed" },
                location: SourceLocation(file: file, line: row + 2))
            if original.pluralForms.isEmpty {
                entry.text = group.first?.translation
            } else {
                for item in group {
                    if let category = item.category, !item.translation.isEmpty { entry.pluralForms[category] = item.translation }
                }
            }
            TranslationChecker.checkEntry(entry, original: original, table: table, site: site, &diagnostics)
            entry.location = table.entries[key]?.location ?? SourceLocation(file: tablePath)
            table.entries[key] = entry
        }
        return (table, diagnostics)
    }
}
