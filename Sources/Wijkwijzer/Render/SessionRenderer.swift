// A walk-in session's HTML, rendered once per language, session and depth of page, and kept in a
// bounded cache shared by the threads of a build (README: "A session is rendered once").

import Foundation
import Mustache

/// Rendered pieces by the digest of what they were rendered from, shared by the threads of a build.
/// It keeps at most `limit` bytes: a site with thousands of sessions lists them all on its home
/// page, and keeping every one for the whole build would break the memory bound (a piece not kept
/// is rendered again where it is needed, the same bytes).
final class RenderCache: @unchecked Sendable {
    static let defaultLimit = 512 << 10

    private let lock = NSLock()
    private var values: [Digest: String] = [:]
    private var bytes = 0
    let limit: Int

    init(limit: Int = RenderCache.defaultLimit) { self.limit = limit }

    func value(_ key: Digest) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ key: Digest, _ value: String) {
        lock.lock()
        defer { lock.unlock() }
        let size = value.utf8.count
        guard values[key] == nil, bytes + size <= limit else { return }
        values[key] = value
        bytes += size
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}

/// `session.mustache` for one session (`ScheduleViews.session`), rendered once per language for each
/// session and depth of page: the same session is on the home page, and on the page of every
/// language spoken at it (those pages were a fifth of the Utrecht site's instructions). It sees the
/// session and the language's `t`, `icon` and `dataLang`, as it would inside the page.
final class SessionRenderer: @unchecked Sendable {
    let cache = RenderCache()
    private let templates: TemplateSet
    private let metrics: TemplateMetrics?
    private let constants: [String: Any]
    /// The sessions of the last build (`SessionStore`), and what names this language's rendering of
    /// them besides a session's own values: every template's text and the language's constants.
    private let store: SessionStore?
    private let storeKey: Digest

    init(templates: TemplateSet, metrics: TemplateMetrics?, constants: [String: Any], store: SessionStore? = nil,
         templatesDigest: Digest = Digest(high: 0, low: 0), constantsDigest: Digest = Digest(high: 0, low: 0)) {
        self.templates = templates
        self.metrics = metrics
        self.constants = constants
        self.store = store
        var hasher = DigestHasher()
        hasher.add(templatesDigest)
        hasher.add(constantsDigest)
        storeKey = hasher.finish()
    }

    func html(_ session: [String: Any]) -> String {
        let key = ContextDigest.of(session)
        if let key, let known = cache.value(key) { return known }
        let stored = key.map { key in
            var hasher = DigestHasher()
            hasher.add(storeKey)
            hasher.add(key)
            return hasher.finish()
        }
        if let key, let stored, let earlier = store?.value(stored) {
            cache.store(key, earlier)
            return earlier
        }
        let context = session.merging(constants) { $1 }
        let html = templates.render(context, withTemplate: "session", metrics: metrics)
        if let key { cache.store(key, html) }
        if let stored { store?.keep(stored, html) }
        return html
    }
}

/// HTML made when a template writes it (`{{{html}}}`), not before: a page listing thousands of
/// sessions then never holds them all at once beside its output.
struct LazyHTML: MustacheCustomRenderable {
    let make: () -> String
    var renderText: String { make() }
    var isNull: Bool { false }
}

/// Counts a language's pages rendered from the templates as written, up to `limit`: a rebuild that
/// keeps most pages renders a few, and the language's own templates (its texts written in, parsed
/// again) pay only when many pages use them. The same bytes either way.
final class RendersAsWritten: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int

    init(_ limit: Int) { left = limit }

    /// True while fewer than `limit` pages took this way.
    func take() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard left > 0 else { return false }
        left -= 1
        return true
    }
}
