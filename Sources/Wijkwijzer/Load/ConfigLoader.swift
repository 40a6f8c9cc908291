// Reads content/site.yaml (languages, base URL, notices) and content/spoken-languages.yaml.

enum ConfigLoader {
    static let file = "content/site.yaml"
    static let spokenFile = "content/spoken-languages.yaml"

    static func load(_ context: inout LoadContext) -> SiteConfig? {
        guard context.exists(file) else {
            context.diagnostics.error(
                "missing-file", at: SourceLocation(file: file), "the site config is missing",
                hint: "create content/site.yaml; the README shows an example")
            return nil
        }
        guard let node = context.yaml(file),
              var fields = FieldReader(node, what: "site config", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }

        let title = fields.string("title", required: true, &diagnostics)
        let baseURL = fields.string("base_url", required: true, hint: "e.g. base_url: https://buurtteams.example.org", &diagnostics)
        if let baseURL, !(baseURL.value.hasPrefix("https://") || baseURL.value.hasPrefix("http://")) {
            diagnostics.error("bad-url", at: baseURL.location, "base_url must start with https://")
        }
        let defaultLanguage = fields.string("default_language", required: true, &diagnostics)
        let sampleData = fields.bool("sample_data", &diagnostics) ?? false
        var buildDate: CalendarDate?
        if let text = fields.string("build_date", &diagnostics) {
            buildDate = CalendarDate.parse(text.value)
            if buildDate == nil {
                diagnostics.error("bad-date", at: text.location, "'\(text.value)' is not a date", hint: "write the date as YYYY-MM-DD, e.g. 2026-11-26")
            }
        }
        var languages: [Language] = []
        let items = fields.list("languages", &diagnostics)
        if items.isEmpty {
            diagnostics.error("missing-field", at: fields.location, "the site config lists no languages", hint: "add a 'languages:' list; the README shows an example")
        }
        for item in items {
            if let language = language(item, &diagnostics) {
                if languages.contains(where: { $0.id == language.id }) {
                    diagnostics.error("duplicate-id", at: language.location, "the language '\(language.id)' is listed twice")
                } else if languages.contains(where: { $0.prefix == language.prefix }) {
                    diagnostics.error("duplicate-id", at: language.location, "two languages use the URL prefix '\(language.prefix)'", hint: "give each language its own prefix")
                } else {
                    languages.append(language)
                }
            }
        }
        let contact = siteContact(&fields, &diagnostics)
        let priorityWijken = fields.strings("priority_wijken", &diagnostics)
        fields.finish(&diagnostics)

        let ids = languages.map(\.id)
        for language in languages {
            for fallback in language.fallback where !ids.contains(fallback) || fallback == language.id {
                diagnostics.error(
                    "unknown-language", at: language.location,
                    fallback == language.id ? "the language '\(language.id)' falls back to itself" : "the fallback '\(fallback)' of '\(language.id)' is not a language of this site",
                    hint: Suggestion.hint(for: fallback, in: ids, kind: "languages"))
            }
        }
        if let defaultLanguage, !ids.contains(defaultLanguage.value) {
            diagnostics.error(
                "unknown-language", at: defaultLanguage.location, "the default language '\(defaultLanguage.value)' is not in the list of languages",
                hint: Suggestion.hint(for: defaultLanguage.value, in: ids, kind: "languages"))
        }
        guard let title, let baseURL, let defaultLanguage, !languages.isEmpty else { return nil }
        var base = baseURL.value
        while base.hasSuffix("/") { base.removeLast() }
        return SiteConfig(
            title: title.value, baseURL: base, defaultLanguage: defaultLanguage.value,
            sampleData: sampleData, buildDate: buildDate, languages: languages,
            contact: contact, priorityWijken: priorityWijken)
    }

    /// `contact:` with phone, whatsapp and email, each optional (at least one is needed).
    private static func siteContact(_ fields: inout FieldReader, _ diagnostics: inout DiagnosticBag) -> SiteContact? {
        guard var block = fields.block("contact", what: "site contact", &diagnostics) else { return nil }
        let phone = Values.phone(block.string("phone", &diagnostics), &diagnostics)
        let whatsapp = Values.phone(block.string("whatsapp", &diagnostics), &diagnostics)
        let email = Values.email(block.string("email", &diagnostics), &diagnostics)
        block.finish(&diagnostics)
        guard phone != nil || whatsapp != nil || email != nil else {
            diagnostics.error(
                "missing-field", at: block.location, "the site contact has no phone, whatsapp or email",
                hint: "add at least one, e.g. email: meedenken@example.org")
            return nil
        }
        return SiteContact(phone: phone, whatsapp: whatsapp, email: email)
    }

