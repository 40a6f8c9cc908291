// Pages of the last build that can stand: a page is made from its template and one context
// (a tree of strings, numbers, flags, arrays and dictionaries, and language badges named by their
// codes). When the digest of both equals the one recorded for the page's path, and the file is on
// disk as that build left it, rendering it again would give the same bytes: the writer keeps the
// file instead.

/// The last build's page digests (path → digest of template and context), only for files whose
/// inode, size and modification time are still those the last build recorded.
public struct PageReuse: Sendable {
    let previous: [String: Digest]

    public init(previous: [String: Digest]) { self.previous = previous }

    /// The digests of `state` whose files are among `intact` (on disk as that build left them).
    static func from(_ state: BuildState, intact: Set<String>) -> PageReuse {
        PageReuse(previous: state.pages.filter { intact.contains($0.key) })
    }

    func canKeep(_ path: String, _ digest: Digest) -> Bool { previous[path] == digest }
}

/// A digest of a template context: the same tree of values gives the same digest whatever the
/// order of its dictionaries. Nil when the tree holds a value of another kind (a closure, an
/// object): such a page is always rendered.
enum ContextDigest {
    /// `constants` are keys whose values were digested once (`constantsDigest`) and are skipped.
    static func of(_ context: [String: Any], skipping constants: Set<String>, constantsDigest: Digest, template: String,
                   templates: Digest) -> Digest? {
        var hasher = DigestHasher()
        hasher.add(templates)
        hasher.add(template)
        hasher.add(constantsDigest)
        guard add(context, skipping: constants, to: &hasher) else { return nil }
        return hasher.finish()
    }

    static func of(_ value: Any) -> Digest? {
        var hasher = DigestHasher()
        guard add(value, to: &hasher) else { return nil }
        return hasher.finish()
    }

    /// Dispatches on the value's exact type: the value is opened (`T` is its dynamic type), so a
    /// known type is a metadata comparison and a reinterpretation, no cast. A chain of `as?`
    /// patterns tried each failing cast in turn, and a cast from `Any` that succeeds still cost
    /// 52 M instructions of a clean build of the Utrecht site.
    static func add(_ value: Any, to hasher: inout DigestHasher) -> Bool {
        add(opened: value, to: &hasher)
    }

    private static func add<T>(opened value: T, to hasher: inout DigestHasher) -> Bool {
        if T.self == String.self {
            hasher.add(1)
            hasher.add(unsafeBitCast(value, to: String.self))
        } else if T.self == [String: Any].self {
            return add(unsafeBitCast(value, to: [String: Any].self), skipping: [], to: &hasher)
        } else if T.self == Bool.self {
            hasher.add(unsafeBitCast(value, to: Bool.self) ? 2 : 3)
        } else if T.self == [[String: Any]].self {
            let rows = unsafeBitCast(value, to: [[String: Any]].self)
            hasher.add(6)
            hasher.add(rows.count)
            for row in rows where !add(row, skipping: [], to: &hasher) { return false }
        } else if T.self == Int.self {
            hasher.add(4)
            hasher.add(unsafeBitCast(value, to: Int.self))
        } else if T.self == [String].self {
            let texts = unsafeBitCast(value, to: [String].self)
            hasher.add(6)
            hasher.add(texts.count)
            for text in texts {
                hasher.add(1)
                hasher.add(text)
            }
        } else if T.self == [String: String].self {
            return add(concrete: unsafeBitCast(value, to: [String: String].self), to: &hasher)
        } else if T.self == [String: Bool].self {
            return add(concrete: unsafeBitCast(value, to: [String: Bool].self), to: &hasher)
        } else if T.self == LanguageBadges.HTML.self {
            hasher.add(7)
            hasher.add(unsafeBitCast(value, to: LanguageBadges.HTML.self).key)
        } else if let dictionary = value as? [String: Any] {
            // Any other dictionary with string keys, bridged.
            return add(dictionary, skipping: [], to: &hasher)
        } else if let items = value as? [Any] {
            hasher.add(6)
            hasher.add(items.count)
            for item in items where !add(item, to: &hasher) { return false }
        } else {
            return false
        }
        return true
    }

    /// Each entry is digested alone and the digests summed: no sorting, any order. Keys in
    /// `skipped` are left out (without copying the dictionary).
    private static func add(_ dictionary: [String: Any], skipping skipped: Set<String>, to hasher: inout DigestHasher) -> Bool {
        add(dictionary, skipping: skipped, to: &hasher) { item, entry in add(item, to: &entry) }
    }

    /// The same for a dictionary of one concrete type (`[String: String]`, `[String: Bool]`),
    /// with the same digest as the dictionary as `[String: Any]`: no bridging.
    private static func add<Value>(concrete dictionary: [String: Value], to hasher: inout DigestHasher) -> Bool {
        add(dictionary, skipping: [], to: &hasher) { item, entry in add(opened: item, to: &entry) }
    }

    private static func add<Value>(_ dictionary: [String: Value], skipping skipped: Set<String>, to hasher: inout DigestHasher,
                                   item: (Value, inout DigestHasher) -> Bool) -> Bool {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var count = 0
        for (key, value) in dictionary where !skipped.contains(key) {
            var entry = DigestHasher()
            entry.add(key)
            guard item(value, &entry) else { return false }
            let digest = entry.finish()
            high &+= digest.high
            low &+= digest.low
            count += 1
        }
        hasher.add(5)
        hasher.add(count)
        hasher.add(Digest(high: high, low: low))
        return true
    }
}
