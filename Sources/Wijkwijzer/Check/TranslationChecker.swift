// Rules for the translation tables: missing and unknown keys, placeholders that do not match the source.

enum TranslationChecker {
    static func check(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        guard let source = site.translations[site.config.defaultLanguage] else { return }
        for entry in source.entries.values.sorted(by: { $0.location < $1.location }) {
            checkPluralForms(entry, original: entry, table: source, site: site, &diagnostics)
        }
        // The source's placeholders, found once for every table that translates it.
        let expected = source.entries.mapValues(placeholders(in:))
        for (languageID, table) in site.translations.sorted(by: { $0.key < $1.key }) where languageID != source.languageID {
            let missing = source.entries.keys.filter { table.entries[$0] == nil }.sorted()
            if !missing.isEmpty {
                let shown = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
                diagnostics.warning(
                    "missing-translation", at: SourceLocation(file: table.file),
                    "\(missing.count) interface string\(missing.count == 1 ? " is" : "s are") not translated: \(shown)",
                    hint: "readers see the fallback language for these; copy them from \(source.file) and translate")
            }
            for entry in table.entries.values.sorted(by: { $0.location < $1.location }) {
                guard let original = source.entries[entry.key] else {
                    diagnostics.warning(
                        "unknown-key", at: entry.location, "the key '\(entry.key)' is not in \(source.file), so it is never shown",
                        hint: Suggestion.closest(to: entry.key, in: source.entries.keys).map { "did you mean '\($0)'?" } ?? "remove it, or add it to the source table first")
                    continue
                }
                checkEntry(entry, original: original, table: table, site: site, expected: expected[entry.key], &diagnostics)
            }
        }
    }

    /// One translated entry against its source: plural forms and placeholders (`expected`: the
    /// source's, when already found).
    static func checkEntry(_ entry: TranslationEntry, original: TranslationEntry, table: TranslationTable,
                           site: Site, expected: Set<String>? = nil, _ diagnostics: inout DiagnosticBag) {
        checkPluralForms(entry, original: original, table: table, site: site, &diagnostics)
        let sourceLanguage = site.config.defaultLanguage
        let expected = expected ?? placeholders(in: original)
        let found = placeholders(in: entry)
        for name in found.subtracting(expected).sorted() {
            diagnostics.error(
                "placeholder-mismatch", at: entry.location, "'{\(name)}' in '\(entry.key)' is not in the \(sourceLanguage) text",
                hint: "placeholders are filled in by the site; use only \(expected.sorted().map { "{\($0)}" }.joined(separator: ", ").nonEmpty ?? "none here")")
        }
        for name in expected.subtracting(found).sorted() {
            diagnostics.error(
                "placeholder-mismatch", at: entry.location, "'\(entry.key)' lacks '{\(name)}', which the \(sourceLanguage) text has",
                hint: "keep {\(name)} in the translation, where it fits in the sentence")
        }
    }

