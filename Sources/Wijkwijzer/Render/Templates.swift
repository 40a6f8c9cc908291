// The Mustache templates and stylesheet: embedded defaults, each overridable by a file in the site.

import Foundation
import Mustache

public struct Templates: Sendable {
    public static let names = [
        "layout", "home", "team", "wijk", "teams", "info", "info-index", "organisations", "credits", "compare", "notfound", "root",
        "urgent", "sessions", "session", "partners", "fallback",
        "walk-in-index", "walk-in-language", "events", "flyer", "flyers", "bilingual",
        "stories", "story", "accessibility", "story-cards", "stories-block", "meetings", "contact-actions", "language-badges",
    ]

    /// The templates as written (no constants; long ones in pieces), parsed when first rendered.
    let generic: TemplateSet
    /// Every template text parsed so far, shared by the languages' `TemplateSet`s.
    let parsed: ParsedTemplates
    /// The text of every template as registered (override or default, with the content-type pragma).
    let texts: [String: String]
    /// A digest of every template's text (part of each page's `ContextDigest`).
    let digest: Digest

    /// Our HTML escaping (UTF-8 based, also escapes `'`) replaces swift-mustache's default,
    /// which looks every character up in a dictionary and dominated build time.
    static let contentTypeName = "WIJKWIJZER_HTML"
    private static let registration: Void = MustacheContentTypes.register(FastHTMLContentType(), named: contentTypeName)
    static var contentTypePragma: String {
        _ = registration
        return "{{% CONTENT_TYPE: \(contentTypeName)}}"
    }
    public let stylesheet: String
    /// The other files of Resources/assets/ by file name: the optional scripts (small, no
    /// libraries; every page is complete without them), e.g. the root chooser's language suggestion.
    public let assets: [String: String]
    /// Template name → the `t.…` keys it uses (for the unknown-key check).
    public let translationKeysUsed: [String: Set<String>]
    /// Template names overridden by a file in the site's `templates/` folder.
    let overridden: Set<String>
    let siteFolder: String

    /// Loads the defaults, then the site's overrides (`templates/<name>.mustache`,
    /// `templates/site.css`). A template that does not parse is reported, and the default is used.
    public static func load(siteRoot: String, diagnostics: inout DiagnosticBag) -> Templates {
        var texts: [String: String] = [:]
        var keys: [String: Set<String>] = [:]
        var overridden = Set<String>()
        let folder = (siteRoot as NSString).appendingPathComponent("templates")
        for name in names {
            let defaultText = EmbeddedResources.files["templates/\(name).mustache"] ?? ""
            var text = defaultText
            let overridePath = (folder as NSString).appendingPathComponent("\(name).mustache")
            if FileManager.default.fileExists(atPath: overridePath) {
                let relative = "templates/\(name).mustache"
                if let custom = TextFile.read(root: siteRoot, relative: relative, diagnostics: &diagnostics) {
                    do {
                        // Parsed here only to report a mistake; pages parse it when they first need it.
                        _ = try MustacheTemplate(string: Self.contentTypePragma + custom)
                        text = custom
                        overridden.insert(name)
                    } catch {
                        let problem = TemplateSyntax.problem(error, file: relative, pragma: Self.contentTypePragma)
                        diagnostics.error("template-syntax", at: problem.location, problem.message, hint: problem.hint)
                    }
                }
            }
            texts[name] = Self.contentTypePragma + text
            keys[name] = translationKeys(in: text)
        }
        var stylesheet = EmbeddedResources.files["assets/site.css"] ?? ""
        let cssPath = (folder as NSString).appendingPathComponent("site.css")
        if FileManager.default.fileExists(atPath: cssPath),
           let custom = TextFile.read(root: siteRoot, relative: "templates/site.css", diagnostics: &diagnostics) {
            stylesheet = custom
        }
        var assets: [String: String] = [:]
        for (path, text) in EmbeddedResources.files where path.hasPrefix("assets/") && path != "assets/site.css" {
            assets[String(path.dropFirst("assets/".count))] = text
        }
        let parsed = ParsedTemplates()
        return Templates(
            generic: TemplateSet(texts: texts, constants: nil, parsed: parsed), parsed: parsed, texts: texts, digest: textsDigest(texts), stylesheet: stylesheet, assets: assets, translationKeysUsed: keys, overridden: overridden,
            siteFolder: folder)
    }

    private static func textsDigest(_ texts: [String: String]) -> Digest {
        var hasher = DigestHasher()
        for name in names {
            hasher.add(name)
            hasher.add(texts[name] ?? "")
        }
        return hasher.finish()
    }

    /// How many template texts have been parsed so far (`LoadCache` reads them afresh past a limit).
    var parsedCount: Int { parsed.count }

