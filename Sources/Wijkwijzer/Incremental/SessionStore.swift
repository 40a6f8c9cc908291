// The sessions' HTML of the last build, kept for the next one beside its state
// (`.wijkwijzer-cache/<output>.sessions`): a rebuild after one team's hours changed renders that
// team's sessions, not the hundreds on every language's home page (README: "A session is rendered once").

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Rendered sessions by a key that names everything they were rendered from: the session's values,
/// the language's constants (its `t`, `icon`, languages), every template's text (`SessionRenderer`)
/// and, for the file as a whole, the program. A key that matches can only give the same bytes.
/// A build keeps for the next what it used (taken from the last build or rendered), then, while
/// there is room, what the last build kept and this one did not use (a rebuild that keeps the home
/// pages uses no session, and the next may need them all): at most `limit` bytes, so neither the
/// file nor a build's memory grows with a site's history.
public final class SessionStore: @unchecked Sendable {
    public static let limit = 2 << 20
    static let header = "wijkwijzer sessions 1 "

    private let lock = NSLock()
    /// Read when a session is first asked for: a build that renders none (an edit of text) does not
    /// read the file, nor write it again.
    private var loaded: [Digest: String]?
    private let load: () -> [Digest: String]
    private var used: [Digest: String] = [:]
    private var usedBytes = 0
    /// Whether this build kept a session the last one did not: else the next store is this one.
    private var added = false
    let limit: Int

    public convenience init(earlier: [Digest: String] = [:], limit: Int = SessionStore.limit) {
        self.init(limit: limit) { earlier }
    }

    init(limit: Int = SessionStore.limit, load: @escaping () -> [Digest: String]) {
        self.limit = limit
        self.load = load
    }

    private var earlier: [Digest: String] {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let made = load()
        loaded = made
        return made
    }

    /// The session rendered for `key` in the last build, kept for the next one too.
    func value(_ key: Digest) -> String? {
        guard let html = earlier[key] else { return nil }
        keep(key, html, added: false)
        return html
    }

    /// Keeps a session this build used for the next build, while the kept ones stay under `limit`.
    func keep(_ key: Digest, _ html: String) { keep(key, html, added: true) }

    private func keep(_ key: Digest, _ html: String, added: Bool) {
        lock.lock()
        defer { lock.unlock() }
        let size = html.utf8.count
        guard used[key] == nil, usedBytes + size <= limit else { return }
        used[key] = html
        usedBytes += size
        if added { self.added = true }
    }

    /// The store of the next build (the preview keeps it in memory).
    public func next() -> SessionStore {
        lock.lock()
        let changed = added
        lock.unlock()
        guard changed else { return self.unused() }
        return SessionStore(earlier: Dictionary(uniqueKeysWithValues: kept()), limit: limit)
    }

    /// This store as the next build finds it: what it held, nothing used yet.
    private func unused() -> SessionStore {
        SessionStore(limit: limit) { [load, loaded] in loaded ?? load() }
    }

    /// What this build used, then what the last one kept and this one did not use, while the sum
    /// stays under `limit`; in the order of the keys.
    private func kept() -> [(key: Digest, value: String)] {
        lock.lock()
        var entries = used
        var bytes = usedBytes
        lock.unlock()
        for (key, html) in earlier.sorted(by: { Self.order($0.key, $1.key) }) where entries[key] == nil {
            let size = html.utf8.count
            guard bytes + size <= limit else { continue }
            entries[key] = html
            bytes += size
        }
        return entries.sorted { Self.order($0.key, $1.key) }
    }

    private static func order(_ one: Digest, _ other: Digest) -> Bool { (one.high, one.low) < (other.high, other.low) }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return used.count
    }

    // MARK: On disk

    static let kind = "sessions"

    /// The store the last build of `output` left, if `program` wrote it; an empty one otherwise
    /// (none, another program's, or a file that does not read as one: it is only a cache).
    public static func read(forOutput output: String, program: String) -> SessionStore {
        SessionStore {
            CacheFile.read(kind: kind, program: program, forOutput: output).flatMap(decode) ?? [:]
        }
    }

    /// Written when this build rendered a session (else the file holds what it would).
    public func write(forOutput output: String, program: String) {
        lock.lock()
        let changed = added
        lock.unlock()
        guard changed else { return }
        CacheFile.write(encodedBody(), kind: Self.kind, program: program, forOutput: output)
    }

    /// Per session its digest and its HTML, in the order of the digests (the same sessions give
    /// the same file).
    func encodedBody() -> [UInt8] {
        var writer = CacheWriter()
        for (key, html) in kept() {
            writer.digest(key)
            writer.text(html)
        }
        return writer.bytes
    }

    /// Nil unless every entry reads whole.
    static func decode(_ reader: CacheReader) -> [Digest: String]? {
        var reader = reader
        var entries: [Digest: String] = [:]
        while !reader.atEnd {
            guard let key = reader.digest(), let html = reader.text() else { return nil }
            entries[key] = html
        }
        return entries
    }
}
