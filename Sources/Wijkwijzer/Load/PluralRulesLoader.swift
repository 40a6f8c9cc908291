// Finds each site language's plural rules: its `plural_rules:` in site.yaml, else the built-in
// CLDR table by language code.

enum PluralRulesLoader {
    static let builtInFile = "(built-in) i18n/plurals.yaml"

    static func rules(for languages: [Language], diagnostics: inout DiagnosticBag) -> [String: PluralRules] {
        let builtIn = builtInTexts(diagnostics: &diagnostics)
        var result: [String: PluralRules] = [:]
        for language in languages {
            let primary = String(language.lang.split(separator: "-").first ?? "").lowercased()
            guard let texts = language.pluralRules ?? builtIn[primary] else {
                diagnostics.warning(
                    "missing-plural-rules", at: language.location,
                    "there are no plural rules for '\(language.lang)': every count uses the 'other' form",
                    hint: "add plural_rules: to this language, copied from CLDR's table for \(primary)")
                result[language.id] = PluralRules(conditions: [])
                continue
            }
            switch PluralRules.parse(texts) {
            case .success(let rules):
                result[language.id] = rules
            case .failure(let error):
                diagnostics.error(
                    "bad-plural-rule", at: language.location, "the plural rule '\(error.category)' of '\(language.id)' cannot be read: \(error.reason)",
                    hint: "write CLDR's syntax, e.g. one: \"i = 1 and v = 0\"")
                result[language.id] = PluralRules(conditions: [])
            }
        }
        return result
    }

    /// Language code → category → rule text, from the embedded CLDR table.
    static func builtInTexts(diagnostics: inout DiagnosticBag) -> [String: [String: String]] {
        guard let text = EmbeddedResources.files["i18n/plurals.yaml"],
              let node = YAMLTree.parse(text, file: builtInFile, diagnostics: &diagnostics),
              case .mapping(let languages) = node.value else { return [:] }
        var result: [String: [String: String]] = [:]
        for (key, value) in languages {
            guard let code = key.scalarText, case .mapping(let categories) = value.value else { continue }
            var rules: [String: String] = [:]
            for (category, rule) in categories {
                if let name = category.scalarText, let text = rule.scalarText { rules[name] = text }
            }
            result[code] = rules
        }
        return result
    }
}