    func origin(of name: String) -> String {
        overridden.contains(name) ? "templates/\(name).mustache" : "(built-in template \(name).mustache)"
    }

    func render(_ name: String, _ context: Any) -> String {
        generic.render(context, withTemplate: name) ?? ""
    }

    /// The templates as written, each parsed whole, not in pieces: what the tests compare every
    /// other set's output with. Parsed apart from the build's own.
    func whole() -> TemplateSet {
        TemplateSet(texts: texts, constants: nil, parsed: ParsedTemplates(), inPieces: false)
    }

    /// Templates rendered on many pages of a language (every page, or one per team, wijk,
    /// spoken language or information page) with several constants, and the partials those pages
    /// include inside lists (`partners`, `events`, `contact-actions`, `stories-block`,
    /// `story-cards`: a `{{t.…}}` inside a list's item climbs the context at every item). Only
    /// these are specialised: parsing a template (about half a millisecond) costs more than the
    /// look-ups it saves in a template made a few times per language (`build --template-metrics`
    /// shows the counts). Each was measured in and out (`docs/performance.md`, rounds six and seven).
    static let repeated: Set<String> = [
        "layout", "team", "wijk", "sessions", "session", "info", "compare", "walk-in-language", "urgent",
        "partners", "events", "contact-actions", "stories-block", "story-cards",
    ]

    /// The templates with every variable whose value is the same on every page of a language
    /// (`{{t.nav.home}}`, `{{{icon.phone}}}`, `{{{urgent.emergency}}}`, `{{page.lang}}`) written into their text,
    /// escaped as Mustache would: each look-up costs swift-mustache microseconds, and a page
    /// made hundreds of them. Sections, partials and every other tag are left to Mustache, as
    /// is a variable whose value holds `{{` or `}}`, and a template that changes its delimiters.
    /// A specialised text that does not parse keeps the template as it was.
    /// Each template is specialised and parsed when a page first needs it (`TemplateSet`).
    /// `meanwhile`: the set to render from while another core prepares a template of this one
    /// (`TemplateSet`); without, a page waits for it.
    func library(constants: [String: Any], meanwhile: TemplateSet? = nil) -> TemplateSet {
        TemplateSet(texts: texts, constants: constants, parsed: parsed, meanwhile: meanwhile)
    }

    /// The templates `text` includes (`{{> name}}`, `{{< name}}`); nil when that cannot be told
    /// from the text (a dynamic name `{{>*name}}`, or changed delimiters): then it may need any.
    static func partials(in text: String) -> Set<String>? {
        guard let tags = SectionUnroller.tags(in: Array(text.utf8)) else { return nil }
        var names = Set<String>()
        for tag in tags {
            switch tag.sigil {
            case "=": return nil
            case ">", "<":
                if tag.name.hasPrefix("*") { return nil }
                names.insert(tag.name)
            default: break
            }
        }
        return names
    }

