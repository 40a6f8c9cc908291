// One file of the generated site, in memory: its path below the output folder and its bytes.

public struct OutputFile: Sendable, Equatable {
    /// Relative path with `/` separators, e.g. `nl/buurtteams/zuilen/index.html`.
    public var path: String
    public var bytes: [UInt8]
    /// For a page made from a template: the digest of the template and its context
    /// (`ContextDigest`), recorded so that the next build can keep the page.
    public var source: Digest?
    /// True for a page whose `source` equals the last build's and whose file is intact: `bytes`
    /// are empty and the writer keeps the current file.
    public var kept = false

    public init(path: String, text: String, source: Digest? = nil) {
        self.path = path
        self.bytes = Array(text.utf8)
        self.source = source
    }

    /// The current file at `path`, unchanged (see `kept`).
    static func keeping(_ path: String, source: Digest?) -> OutputFile {
        var file = OutputFile(path: path, bytes: [])
        file.source = source
        file.kept = true
        return file
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A 64-bit FNV-1a hash: short, stable content fingerprints for cache-busting file names.
enum Fingerprint {
    static func hex(_ text: String) -> String {
        var text = text
        let hash = text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
