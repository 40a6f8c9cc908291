// The badges of the languages spoken at a session, an event, a partner or on a flyer: rendered once
// per language of the site and list of spoken languages (README: "Language badges").

import Foundation
import Mustache

/// `language-badges.mustache` for one list of spoken languages. A few lists come back on many pages
/// (every session of a team page, the walk-in pages, the flyers), and in a page's own template
/// each badge was an item of a Mustache section with two look-ups: 4,530 of them in a clean build
/// of the Utrecht site. The template sees `languages` (each with `code` and `name`, the language's
/// own name) and the language's `t`, `icon` and `dataLang`. Its last line break is left out, so
/// that it can stand inside a line of HTML.
final class LanguageBadges: @unchecked Sendable {
    /// Rendered lists by the digest of their codes, at most 64 KB (a few hundred lists; the Utrecht
    /// site has 56 a language): a site with thousands of different lists renders the rare ones
    /// again (the same bytes).
    private let cache = RenderCache(limit: 64 << 10)
    private let templates: TemplateSet
    private let constants: [String: Any]
    private let metrics: TemplateMetrics?
    private let site: Site

    init(site: Site, templates: TemplateSet, constants: [String: Any], metrics: TemplateMetrics?) {
        self.site = site
        self.templates = templates
        self.constants = constants
        self.metrics = metrics
    }

    /// The values of one badge for each language, in the order given.
    func list(_ codes: [Located<String>]) -> [[String: Any]] {
        codes.map { ["code": $0.value, "name": site.nativeName(ofSpoken: $0.value)] }
    }

    /// The list's HTML, made when a template writes it (`{{{languageBadges}}}`): a page kept from the
    /// last build does not render it. A page's digest names it by its codes (`key`).
    struct HTML: MustacheCustomRenderable {
        let key: Digest
        let make: () -> String
        var renderText: String { make() }
        var isNull: Bool { false }
    }

    func html(_ codes: [Located<String>]) -> HTML {
        var hasher = DigestHasher()
        hasher.add(codes.count)
        for code in codes { hasher.add(code.value) }
        let key = hasher.finish()
        return HTML(key: key) { self.rendered(key, codes) }
    }

    private func rendered(_ key: Digest, _ codes: [Located<String>]) -> String {
        if let known = cache.value(key) { return known }
        var context = constants
        context["languages"] = list(codes)
        let html = Self.withoutFinalLineBreak(templates.render(context, withTemplate: Self.template, metrics: metrics))
        cache.store(key, html)
        return html
    }

    static let template = "language-badges"

    /// The text without one final "\n" or "\r\n" (a template file's last line break).
    static func withoutFinalLineBreak(_ text: String) -> String {
        var bytes = text.utf8[...]
        guard bytes.last == UInt8(ascii: "\n") else { return text }
        bytes = bytes.dropLast()
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