    static func specialise(_ text: String, constants: [String: Any]) -> String {
        if hasDelimiterChange(text) { return text }
        // A section inside another is written out first; then, on the next pass, the one around it.
        var bytes = Array(text.utf8)
        for _ in 0..<4 {
            let unrolled = unrollSections(bytes, constants: constants)
            if unrolled == bytes { break }
            bytes = unrolled
        }
        // A tag that is not closed: the template does not parse, and is left as it is.
        guard let tags = SectionUnroller.tags(in: bytes) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 2)
        var at = 0
        for tag in tags where tag.kind == .variable || tag.kind == .unescaped {
            guard let value = constant(tag.name, in: constants), !SectionUnroller.hasMustacheBraces(value) else { continue }
            result += bytes[at..<tag.start]
            result += (tag.kind == .variable ? HTML.escape(value) : value).utf8
            at = tag.end
        }
        result += bytes[at...]
        return String(decoding: groupPageStrings(result), as: UTF8.self)
    }

    /// Names that every render from a specialised set finds as a string at the root: such sets make
    /// only pages (`LanguageContext.page`), whose `page` always has them.
    static let pageStrings: Set<String> = ["page.path", "page.counterpartPath", "page.home"]

    /// Dictionaries of the page whose keys a specialised text names one by one: `page.languageHref`
    /// holds the page's link in each of the site's languages (the language switcher, written out
    /// per language), `walkIn.current` which spoken language a walk-in page is for (its list of the
    /// others, written out per language). Where one is missing, each key was missing too.
    static let pageDictionaries: Set<String> = ["page.languageHref", "walkIn.current"]

    /// A run of the same `{{page.path}}` (or another of `pageStrings`) with nothing but text
    /// between, outside every section, becomes one section over the value with `{{.}}` inside: one
    /// look-up instead of one per link. The alternate links and the language switcher, written out
    /// per language, are such runs: 10 look-ups a page become 2 (a look-up by name costs
    /// swift-mustache about 2.5 µs, `{{.}}` a fraction of that); so are the footer's nine links
    /// home. A string, even empty, shows a section's body once with the string as `.`, so the
    /// output is the same. A run of names in one of `pageDictionaries` (`{{page.languageHref.nl}}`,
    /// `{{page.languageHref.tr}}`) becomes one section over the dictionary with `{{.nl}}`, `{{.tr}}`
    /// inside: a name with a leading dot is looked up in the dictionary alone, as before.
    static func groupPageStrings(_ bytes: [UInt8]) -> [UInt8] {
        guard let tags = SectionUnroller.tags(in: bytes) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var at = 0, depth = 0, index = 0
        while index < tags.count {
            let tag = tags[index]
            var last = index
            // The section's name, which tags join the run, and what each name becomes inside it.
            var group: (name: String, joins: (SectionUnroller.Tag) -> Bool, inside: (String) -> String)?
            if depth == 0, tag.kind == .variable, pageStrings.contains(tag.name) {
                group = (tag.name, { $0.kind == .variable && $0.name == tag.name }, { _ in "." })
            } else if depth == 0, tag.kind == .variable || tag.kind == .section, let dictionary = dictionaryOfKey(tag.name) {
                // Variables, and sections over keys (a written-out list's flags of the page), with
                // their closes: never an inverted section, which would show where the dictionary
                // is missing.
                group = (dictionary, { [.variable, .section, .close].contains($0.kind) && dictionaryOfKey($0.name) == dictionary },
                         { "." + $0.dropFirst(dictionary.utf8.count + 1) })
            }
            if let group {
                // The longest run whose sections all close inside it.
                var open = 0
                var scan = index
                while scan < tags.count, group.joins(tags[scan]) {
                    open += tags[scan].kind == .section ? 1 : tags[scan].kind == .close ? -1 : 0
                    if open < 0 { break }
                    if open == 0 { last = scan }
                    scan += 1
                }
            }
            if let group, last > index {
                result += bytes[at..<tag.start]
                result += "{{#\(group.name)}}".utf8
                var from = tag.start
                for inner in tags[index...last] {
                    result += bytes[from..<inner.start]
                    let sigil = inner.kind == .section ? "#" : inner.kind == .close ? "/" : ""
                    result += "{{\(sigil)\(group.inside(inner.name))}}".utf8
                    from = inner.end
                }
                result += "{{/\(group.name)}}".utf8
                at = from
                index = last + 1
                continue
            }
            switch tag.kind {
            case .section, .inverted: depth += 1
            case .close: depth -= 1
            default: break
            }
            index += 1
        }
        result += bytes[at...]
        return result
    }

    /// The one of `pageDictionaries` that `name` names a key of (`page.languageHref.nl`), one level down.
    private static func dictionaryOfKey(_ name: String) -> String? {
        pageDictionaries.first { dictionary in
            name.hasPrefix(dictionary + ".") && name.utf8.count > dictionary.utf8.count + 1
                && !name.utf8.dropFirst(dictionary.utf8.count + 1).contains(UInt8(ascii: "."))
        }
    }

    /// Whether `text` has a `{{=` tag (set delimiter), on its UTF-8 bytes.
    private static func hasDelimiterChange(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "="), run >= 2 { return true }
            run = byte == UInt8(ascii: "{") ? run + 1 : 0
        }
        return false
    }

    /// The string a dotted name (`t.nav.home`) names among `constants`, as Mustache would find
    /// it from the page's root; nil for any other tag (sections, partials, comments, transforms).
    private static func constant(_ name: String, in constants: [String: Any]) -> String? {
        constantValue(name, in: constants) as? String
    }

    /// Names that only the root of every context has (no item of a list carries them): a tag of
    /// one reads the root's value at any depth. `{{#dataLang}} lang="{{.}}"{{/dataLang}}` is in
    /// lists of teams, partners and contact persons.
    static let rootNames: Set<String> = ["dataLang"]

    private static func constantValue(_ name: String, in constants: [String: Any]) -> Any? {
        if rootNames.contains(name) { return constants[name] }
        // On the name's bytes: `.`, `(` and the space are ASCII, never part of another character.
        let bytes = name.utf8
        guard let firstByte = bytes.first else { return nil }
        if firstByte < 0x80 {
            let lower = firstByte | 0x20
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return nil }
        } else {
            guard let first = name.first, first.isLetter else { return nil }
        }
        guard !bytes.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: " ") }) else { return nil }
        var parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)[...]
        guard parts.count > 1, let head = parts.popFirst(), var value = constants[String(Substring(head))] else { return nil }
        for part in parts {
            guard let dictionary = value as? [String: Any], let child = dictionary[String(Substring(part))] else { return nil }
            value = child
        }
        return value
    }

    /// Sections over a constant list of dictionaries (`{{#page.switcher}}`) written out item by
    /// item (`SectionUnroller`), and sections over a constant flag or string (`{{#page.sampleData}}`,
    /// `{{^page.isTranslation}}`, `{{#page.bodyClass}}`) written out once or left out; every other
    /// section is left as it is.
    static func unrollSections(_ bytes: [UInt8], constants: [String: Any]) -> [UInt8] {
        guard let tags = SectionUnroller.tags(in: bytes) else { return bytes }
        var result: [UInt8] = []
        var at = 0
        var index = 0
        while index < tags.count {
            let tag = tags[index]
            var items: [[String: Any]]?
            if tag.kind == .section || tag.kind == .inverted, let value = constantValue(tag.name, in: constants) {
                if let shows = (value as? Bool) ?? (value is String ? true : nil) {
                    // A flag, or a string (which swift-mustache shows, even empty: `isNull` is false).
                    // Shown: the body once, in the same context (one item with nothing of its own;
                    // a string is the body's `{{.}}`, as it is for Mustache).
                    var item: [String: Any] = [SectionUnroller.perPageNames: [String: String]()]
                    if let text = value as? String, !text.isEmpty { item[SectionUnroller.itemText] = text }
                    items = shows == (tag.kind == .section) ? [item] : []
                } else if tag.kind == .section {
                    items = value as? [[String: Any]]
                }
            }
            if let items,
               let unrolled = SectionUnroller.unroll(index, tags: tags, bytes: bytes, items: items),
               unrolled.removed.lowerBound >= at {
                result += bytes[at..<unrolled.removed.lowerBound]
                result += unrolled.replacement
                at = unrolled.removed.upperBound
                index = unrolled.next
                continue
            }
            index += 1
        }
        result += bytes[min(at, bytes.count)...]
        return result
    }

    /// The keys of `{{t.some.key}}`, `{{{t.some.key}}}` and `{{#t.some.key}}` in a template.
    static func translationKeys(in text: String) -> Set<String> {
        // Where every scalar is a character of its own (templates are), the same walk on bytes:
        // Foundation's `components(separatedBy:)` cost 30 M instructions a build.
        ScalarText.isOneCharacterPerScalar(text) ? translationKeysOnBytes(text) : translationKeysByCharacters(text)
    }

    static func translationKeysByCharacters(_ text: String) -> Set<String> {
        var keys = Set<String>()
        for piece in text.components(separatedBy: "{{").dropFirst() {
            let tag = piece.prefix { $0 != "}" }
            let name = tag.drop { "{#^/&! ".contains($0) }.trimmed
            if name.hasPrefix("t.") { keys.insert(String(name.dropFirst(2))) }
        }
        return keys
    }

    /// `translationKeys(in:)` for a text whose scalars are its characters.
    static func translationKeysOnBytes(_ text: String) -> Set<String> {
        var keys = Set<String>()
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let sigils: Set<UInt8> = Set("{#^/&! ".utf8)
        var index = 0
        // Each "{{", left to right, not overlapping; the tag runs to the next "}".
        while index + 1 < bytes.count {
            guard bytes[index] == open, bytes[index + 1] == open else {
                index += 1
                continue
            }
            var start = index + 2
            var end = start
            while end < bytes.count, bytes[end] != close, !(bytes[end] == open && end + 1 < bytes.count && bytes[end + 1] == open) {
                end += 1
            }
            while start < end, sigils.contains(bytes[start]) { start += 1 }
            let name = String(decoding: bytes[start..<end], as: UTF8.self).trimmed
            if name.hasPrefix("t.") { keys.insert(String(name.dropFirst(2))) }
            // The next piece starts after this "{{" (a "{{" inside the tag starts the next piece).
            index += 2
            while index < end, !(bytes[index] == open && index + 1 < bytes.count && bytes[index + 1] == open) { index += 1 }
        }
        return keys
    }
}

/// The optional scripts, each a file in Resources/assets/ (`<rawValue>.js`).
public enum Script: String, Sendable, CaseIterable {
    /// Highlights today's sessions and says "open now".
    case today
    /// "Which team is mine?": answers as the reader types a postcode.
    case postcodeFinder = "postcode-finder"

    var fileName: String { rawValue + ".js" }
}

struct FastHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTML.escape(text) }
}

/// A string renders as itself. Without this, swift-mustache renders every `{{value}}` through
/// `String(describing:)` after three failed dynamic casts; a page has hundreds of them.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
