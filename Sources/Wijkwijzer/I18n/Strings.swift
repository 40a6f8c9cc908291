// The one entry point for translated interface strings: lookup through the fallback chain,
// placeholders filled in escaped HTML or plain text.

public struct Strings: Sendable {
    public let language: Language
    /// The language's table first, then its fallbacks, in order.
    let tables: [TranslationTable]

    /// Plural rules by language id, for whichever table an entry comes from.
    let pluralRules: [String: PluralRules]

    public init(language: Language, site: Site) {
        self.language = language
        pluralRules = site.pluralRules
        let chain = [language.id] + language.fallback + [site.config.defaultLanguage]
        var seen = Set<String>()
        tables = chain.filter { seen.insert($0).inserted }.compactMap { site.translations[$0] }
    }

    /// The text of `key`, or the key itself when no table has it (visible, never a crash).
    public func text(_ key: String) -> String {
        for table in tables {
            if let entry = table.entries[key], let text = entry.text ?? entry.pluralForms["other"] { return text }
        }
        return key
    }

    /// The form of `key` for `count` under the plural rules of the table it comes from, with
    /// `{count}` filled in (as a left-to-right isolate in HTML).
    public func pluralHTML(_ key: String, count: Int, _ fragments: [String: String] = [:]) -> String {
        var values = fragments
        values["count"] = HTML.ltr(String(count))
        return fill(pluralText(key, count: count), values, escape: HTML.escape)
    }

    public func pluralPlain(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var all = values
        all["count"] = String(count)
        return fill(pluralText(key, count: count), all, escape: { $0 })
    }

    func pluralText(_ key: String, count: Int) -> String {
        for table in tables {
            guard let entry = table.entries[key] else { continue }
            if entry.pluralForms.isEmpty { return entry.text ?? key }
            let category = pluralRules[table.languageID]?.category(for: count) ?? "other"
            if let form = entry.pluralForms[category] ?? entry.pluralForms["other"] { return form }
        }
        return key
    }

    /// Plain text with `{name}` replaced by the given plain values.
    public func plain(_ key: String, _ values: [String: String] = [:]) -> String {
        fill(text(key), values, escape: { $0 })
    }

    /// HTML: the translated text escaped, with `{name}` replaced by ready-made HTML fragments.
    public func html(_ key: String, _ fragments: [String: String] = [:]) -> String {
        fill(text(key), fragments, escape: HTML.escape)
    }

    /// Replaces `{name}` (a name of letters, digits and `_`) by its value. Each character is
    /// looked at a bounded number of times, so a text of 100,000 `{` costs no more than any other.
    private func fill(_ template: String, _ values: [String: String], escape: (String) -> String) -> String {
        var result = ""
        var literal = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{" {
                var close = template.index(after: index)
                while close < template.endIndex, template[close].isLetter || template[close].isNumber || template[close] == "_" {
                    close = template.index(after: close)
                }
                if close < template.endIndex, template[close] == "}",
                   let value = values[String(template[template.index(after: index)..<close])] {
                    result += escape(literal) + value
                    literal = ""
                    index = template.index(after: close)
                    continue
                }
            }
            literal.append(character)
            index = template.index(after: index)
        }
        return result + escape(literal)
    }

    /// Every entry as nested dictionaries, so a template can write `{{t.team.call}}`.
    public func templateDictionary() -> [String: Any] {
        var root: [String: Any] = [:]
        var keys = Set<String>()
        for table in tables { keys.formUnion(table.entries.keys) }
        for key in keys.sorted() {
            insert(text(key), at: key.split(separator: ".").map(String.init)[...], into: &root)
        }
        return root
    }

    private func insert(_ value: String, at path: ArraySlice<String>, into dictionary: inout [String: Any]) {
        guard let head = path.first else { return }
        if path.count == 1 {
            if dictionary[head] == nil { dictionary[head] = value }
            return
        }
        var child = dictionary[head] as? [String: Any] ?? [:]
        insert(value, at: path.dropFirst(), into: &child)
        dictionary[head] = child
    }

    /// "1 oktober 2026", in the language's words and order.
    public func date(_ date: CalendarDate) -> String {
        plain("date.format", ["day": String(date.day), "month": text("month.\(date.month)"), "year": String(date.year)])
    }

    public func dayName(_ day: Weekday) -> String { text("day.\(day.rawValue)") }
}

public enum HTML {
    /// Escapes text for element content and quoted attribute values. Works on UTF-8 bytes:
    /// text without special characters (most of it) is returned without copying.
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Left-to-right text (phone numbers, times, postcodes, e-mail) isolated inside any direction.
    public static func ltr(_ text: String) -> String {
        "<bdi dir=\"ltr\">\(escape(text))</bdi>"
    }
}
