// Reads translations/<language>.yaml: the interface strings of one language.

enum TranslationLoader {
    /// The table files, as (file, language id); tables for unknown languages are reported.
    static func tableFiles(_ context: inout LoadContext, languageIDs: [String]) -> [(file: String, languageID: String)] {
        var result: [(file: String, languageID: String)] = []
        for file in context.files(in: "translations", extension: "yaml") {
            let name = String(file.split(separator: "/").last ?? "")
            let languageID = String(name.dropLast(5))
            guard languageIDs.isEmpty || languageIDs.contains(languageID) else {
                context.diagnostics.error(
                    "unknown-language", at: SourceLocation(file: file), "'\(languageID)' is not a language of this site",
                    hint: "add it to content/site.yaml first, or name the file after one of: \(languageIDs.joined(separator: ", "))")
                continue
            }
            result.append((file, languageID))
        }
        return result
    }

    static func reportMissing(_ context: inout LoadContext, languageIDs: [String], found: Set<String>) {
        for id in languageIDs where !found.contains(id) {
            context.diagnostics.error(
                "missing-file", at: SourceLocation(file: "translations/\(id).yaml"), "the language '\(id)' has no translation table",
                hint: "copy translations/nl.yaml to translations/\(id).yaml and translate it")
        }
    }

    static let pluralCategories = ["zero", "one", "two", "few", "many", "other"]

    static func load(_ file: String, languageID: String, _ context: inout LoadContext) -> TranslationTable? {
        guard let node = context.yaml(file),
              var fields = FieldReader(node, what: "translation table", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }
        if let language = fields.string("language", &diagnostics), language.value != languageID {
            diagnostics.error(
                "unknown-language", at: language.location, "this table says it is for '\(language.value)' but its file name says '\(languageID)'",
                hint: "make it 'language: \(languageID)'")
        }
        var entries: [String: TranslationEntry] = [:]
        if let block = fields.node("entries") {
            guard case .mapping(let pairs) = block.value else {
                diagnostics.error("wrong-type", at: block.location, "'entries' must be a set of 'key:' blocks")
                fields.finish(&diagnostics)
                return TranslationTable(languageID: languageID, entries: [:], file: file)
            }
            for (keyNode, value) in pairs {
                guard let key = keyNode.scalarText, isValidKey(key) else {
                    let shown = String((keyNode.scalarText ?? "").prefix(100))
                    diagnostics.error("bad-key", at: keyNode.location, "'\(shown)' is not a valid key", hint: "keys are lower-case words joined by dots, e.g. team.call")
                    continue
                }
                if entries[key] != nil {
                    diagnostics.error("duplicate-key", at: keyNode.location, "the key '\(key)' is in this table twice", hint: "keep one of them")
                    continue
                }
                if let entry = entry(key, value, &diagnostics) { entries[key] = entry }
            }
        } else {
            diagnostics.error("missing-field", at: fields.location, "this table has no 'entries'")
        }
        fields.finish(&diagnostics)
        return TranslationTable(languageID: languageID, entries: entries, file: file)
    }

    static func entry(_ key: String, _ node: YAMLNode, _ diagnostics: inout DiagnosticBag) -> TranslationEntry? {
        // The usual entry, `text:` then `reviewed: true` or `false`, read without a `FieldReader`:
        // a table has hundreds, and the reader's bookkeeping was most of loading them. Anything
        // else takes the reader's way, with its messages (the tests hold both ways equal).
        if case .mapping(let pairs) = node.value, pairs.count == 2,
           pairs[0].key.scalarText == "text", pairs[1].key.scalarText == "reviewed",
           let text = pairs[0].value.scalarText, let flag = pairs[1].value.scalarText, flag == "true" || flag == "false" {
            return TranslationEntry(key: key, text: text, pluralForms: [:], reviewed: flag == "true", location: node.location)
        }
        return entryByFields(key, node, &diagnostics)
    }

    static func entryByFields(_ key: String, _ node: YAMLNode, _ diagnostics: inout DiagnosticBag) -> TranslationEntry? {
        if let text = node.scalarText {
            return TranslationEntry(key: key, text: text, pluralForms: [:], reviewed: false, location: node.location)
        }
        guard var fields = FieldReader(node, what: "translation entry", diagnostics: &diagnostics) else { return nil }
        let text = fields.node("text")
        var forms: [String: String] = [:]
        for category in pluralCategories {
            if let form = fields.string(category, &diagnostics) { forms[category] = form.value }
        }
        let reviewed = fields.bool("reviewed", &diagnostics) ?? false
        fields.finish(&diagnostics)
        if text != nil, !forms.isEmpty {
            diagnostics.error("bad-value", at: node.location, "'\(key)' has both a text and plural forms", hint: "use either 'text:' or the plural forms (one:, other:, …)")
        }
        let textValue = text?.scalarText
        if textValue == nil, forms.isEmpty {
            diagnostics.error("missing-field", at: node.location, "'\(key)' has no text", hint: "add 'text: …'")
            return nil
        }
        return TranslationEntry(key: key, text: textValue, pluralForms: forms, reviewed: reviewed, location: fields.location)
    }

    /// Lower-case words joined by dots, at most 100 characters and 8 words (templates look keys
    /// up word by word, so a key of 100,000 words would nest as deep).
    static func isValidKey(_ key: String) -> Bool {
        guard key.utf8.count <= 100 else { return false }
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.count <= 8 && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        }
    }
}
