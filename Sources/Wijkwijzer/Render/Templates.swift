// The Mustache templates and stylesheet: embedded defaults, each overridable by a file in the site.

import Foundation
import Mustache

public struct Templates: Sendable {
    public static let names = [
        "layout", "home", "team", "wijk", "teams", "info", "info-index", "organisations", "credits", "compare", "notfound", "root",
        "urgent", "sessions", "partners", "fallback",
        "walk-in-index", "walk-in-language", "events", "flyer", "flyers", "bilingual",
        "stories", "story", "accessibility", "story-cards", "stories-block", "meetings", "contact-actions",
    ]

    let library: MustacheLibrary

    /// Our HTML escaping (UTF-8 based, also escapes `'`) replaces swift-mustache's default,
    /// which looks every character up in a dictionary and dominated build time.
    static let contentTypeName = "WIJKWIJZER_HTML"
    private static let registration: Void = MustacheContentTypes.register(FastHTMLContentType(), named: contentTypeName)
    private static var contentTypePragma: String {
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
        var library = MustacheLibrary()
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
                        _ = try MustacheTemplate(string: custom)
                        text = custom
                        overridden.insert(name)
                    } catch {
                        diagnostics.error(
                            "template-syntax", at: SourceLocation(file: relative), "this template cannot be read: \(error)",
                            hint: "every {{#section}} needs a matching {{/section}}; the default template is used until it is fixed")
                    }
                }
            }
            do {
                try library.register(Self.contentTypePragma + text, named: name)
            } catch {
                diagnostics.error("template-syntax", at: SourceLocation(file: "templates/\(name).mustache"), "this template cannot be read: \(error)")
            }
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
        return Templates(
            library: library, stylesheet: stylesheet, assets: assets, translationKeysUsed: keys, overridden: overridden,
            siteFolder: folder)
    }

    func origin(of name: String) -> String {
        overridden.contains(name) ? "templates/\(name).mustache" : "(built-in template \(name).mustache)"
    }

    func render(_ name: String, _ context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// The keys of `{{t.some.key}}`, `{{{t.some.key}}}` and `{{#t.some.key}}` in a template.
    static func translationKeys(in text: String) -> Set<String> {
        var keys = Set<String>()
        for piece in text.components(separatedBy: "{{").dropFirst() {
            let tag = piece.prefix { $0 != "}" }
            let name = tag.drop { "{#^/&! ".contains($0) }.trimmed
            if name.hasPrefix("t.") { keys.insert(String(name.dropFirst(2))) }
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