    private static func language(_ node: YAMLNode, _ diagnostics: inout DiagnosticBag) -> Language? {
        guard var fields = FieldReader(node, what: "language", diagnostics: &diagnostics) else { return nil }
        let id = fields.string("id", required: true, &diagnostics)
        let lang = fields.string("lang", required: true, hint: "the BCP 47 code, e.g. lang: tr", &diagnostics)
        let name = fields.string("name", required: true, hint: "the language's own name, e.g. name: Türkçe", &diagnostics)
        let directionText = fields.string("direction", &diagnostics)
        let prefix = fields.string("prefix", &diagnostics)
        let fallback = fields.strings("fallback", &diagnostics)
        let easyRead = fields.bool("easy_read", &diagnostics) ?? false
        let openGraphLocale = fields.string("og_locale", &diagnostics)
        var pluralRules: [String: String]?
        if var block = fields.block("plural_rules", what: "set of plural rules", &diagnostics) {
            var rules: [String: String] = [:]
            for category in PluralRules.categoryOrder + ["other"] {
                if let rule = block.string(category, &diagnostics) { rules[category] = rule.value }
            }
            block.finish(&diagnostics)
            pluralRules = rules
        }
        fields.finish(&diagnostics)

        if let id, !Identifier.isValid(id.value) {
            diagnostics.error(
                "bad-id", at: id.location, "'\(id.value)' cannot be used as a language id",
                hint: "use lower-case letters, digits and dashes, e.g. nl-simple")
            return nil
        }
        if let lang, !isBCP47(lang.value) {
            diagnostics.error("bad-language-code", at: lang.location, "'\(lang.value)' is not a BCP 47 language code", hint: "e.g. nl, tr, ar, pl, pt-BR")
            return nil
        }
        var direction = TextDirection.ltr
        if let directionText {
            guard let parsed = TextDirection(rawValue: directionText.value) else {
                diagnostics.error("bad-value", at: directionText.location, "direction must be ltr or rtl")
                return nil
            }
            direction = parsed
        }
        if let prefix, !Identifier.isValid(prefix.value) {
            diagnostics.error("bad-id", at: prefix.location, "'\(prefix.value)' cannot be used as a URL prefix", hint: "use lower-case letters, digits and dashes")
            return nil
        }
        guard let id, let lang, let name else { return nil }
        return Language(
            id: id.value, lang: lang.value, name: name.value, direction: direction,
            prefix: prefix?.value ?? id.value, fallback: fallback.map(\.value), openGraphLocale: openGraphLocale?.value, pluralRules: pluralRules, easyRead: easyRead,
            location: fields.location)
    }

    static func isBCP47(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
            }
        }
    }

    static func loadSpokenLanguages(_ context: inout LoadContext) -> [String: String] {
        guard context.exists(spokenFile), let node = context.yaml(spokenFile) else { return [:] }
        guard case .mapping(let pairs) = node.value else {
            if case .null = node.value { return [:] }
            context.diagnostics.error("wrong-type", at: node.location, "expected lines 'code: native name'", hint: "e.g. so: Soomaali")
            return [:]
        }
        var names: [String: String] = [:]
        for (key, value) in pairs {
            guard let code = key.scalarText, isBCP47(code) else {
                context.diagnostics.error("bad-language-code", at: key.location, "'\(key.scalarText ?? "")' is not a BCP 47 language code", hint: "e.g. so, ti, fa")
                continue
            }
            guard let name = value.scalarText, !name.isEmpty else {
                context.diagnostics.error("wrong-type", at: value.location, "the name of '\(code)' must be a single value")
                continue
            }
            if names[code] != nil {
                context.diagnostics.error("duplicate-key", at: key.location, "the language '\(code)' is listed twice")
            }
            names[code] = name
        }
        return names
    }
}
