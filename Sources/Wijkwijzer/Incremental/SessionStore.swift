// The sessions' HTML of the last build, kept for the next one beside its state
// (`.wijkwijzer-cache/<output>.sessions`): a rebuild after one team's hours changed renders that
// team's sessions, not the hundreds on every language's home page (README: "A session is rendered once").

import Foundation

/// Rendered sessions by a key that names everything they were rendered from: the session's values,
/// the language's constants (its `t`, `icon`, languages), every template's text (`SessionRenderer`)
/// and, for the file as a whole, the program. A key that matches can only give the same bytes.
/// A build keeps for the next what it used (taken from the last build or rendered), then, while
/// there is room, what the last build kept and this one did not use (a rebuild that keeps the home
/// pages uses no session, and the next may need them all): at most `limit` bytes, so neither the
/// file nor a build's memory grows with a site's history.
public final class SessionStore: CacheStore, @unchecked Sendable {
    public static let limit = 2 << 20
    static let kind = "sessions"
    /// Read when a session is first asked for: a build that renders none (an edit of text) does
    /// not read the file, nor write it.
    static var readsAhead: Bool { false }
    let values: KeptValues<Digest, String>
    var limit: Int { values.limit }

    public convenience init(earlier: [Digest: String] = [:], limit: Int = SessionStore.limit) {
        self.init(limit: limit) { earlier }
    }

    convenience init(load: @escaping () -> [Digest: String]) { self.init(limit: SessionStore.limit, load: load) }

    init(limit: Int, load: @escaping () -> [Digest: String]) {
        values = KeptValues(limit: limit, size: { $0.utf8.count }, load: load)
    }

    /// The session rendered for `key` in the last build, kept for the next one too.
    func value(_ key: Digest) -> String? { values.value(key) }

    /// Keeps a session this build rendered for the next build, while the kept ones stay under `limit`.
    func keep(_ key: Digest, _ html: String) { values.keep(key, html, added: true) }

    /// The store of the next build (the preview keeps it in memory).
    public func next() -> SessionStore {
        guard values.changed else { return SessionStore(limit: limit, load: values.unused()) }
        return SessionStore(earlier: Dictionary(uniqueKeysWithValues: entries()), limit: limit)
    }

    /// What this build used, then what the last one kept and this one did not use, while the sum
    /// stays under `limit`; in the order of the keys.
    func entries() -> [(key: Digest, value: String)] {
        var (entries, size) = values.kept
        for (key, html) in values.earlier.sorted(by: { Self.order($0.key, $1.key) }) where entries[key] == nil {
            let bytes = html.utf8.count
            guard size + bytes <= limit else { continue }
            entries[key] = html
            size += bytes
        }
        return entries.sorted { Self.order($0.key, $1.key) }
    }

    // MARK: On disk (`CacheStore`)

    static func encode(_ key: Digest, _ html: String, into writer: inout CacheWriter) {
        writer.digest(key)
        writer.text(html)
    }

    static func decodeEntry(_ reader: inout CacheReader) -> (Digest, String)? {
        guard let key = reader.digest(), let html = reader.text() else { return nil }
        return (key, html)
    }
}