    /// A translation (not a rewrite such as simple Dutch) has the blocks of its source in the
    /// same order, so the compare view can pair them.
    static func checkBlockAlignment(_ pages: [Page], shapes: [String: [String]], site: Site, _ diagnostics: inout DiagnosticBag) {
        let source = site.config.defaultLanguage
        for page in pages where page.languageID != source && !(site.language(page.languageID)?.easyRead ?? false) {
            guard let mine = shapes[page.slug + "|" + page.languageID], let theirs = shapes[page.slug + "|" + source],
                  mine != theirs else { continue }
            let index = zip(mine, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(mine.count, theirs.count)
            let detail = index < mine.count && index < theirs.count
                ? "block \(index + 1) is \(BlockShape.describe(mine[index])) here and \(BlockShape.describe(theirs[index])) in the source"
                : "it has \(mine.count) blocks, the source has \(theirs.count)"
            let sourceFile = page.slug == "home" ? "content/home/\(source).md" : "content/pages/\(page.slug)/\(source).md"
            diagnostics.warning(
                "blocks-misaligned", at: SourceLocation(file: page.file, line: page.bodyFirstLine),
                "this translation does not line up with \(sourceFile): \(detail)",
                hint: "translate block by block: the same headings, paragraphs and list items in the same order")
        }
    }

    /// A plural entry needs every category its language's rules use; a plain entry stays plain.
    static func checkPluralForms(_ entry: TranslationEntry, original: TranslationEntry, table: TranslationTable,
                                 site: Site, _ diagnostics: inout DiagnosticBag) {
        if original.pluralForms.isEmpty != entry.pluralForms.isEmpty {
            diagnostics.error(
                "plural-mismatch", at: entry.location,
                original.pluralForms.isEmpty ? "'\(entry.key)' has plural forms, but the source has one text"
                    : "'\(entry.key)' needs plural forms (one:, other:, …), like the source",
                hint: "write the same kind of entry as in the source table")
            return
        }
        guard !entry.pluralForms.isEmpty, let rules = site.pluralRules[table.languageID] else { return }
        for category in rules.categories where entry.pluralForms[category] == nil {
            diagnostics.error(
                "plural-missing", at: entry.location, "'\(entry.key)' has no '\(category)' form, which \(table.languageID) needs",
                hint: "\(table.languageID) uses the plural forms: \(rules.categories.joined(separator: ", "))")
        }
        for category in entry.pluralForms.keys.sorted() where !rules.categories.contains(category) {
            diagnostics.warning(
                "plural-unused", at: entry.location, "'\(entry.key)' has a '\(category)' form, which \(table.languageID) never uses",
                hint: "\(table.languageID) uses the plural forms: \(rules.categories.joined(separator: ", "))")
        }
    }

    /// The placeholder names in every form of an entry.
    static func placeholders(in entry: TranslationEntry) -> Set<String> {
        var names = Set<String>()
        for text in [entry.text].compactMap({ $0 }) + Array(entry.pluralForms.values) {
            names.formUnion(Placeholders.names(in: text))
        }
        return names
    }

    /// Every pictogram needs a text alternative (`picto.<name>`) in the source table.
    static func checkPictogramLabels(_ library: PictogramLibrary, _ site: Site, _ diagnostics: inout DiagnosticBag) {
        guard let source = site.translations[site.config.defaultLanguage] else { return }
        for pictogram in library.pictograms.values.sorted(by: { $0.name < $1.name }) where source.entries["picto.\(pictogram.name)"] == nil {
            diagnostics.error(
                "missing-translation", at: SourceLocation(file: source.file),
                "the pictogram '\(pictogram.name)' has no text alternative",
                hint: "add 'picto.\(pictogram.name)' with a short description of the picture to \(source.file) and the other tables")
        }
    }

    /// Every `{{t.some.key}}` a template uses must exist in the source table.
    static func checkTemplateKeys(_ templates: Templates, _ site: Site, _ diagnostics: inout DiagnosticBag) {
        guard let source = site.translations[site.config.defaultLanguage] else { return }
        for (name, keys) in templates.translationKeysUsed.sorted(by: { $0.key < $1.key }) {
            for key in keys.sorted() where source.entries[key] == nil {
                diagnostics.error(
                    "unknown-key", at: SourceLocation(file: templates.origin(of: name)), "the template '\(name)' uses the key '\(key)', which \(source.file) does not have",
                    hint: Suggestion.closest(to: key, in: source.entries.keys).map { "did you mean '\($0)'?" } ?? "add it to \(source.file)")
            }
        }
    }
}

/// `{name}` placeholders in translated strings.
enum Placeholders {
    static func names(in text: String) -> Set<String> {
        // Most strings have none; only the character "{" starts one, and it is this one byte.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return [] }
        return ScalarText.isOneCharacterPerScalar(text) ? namesByScalars(text) : namesByCharacters(text)
    }

    static func namesByCharacters(_ text: String) -> Set<String> {
        var names = Set<String>()
        var current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                if !name.isEmpty { names.insert(name) }
                current = nil
            } else if current != nil {
                if character.isLetter || character.isNumber || character == "_" {
                    current?.append(character)
                } else {
                    current = nil
                }
            }
        }
        return names
    }

    /// `names(in:)` for a text whose scalars are its characters (most translated texts): the same
    /// walk without breaking the text into characters.
    static func namesByScalars(_ text: String) -> Set<String> {
        var names = Set<String>()
        var current: String.UnicodeScalarView?
        for scalar in text.unicodeScalars {
            if scalar == "{" {
                current = String.UnicodeScalarView()
            } else if scalar == "}", let name = current {
                if !name.isEmpty { names.insert(String(name)) }
                current = nil
            } else if current != nil {
                if ScalarText.isLetter(scalar) || ScalarText.isNumber(scalar) || scalar == "_" {
                    current?.append(scalar)
                } else {
                    current = nil
                }
            }
        }
        return names
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
