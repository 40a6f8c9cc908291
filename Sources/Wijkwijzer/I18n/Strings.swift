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
        return Self.fill(pluralText(key, count: count), values, escape: HTML.escape)
    }

    public func pluralPlain(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var all = values
        all["count"] = String(count)
        return Self.fill(pluralText(key, count: count), all, escape: { $0 })
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
        Self.fill(text(key), values, escape: { $0 })
    }

    /// HTML: the translated text escaped, with `{name}` replaced by ready-made HTML fragments.
    public func html(_ key: String, _ fragments: [String: String] = [:]) -> String {
        Self.fill(text(key), fragments, escape: HTML.escape)
    }

    /// Replaces `{name}` (a name of letters, digits and `_`) by its value. Each byte is looked at
    /// at most twice, so a text of 100,000 `{` costs no more than any other. Works on UTF-8 bytes:
    /// a name's ASCII bytes must be letters, digits or `_`; its other bytes are taken into the name
    /// and the name is looked up as it is (the names of `values` are the program's, in ASCII).
    static func fill(_ template: String, _ values: [String: String], escape: (String) -> String) -> String {
        let bytes = Array(template.utf8)
        var result = ""
        var literalStart = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            var close = index + 1
            while close < bytes.count, Self.isNameByte(bytes[close]) { close += 1 }
            if close < bytes.count, bytes[close] == UInt8(ascii: "}"),
               let value = values[String(decoding: bytes[(index + 1)..<close], as: UTF8.self)] {
                result += escape(String(decoding: bytes[literalStart..<index], as: UTF8.self)) + value
                index = close + 1
                literalStart = index
                continue
            }
            index += 1
        }
        guard literalStart > 0 else { return escape(template) }
        return result + escape(String(decoding: bytes[literalStart...], as: UTF8.self))
    }

    /// An ASCII letter, digit or `_`, or a byte of a character beyond ASCII.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), 0x80...: return true
        default: return false
        }
    }

    /// Every entry as nested dictionaries, so a template can write `{{t.team.call}}`.
    public func templateDictionary() -> [String: Any] {
        var keys = Set<String>()
        for table in tables { keys.formUnion(table.entries.keys) }
        // A tree first, made into dictionaries once: growing nested `[String: Any]` in place cost
        // a dynamic cast and a copy per key. Keys are letters, digits, `_` and `-` between dots
        // (`TranslationLoader.isValidKey`), so they are split on bytes. Where one key is also the
        // start of others (`a.b` and `a.b.c`), the others win, as they did in the walk in order.
        let root = KeyTree()
        for key in keys {
            var node = root
            for part in key.utf8.split(separator: UInt8(ascii: ".")) { node = node.child(String(Substring(part))) }
            node.text = text(key)
        }
        return root.dictionary()
    }

    /// The same, made as it was before `KeyTree`: every key in order, into nested dictionaries
    /// (the tests hold both equal).
    func templateDictionaryInOrder() -> [String: Any] {
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
        // Taken out while it grows, so it is not copied at every insert.
        var child = dictionary.removeValue(forKey: head) as? [String: Any] ?? [:]
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
        guard text.containsByte(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        let utf8 = text.utf8
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

/// The keys of the translation tables as a tree (`Strings.templateDictionary`).
private final class KeyTree {
    var text: String?
    private var children: [String: KeyTree] = [:]

    func child(_ name: String) -> KeyTree {
        if let child = children[name] { return child }
        let child = KeyTree()
        children[name] = child
        return child
    }

    func dictionary() -> [String: Any] {
        children.mapValues { child in child.children.isEmpty ? (child.text ?? "") as Any : child.dictionary() as Any }
    }
}
