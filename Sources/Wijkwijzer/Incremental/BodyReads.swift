// Which Markdown bodies each page was made from, so that a rebuild after editing the text of a page
// renders only the pages that show that text.
//
// A page's body reaches the output through three doors only: its HTML (`PreparedSite.html(of:)`:
// the page itself, and every language that falls back to it), its blocks (`PreparedSite.blocks(of:)`:
// the compare views) and its fingerprint (`Site.freshness(of:)`: the "the Dutch text changed" notice
// of its translations). Each door notes the file it opened in the recorder of the job that is
// running, so the record is made by the build itself, not written out by hand. Everything else a
// page shows comes from front matter and other files; an edit that touches any of those takes the
// ordinary path.

import Foundation

/// The bodies one job (one route in one language) read, noted while it runs.
final class BodyReads: @unchecked Sendable {
    /// The recorder of the job running on this thread; nil outside a recorded job (loading,
    /// checking), where reads are not the output's.
    @TaskLocal static var current: BodyReads?

    /// Only the job's own thread adds to it.
    private(set) var files = Set<String>()

    /// Notes that the running job read the body of `file` (a path below the site root).
    static func note(_ file: String) {
        current?.files.insert(file)
    }

    /// Runs `work` with a recorder of its own, returning what it made and the bodies it read.
    static func recording<Result>(_ work: () -> Result) -> (Result, Set<String>) {
        let reads = BodyReads()
        let result = $current.withValue(reads) { work() }
        return (result, reads.files)
    }
}

/// The bodies each job read, gathered from all cores (job key → files).
public final class BodyReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reads: [String: Set<String>] = [:]

    public init() {}

    func record(_ job: String, _ files: Set<String>) {
        lock.lock()
        reads[job] = files.isEmpty ? nil : files
        lock.unlock()
    }

    /// Job key → the bodies it read; jobs that read none are left out.
    public var all: [String: Set<String>] {
        lock.lock()
        defer { lock.unlock() }
        return reads
    }
}

/// What a build recorded that the next one needs to tell an edit of text alone from any other:
/// each input file's digest, each Markdown file's front matter digest, the bodies each job read,
/// and its files. Kept in the build state (`BuildState.facts`), or in memory by the preview.
public struct BuildFacts: Sendable {
    /// The build date the build was made for (its description).
    var buildDate: String
    /// Path below the site root → digest of the file's bytes.
    var inputFiles: [String: Digest]
    /// Markdown file → digest of its front matter (`BodyOnlyEdit.frontMatterDigest`).
    var frontMatter: [String: Digest]
    /// Job key → the bodies it read; jobs that read none are left out.
    var reads: [String: Set<String>]
    /// The paths of the build's files (the writer's marker left out).
    var files: [String]
    /// The page digests of those files (`PageReuse`).
    var digests: [String: Digest]
}

/// A rebuild after edits to Markdown bodies only: every edited file is a page's `.md` whose front
/// matter is byte for byte the last build's, and no other input changed, came or went. The set of
/// pages is then the last build's, and a page that read none of the edited bodies is the same
/// file: only the jobs that read one run; every other file of the last build stands as it is.
public struct BodyOnlyEdit: Sendable {
    /// The edited files, relative to the site root.
    let edited: Set<String>
    /// The last build's record: job key → the bodies it read.
    let previousReads: [String: Set<String>]
    /// The last build's files, all still as it left them (on disk, or in memory).
    let previousFiles: [String]
    /// The last build's page digests, carried over for the pages that stand.
    let previousDigests: [String: Digest]

    func affects(_ job: String) -> Bool {
        guard let read = previousReads[job] else { return false }
        return !read.isDisjoint(with: edited)
    }

    /// The edit between the last build (`facts`; its files still as it left them) and the inputs
    /// now (`files`: path → digest) for `buildDate`, or nil when it is not one of bodies only (then
    /// the build takes the ordinary path).
    static func between(_ facts: BuildFacts, and files: [String: Digest], buildDate: String, root: String) -> BodyOnlyEdit? {
        guard facts.buildDate == buildDate, !facts.inputFiles.isEmpty, facts.inputFiles.count == files.count else { return nil }
        var edited = Set<String>()
        for (path, digest) in files where facts.inputFiles[path] != digest {
            // A file that came (or went: the counts are equal, so another came) is not an edit.
            guard facts.inputFiles[path] != nil, let front = facts.frontMatter[path],
                  front == frontMatterDigest(file: path, root: root) else { return nil }
            edited.insert(path)
        }
        guard !edited.isEmpty else { return nil }
        return BodyOnlyEdit(
            edited: edited, previousReads: facts.reads, previousFiles: facts.files, previousDigests: facts.digests)
    }

    /// The digest of a Markdown file's front matter (and of the line its body starts on), nil when
    /// it has none or cannot be read. Read and split as the loaders do.
    static func frontMatterDigest(file: String, root: String) -> Digest? {
        var ignored = DiagnosticBag()
        guard let text = TextFile.read(root: root, relative: file, diagnostics: &ignored) else { return nil }
        return frontMatterDigest(text: text, file: file)
    }

    static func frontMatterDigest(text: String, file: String) -> Digest? {
        var ignored = DiagnosticBag()
        guard let split = FrontMatter.split(text, file: file, diagnostics: &ignored) else { return nil }
        var hasher = DigestHasher()
        hasher.add(split.yaml)
        hasher.add(split.bodyFirstLine)
        return hasher.finish()
    }

    /// The front matter digests of the site's Markdown files (`sources`: the texts the loader read).
    static func frontMatterDigests(_ sources: SourceFiles) -> [String: Digest] {
        var digests: [String: Digest] = [:]
        for (file, text) in sources.texts where file.hasSuffix(".md") {
            digests[file] = frontMatterDigest(text: text, file: file)
        }
        return digests
    }
}
