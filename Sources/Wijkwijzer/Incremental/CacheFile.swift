// The caches a build keeps for the next one beside its state (`.wijkwijzer-cache/<output>.<kind>`):
// a header with the kind, the program and a digest of the rest, then numbers and texts.

import Foundation

/// A cache file: used only when its header names this program and the rest has the digest the
/// header gives, so a file that is cut, changed or another program's is never read as one.
enum CacheFile {
    static func path(forOutput output: String, kind: String) -> String {
        let state = BuildState.path(forOutput: output)
        return String(state.dropLast(".state".count)) + "." + kind
    }

    static func header(kind: String, program: String) -> [UInt8] {
        Array("wijkwijzer \(kind) 1 \(BuildState.escape(program)) ".utf8)
    }

    /// Written beside, then renamed over the old file, like the state.
    static func write(_ body: [UInt8], kind: String, program: String, forOutput output: String) {
        var hasher = DigestHasher()
        hasher.add(body)
        var bytes = header(kind: kind, program: program)
        bytes.reserveCapacity(bytes.count + 33 + body.count)
        bytes += "\(hasher.finish())\n".utf8
        bytes += body
        BuildState.replace(path: path(forOutput: output, kind: kind), with: bytes)
    }

    /// The body of a file `write` wrote for `kind` and `program`, or nil.
    static func body(of bytes: [UInt8], kind: String, program: String) -> CacheReader? {
        let expected = header(kind: kind, program: program)
        let start = expected.count + 33
        guard bytes.count >= start, bytes[0..<expected.count].elementsEqual(expected), bytes[start - 1] == UInt8(ascii: "\n"),
              let digest = Digest(hex: bytes[expected.count..<start - 1]) else { return nil }
        var hasher = DigestHasher()
        bytes[start...].withUnsafeBytes { hasher.add($0) }
        guard hasher.finish() == digest else { return nil }
        return CacheReader(bytes[start...])
    }

    static func read(kind: String, program: String, forOutput output: String) -> CacheReader? {
        FileManager.default.contents(atPath: path(forOutput: output, kind: kind)).flatMap { body(of: [UInt8]($0), kind: kind, program: program) }
    }
}

/// Numbers (decimal, then a space) and texts (their length in bytes, then the bytes, then a line feed).
struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
        bytes += String(value).utf8
        bytes.append(UInt8(ascii: " "))
    }

    mutating func text(_ value: String) {
        number(value.utf8.count)
        bytes += value.utf8
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func digest(_ value: Digest) {
        value.appendHex(to: &bytes)
        bytes.append(UInt8(ascii: " "))
    }
}

/// Reads what `CacheWriter` wrote; nil for anything else, never past the end.
struct CacheReader {
    private let bytes: ArraySlice<UInt8>
    private var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var atEnd: Bool { index == bytes.endIndex }

    mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while index < bytes.endIndex, bytes[index] != UInt8(ascii: " ") {
            let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit), digits < 15 else { return nil }
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        guard digits > 0, index < bytes.endIndex else { return nil }
        index += 1
        return value
    }

    mutating func text() -> String? {
        guard let count = number(), count < bytes.endIndex - index, bytes[index + count] == UInt8(ascii: "\n") else { return nil }
        let text = String(decoding: bytes[index..<index + count], as: UTF8.self)
        index += count + 1
        return text
    }

    mutating func digest() -> Digest? {
        guard bytes.endIndex - index >= 33, bytes[index + 32] == UInt8(ascii: " "),
              let digest = Digest(hex: bytes[index..<index + 32]) else { return nil }
        index += 33
        return digest
    }
}

