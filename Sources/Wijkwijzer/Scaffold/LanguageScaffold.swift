// A new site language: its translation table (every Dutch text as a comment, the translation to
// fill in) and the block to add to content/site.yaml.

import Foundation

extension Scaffold {
    public static func language(id: String, root: String) throws -> Result {
        try checkID(id, kind: "language")
        let source = "translations/nl.yaml"
        guard let data = FileManager.default.contents(atPath: join(root, source)) else { throw Failure.missing(source) }
        let lang = ConfigLoader.isBCP47(id) ? id : marker
        // The plural forms the language needs, from the built-in CLDR table (else one and other).
        var ignored = DiagnosticBag()
        let primary = String(id.split(separator: "-").first ?? "")
        let categories = PluralRulesLoader.builtInTexts(diagnostics: &ignored)[primary].map { rules in
            PluralRules.categoryOrder.filter { rules[$0] != nil } + ["other"]
        } ?? ["one", "other"]
        let path = "translations/\(id).yaml"
        var lines: [String] = [
            "# Interface strings in '\(id)'. Made by `wijkwijzer new language \(id)` from \(source).",
            "# Under each key, the Dutch text is a comment (# nl: …); write the translation in place of \(marker).",
            "# Keep every {placeholder} as it is. Set 'reviewed: true' once a native speaker has checked an entry.",
            "# Plural texts have one line per form this language needs (\(categories.joined(separator: ", "))).",
            "# Or use `wijkwijzer translations export --language \(id)` and a spreadsheet (README, \"Translating\").",
        ]
        var pluralSource: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmed
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("language:") {
                lines.append("language: \(id)")
            } else if trimmed.hasPrefix("text:") {
                lines.append("    # nl: " + trimmed.dropFirst("text:".count).trimmed)
                lines.append("    text: \"\(marker)\"")
            } else if let category = (PluralRules.categoryOrder + ["other"]).first(where: { trimmed.hasPrefix($0 + ":") }) {
                pluralSource.append("    # nl \(category): " + trimmed.dropFirst(category.count + 1).trimmed)
            } else if trimmed.hasPrefix("reviewed:") {
                if !pluralSource.isEmpty {
                    lines += pluralSource + categories.map { "    \($0): \"\(marker)\"" }
                    pluralSource = []
                }
                lines.append("    reviewed: false")
            } else {
                lines.append(String(line))
            }
        }
        let fields: [(String, String)] = [
            ("- id: \(id)", "used in file names: pages/<page>/\(id).md, translations/\(id).yaml"),
            ("  lang: \(lang)", "the BCP 47 code for <html lang>, e.g. so, fa, pt-BR"),
            ("  name: \(marker)", "the language's own name, as its speakers write it"),
            ("  direction: ltr", "ltr, or rtl for Arabic, Farsi, Hebrew, Urdu …"),
            ("  prefix: \(id)", "the URL prefix: /\(id)/ (permanent: it is printed on flyers)"),
            ("  fallback: [nl]", "where a page not yet translated is taken from, in order"),
        ]
        let width = (fields.map(\.0.count).max() ?? 0) + 2
        let block = fields.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "# " + $0.1 }
            .joined(separator: "\n") + "\n"
        return Result(
            files: [File(path: path, text: lines.joined(separator: "\n"))],
            instructions: "created \(path): translate every \(marker) (the Dutch text is above each one).\n"
                + "Add this block to the 'languages:' list in content/site.yaml and fill in the name:\n\n" + block)
    }
}
