// Which inputs each page was made from, so that a rebuild after editing the text of a page, or the
// facts of a team, renders only the pages that show them.
//
// A page's body reaches the output through three doors only: its HTML (`PreparedSite.html(of:)`:
// the page itself, and every language that falls back to it), its blocks (`PreparedSite.blocks(of:)`:
// the compare views) and its fingerprint (`Site.freshness(of:)`: the "the Dutch text changed" notice
// of its translations). A team's facts reach it through four: one team by id (`Site.team(_:)`, noted
// as the team's file), the teams of a wijk (`Site.teams(in:)`, noted as `@teams-in:<wijk>`), the
// current sessions in one language (`PreparedSite.currentSessions(speaking:)`, `@sessions-in:<code>`),
// and every team (`Site.teams` and `PreparedSite.currentSessions`, `@teams`). Each door notes what
// it opened in the recorder of the job that is running, so the record is made by the build itself,
// not written out by hand. Everything else a page shows comes from front matter and other files;
// an edit that touches any of those takes the ordinary path. What the jobs are (which teams have a
// contact card, which languages a walk-in page) is checked as a whole (`InputReads.jobs`).

import Foundation

/// The inputs one job (one route in one language) read, noted while it runs: Markdown files whose
/// body it showed, team files, and the names of the team lists it read (`InputReads.allTeams`,
/// `InputReads.teams(in:)`, `InputReads.sessions(speaking:)`).
final class InputReads: @unchecked Sendable {
    /// The recorder of the job running on this thread; nil outside a recorded job (loading,
    /// checking), where reads are not the output's.
    @TaskLocal static var current: InputReads?

    /// Only the job's own thread adds to it.
    private(set) var files = Set<String>()

    /// Notes that the running job read `file` (a path below the site root) or the list named `file`.
    static func note(_ file: String) {
        current?.files.insert(file)
    }

    /// Runs `work` with a recorder of its own, returning what it made and the inputs it read.
    static func recording<Result>(_ work: () -> Result) -> (Result, Set<String>) {
        let reads = InputReads()
        let result = $current.withValue(reads) { work() }
        return (result, reads.files)
    }

    /// The name a job notes when it read every team.
    static let allTeams = "@teams"

    /// The name a job notes when it read the teams of `wijk`.
    static func teams(in wijk: String) -> String { "@teams-in:" + wijk }

    /// The name a job notes when it read the current sessions where `code` is spoken.
    static func sessions(speaking code: String) -> String { "@sessions-in:" + code }

    /// The jobs in order (each as its language's position and its route's path), kept with the
    /// lists' digests: a change of them (a team's contact person added, a language spoken for the
    /// first time) is never traced.
    static let jobs = "@jobs"

    /// A digest of each list a job can note (every team; the teams of each wijk; the teams with a
    /// current session in each language): the ids, files and file digests (`files`) of its teams,
    /// in order. A team that moved to another wijk changes both wijken's lists. With `jobs` (every
    /// job, in order), under `@jobs`.
    static func lists(_ site: Site, files: [String: Digest], jobs: [(Int, PageRoute)]) -> [String: Digest] {
        func add(_ team: Team, to hasher: inout DigestHasher) {
            hasher.add(team.id)
            hasher.add(team.file)
            hasher.add(files[team.file] ?? Digest(high: 0, low: 0))
        }
        var all = DigestHasher()
        var byWijk: [String: DigestHasher] = [:], byLanguage: [String: DigestHasher] = [:]
        for team in site.teams {
            add(team, to: &all)
            add(team, to: &byWijk[team.wijk.value, default: DigestHasher()])
            let spoken = Set(team.currentSessions(on: site.buildDate).flatMap { $0.languages.map(\.value) })
            for code in spoken.sorted() { add(team, to: &byLanguage[code, default: DigestHasher()]) }
        }
        var lists = [allTeams: all.finish()]
        for (wijk, hasher) in byWijk { lists[teams(in: wijk)] = hasher.finish() }
        for (code, hasher) in byLanguage { lists[sessions(speaking: code)] = hasher.finish() }
        var order = DigestHasher()
        for (language, route) in jobs {
            order.add(language)
            order.add(route.path)
        }
        lists[Self.jobs] = order.finish()
        return lists
    }
}