/// What a build keeps for the next in a cache file: the last build's values, read when one is
/// first asked for (a build that needs none does not read the file), and the values this build
/// used, at most `limit` by `size`. `changed` once this build made a value the last one did not
/// have: else the file already holds what it would be written with.
final class KeptValues<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [Key: Value]?
    private let load: () -> [Key: Value]
    private var used: [Key: Value] = [:]
    private var usedSize = 0
    private var added = false
    let limit: Int
    private let size: (Value) -> Int

    init(limit: Int = .max, size: @escaping (Value) -> Int = { _ in 0 }, load: @escaping () -> [Key: Value]) {
        self.limit = limit
        self.size = size
        self.load = load
    }

    /// The last build's values.
    var earlier: [Key: Value] {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let made = load()
        loaded = made
        return made
    }

    /// Reads the last build's values on another thread now, for a build that will need them: the
    /// loading that comes first leaves a core free at times.
    func preload() {
        DispatchQueue.global().async { [self] in _ = earlier }
    }

    /// The last build's value for `key`, kept for the next build too.
    func value(_ key: Key) -> Value? {
        guard let value = earlier[key] else { return nil }
        keep(key, value, added: false)
        return value
    }

    /// Keeps a value this build used (`added`: made by this build), while the kept stay under `limit`.
    func keep(_ key: Key, _ value: Value, added: Bool) {
        lock.lock()
        defer { lock.unlock() }
        let size = size(value)
        guard used[key] == nil, usedSize + size <= limit else { return }
        used[key] = value
        usedSize += size
        if added { self.added = true }
    }

    var changed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return added
    }

    /// What this build used, and its size.
    var kept: (values: [Key: Value], size: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (used, usedSize)
    }

    /// What this build used, as the last build's values of the next one in the same process.
    func next() -> () -> [Key: Value] {
        let values = kept.values
        return { values }
    }

    /// The values as the next build finds them, unread when this build read none.
    func unused() -> () -> [Key: Value] {
        lock.lock()
        defer { lock.unlock() }
        return { [load, loaded] in loaded ?? load() }
    }
}

/// A store of values kept from one build for the next in `.wijkwijzer-cache/<output>.<kind>`: each
/// entry written and read by the store's own `encode` and `decodeEntry`, the file written only
/// when the build made a value it did not find, in the order of the keys.
protocol CacheStore: AnyObject {
    associatedtype Key: Hashable & Sendable
    associatedtype Value
    static var kind: String { get }
    var values: KeptValues<Key, Value> { get }
    init(load: @escaping () -> [Key: Value])
    static func order(_ one: Key, _ other: Key) -> Bool
    static func encode(_ key: Key, _ value: Value, into writer: inout CacheWriter)
    static func decodeEntry(_ reader: inout CacheReader) -> (Key, Value)?
    /// Whether `read` reads the file at once, on another thread (else when a value is first asked for).
    static var readsAhead: Bool { get }
    /// What the next build finds in the file: by default what this build used, in key order.
    func entries() -> [(key: Key, value: Value)]
}

extension CacheStore {
    var count: Int { values.kept.values.count }

    static var readsAhead: Bool { true }

    func entries() -> [(key: Key, value: Value)] { values.kept.values.sorted { Self.order($0.key, $1.key) } }

    /// The store of the next build in the same process (the preview): what this build used.
    func next() -> Self { Self(load: values.next()) }

    /// The values the last build of `output` left, if `program` wrote them (none otherwise; it is
    /// only a cache). With `readsAhead`, read on another thread now: the loading that comes first
    /// leaves a core free at times.
    static func read(forOutput output: String, program: String) -> Self {
        let store = Self { CacheFile.read(kind: kind, program: program, forOutput: output).flatMap(decode) ?? [:] }
        if readsAhead { store.values.preload() }
        return store
    }

    func write(forOutput output: String, program: String) {
        guard values.changed else { return }
        CacheFile.write(encodedBody(), kind: Self.kind, program: program, forOutput: output)
    }

    func encodedBody() -> [UInt8] {
        var writer = CacheWriter()
        for (key, value) in entries() { Self.encode(key, value, into: &writer) }
        return writer.bytes
    }

    /// Nil unless every entry reads whole.
    static func decode(_ reader: CacheReader) -> [Key: Value]? {
        var reader = reader
        var entries: [Key: Value] = [:]
        while !reader.atEnd {
            guard let (key, value) = decodeEntry(&reader) else { return nil }
            entries[key] = value
        }
        return entries
    }
}

extension CacheStore where Key == Digest {
    static func order(_ one: Digest, _ other: Digest) -> Bool { (one.high, one.low) < (other.high, other.low) }
}
