// The pictograms the last build checked, kept for the next one beside its state
// (`.wijkwijzer-cache/<output>.pictograms`): checking the 49 built-in drawings (an XML parse each)
// was a twentieth of a rebuild after one edit, and they are the same in every build of a program.

import Foundation

/// Checked drawings (`SVGChecker`) by a digest of their text; the program is in the file's header,
/// so a drawing is taken as checked only by the program that checked it. Only drawings that passed
/// are kept: a refused one is checked, and reported, by every build.
public final class PictogramStore: CacheStore, @unchecked Sendable {
    static let kind = "pictograms"
    let values: KeptValues<Digest, SVGChecker.Parsed>

    init(load: @escaping () -> [Digest: SVGChecker.Parsed] = { [:] }) { values = KeptValues(load: load) }

    /// The drawing as the last build checked it, or as `SVGChecker` checks it now.
    func checked(_ text: String) -> Result<SVGChecker.Parsed, SVGProblem> {
        var hasher = DigestHasher()
        hasher.add(text)
        let key = hasher.finish()
        if let earlier = values.value(key) { return .success(earlier) }
        let result = SVGChecker.check(text)
        if case .success(let parsed) = result { values.keep(key, parsed, added: true) }
        return result
    }

    // MARK: On disk (`CacheStore`)

    static func encode(_ key: Digest, _ parsed: SVGChecker.Parsed, into writer: inout CacheWriter) {
        writer.digest(key)
        writer.text(parsed.rootAttributes)
        writer.text(parsed.body)
    }

    static func decodeEntry(_ reader: inout CacheReader) -> (Digest, SVGChecker.Parsed)? {
        guard let key = reader.digest(), let rootAttributes = reader.text(), let body = reader.text() else { return nil }
        return (key, SVGChecker.Parsed(rootAttributes: rootAttributes, body: body))
    }
}

/// What `build` keeps from one build for the next beside its state, each only a cache: the
/// translation tables as parsed, the Markdown as rendered, the pictograms as checked and the
/// sessions as rendered. A file that does not read as one (cut, changed, another program's) is none.
public struct KeptFromLastBuild: Sendable {
    public let tables: TableStore
    public let markdown: MarkdownStore
    public let pictograms: PictogramStore
    public let sessions: SessionStore

    /// Nothing kept: the first build of a preview.
    public static var none: KeptFromLastBuild {
        KeptFromLastBuild(tables: TableStore(), markdown: MarkdownStore(), pictograms: PictogramStore(), sessions: SessionStore())
    }

    /// What this build kept, as the next build in the same process (the preview) finds it.
    public func next() -> KeptFromLastBuild {
        KeptFromLastBuild(tables: tables.next(), markdown: markdown.next(), pictograms: pictograms.next(), sessions: sessions.next())
    }

    public static func read(forOutput output: String, program: String) -> KeptFromLastBuild {
        KeptFromLastBuild(
            tables: .read(forOutput: output, program: program), markdown: .read(forOutput: output, program: program),
            pictograms: .read(forOutput: output, program: program), sessions: .read(forOutput: output, program: program))
    }

    /// Each store's `write` (each writes when its build made something it did not find), to run
    /// side by side, longest first so that the cores end together: on the Utrecht site the Markdown
    /// (a megabyte) takes 3.5 ms, the sessions 2.2, the tables 1.9, the pictograms 0.1.
    func writes(forOutput output: String, program: String) -> [@Sendable () -> Void] {
        [
            { markdown.write(forOutput: output, program: program) }, { sessions.write(forOutput: output, program: program) },
            { tables.write(forOutput: output, program: program) }, { pictograms.write(forOutput: output, program: program) },
        ]
    }
}