/// The inputs each job read, gathered from all cores. Held by job (its language's position and
/// its route), each distinct set of reads once: many jobs read the same (every team, one team's
/// file), and at 20,000 pages 60,000 jobs read something; a key and a set of its own for each
/// were 9 MB at the build's peak.
public final class InputReadLog: @unchecked Sendable {
    private struct Job: Hashable {
        let language: Int
        let route: PageRoute
    }

    private let lock = NSLock()
    private var reads: [Job: Set<String>] = [:]
    private var distinct: [Set<String>: Set<String>] = [:]

    public init() {}

    func record(_ job: (Int, PageRoute), _ files: Set<String>) {
        let job = Job(language: job.0, route: job.1)
        lock.lock()
        if files.isEmpty {
            reads[job] = nil
        } else {
            let shared = distinct[files] ?? files
            distinct[files] = shared
            reads[job] = shared
        }
        lock.unlock()
    }

    /// Job key (`Pipeline.jobKey`) → the inputs it read; jobs that read none are left out.
    func all(_ languages: [Language]) -> [String: Set<String>] {
        lock.lock()
        defer { lock.unlock() }
        var named: [String: Set<String>] = [:]
        named.reserveCapacity(reads.count)
        for (job, files) in reads { named[Pipeline.jobKey((job.language, job.route), languages)] = files }
        return named
    }
}

/// What a build recorded that the next one needs to tell a traced edit from any other: each input
/// file's digest, each Markdown file's front matter digest, the inputs each job read, the digests
/// of the team lists and of the jobs' order, and its files. Kept in the build state
/// (`BuildState.facts`), or in memory by the preview.
public struct BuildFacts: Sendable {
    /// The build date the build was made for (its description).
    var buildDate: String
    /// Path below the site root → digest of the file's bytes.
    var inputFiles: [String: Digest]
    /// Markdown file → digest of its front matter (`TracedEdit.frontMatterDigest`).
    var frontMatter: [String: Digest]
    /// Job key → the inputs it read; jobs that read none are left out.
    var reads: [String: Set<String>]
    /// `InputReads.lists`: list name → digest.
    var lists: [String: Digest] = [:]
    /// The paths of the build's files (the writer's marker left out).
    var files: [String]
    /// The page digests of those files (`PageReuse`).
    var digests: [String: Digest]
}

/// A rebuild after edits whose effect the last build traced: every edited file is a page's `.md`
/// whose front matter is byte for byte the last build's, or a team's file, and no other input
/// changed, came or went; and the jobs are those of the last build, in the same order. A page that
/// read none of the edited bodies, teams and team lists (`InputReads`) is then the same file: only
/// the jobs that read one run; every other file of the last build stands as it is.
public struct TracedEdit: Sendable {
    /// The edited files, relative to the site root, and the team lists that changed.
    let edited: Set<String>
    /// The last build's record: job key → the inputs it read.
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
    /// now (`files`: path → digest) for `buildDate`, with the team lists and jobs now (`lists`:
    /// `InputReads.lists`) and the files of the site's teams (`teamFiles`), or nil when it is not
    /// one the last build traced (then the build takes the ordinary path).
    static func between(_ facts: BuildFacts, and files: [String: Digest], buildDate: String, root: String,
                        lists: [String: Digest], teamFiles: Set<String>) -> TracedEdit? {
        guard facts.buildDate == buildDate, !facts.inputFiles.isEmpty, facts.inputFiles.count == files.count,
              let jobs = lists[InputReads.jobs], facts.lists[InputReads.jobs] == jobs else { return nil }
        var edited = Set<String>()
        for (path, digest) in files where facts.inputFiles[path] != digest {
            // A file that came (or went: the counts are equal, so another came) is not an edit.
            guard facts.inputFiles[path] != nil else { return nil }
            if !teamFiles.contains(path) {
                guard let front = facts.frontMatter[path], front == frontMatterDigest(file: path, root: root) else { return nil }
            }
            edited.insert(path)
        }
        guard !edited.isEmpty else { return nil }
        for name in Set(lists.keys).union(facts.lists.keys) where lists[name] != facts.lists[name] { edited.insert(name) }
        return TracedEdit(
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
