// What a process that loads the same site again and again (the preview) keeps between loads:
// each file's parsed result, used again while the file's bytes are those it was parsed from, and
// the templates and pictograms while none of their files changed.

import Foundation

/// The results of the last load's jobs (a team, a page, a translation table), each with a digest of
/// the text it was parsed from. A job whose file has that digest now, and is a plain file (not a
/// link, which the loader checks where it points), takes the result as it is; every other job runs.
/// A job's result depends only on its file's text and the site's languages (`LoadJob.run`), and the
/// digest is of the text the job read, not of the file before it was read, so a file edited while
/// it is being loaded is loaded again next time. Entries of files no longer loaded are dropped.
public final class LoadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// Jobs that took a cached result in the last load, and jobs that ran (the tests read them).
    public private(set) var reused = 0
    public private(set) var loaded = 0

    struct Entry {
        let digest: Digest
        let languageIDs: [String]
        let result: LoadJob.Result
    }

    /// The templates and pictograms, and the messages of reading each.
    struct Assets {
        let templates: Templates
        let templateDiagnostics: DiagnosticBag
        let pictograms: PictogramLibrary
        let pictogramDiagnostics: DiagnosticBag
    }

    /// The assets of the last load, with a digest of the files below templates/ and pictograms/
    /// they were read from. Kept with them are the parsed templates (`ParsedTemplates`), so a
    /// rebuild parses only the texts it has not seen.
    private var assets: (digest: Digest, assets: Assets)?
    /// More parsed texts than this (each edit of a translation adds the texts it changes), and the
    /// templates are read afresh.
    static let parsedTemplatesLimit = 2_000

    public init() {}

    /// The templates and pictograms as `load` reads them, taken from the last load while no file
    /// below templates/ or pictograms/ changed, came, went or became a link. `digests` were taken
    /// before loading; what is loaded is kept only if the files still have them afterwards, so a
    /// file edited while it was being read is read again next time.
    func assets(root: String, digests: [String: Digest], load: () -> Assets) -> Assets {
        let paths = digests.keys.filter { $0.hasPrefix("templates/") || $0.hasPrefix("pictograms/") }.sorted()
        func digest(_ fileDigest: (String) -> Digest?) -> Digest {
            var hasher = DigestHasher()
            for path in paths {
                hasher.add(path)
                if let digest = fileDigest(path) { hasher.add(digest) }
            }
            return hasher.finish()
        }
        let before = digest { digests[$0] }
        let plainFiles = paths.allSatisfy { path in
            var status = stat()
            return lstat(InputFiles.join(root, path), &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        }
        lock.lock()
        let last = assets
        lock.unlock()
        if plainFiles, let last, last.digest == before, last.assets.templates.parsedCount < Self.parsedTemplatesLimit {
            return last.assets
        }
        let loaded = load()
        let unchanged = plainFiles && digest { InputFiles.fileDigest(InputFiles.join(root, $0)) } == before
        lock.lock()
        assets = unchanged ? (before, loaded) : nil
        lock.unlock()
        return loaded
    }

    /// The cached result of `job` when its file (`digest`: of its bytes now) is unchanged.
    func result(of job: LoadJob, root: String, digest: Digest?, languageIDs: [String]) -> LoadJob.Result? {
        guard let digest else { return nil }
        lock.lock()
        let entry = entries[job.key]
        lock.unlock()
        guard let entry, entry.digest == digest, entry.languageIDs == languageIDs else { return nil }
        var status = stat()
        guard lstat(InputFiles.join(root, job.file), &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return entry.result
    }

    /// Keeps the results of this load (of the jobs whose text was read), and only those.
    func replace(with results: [(job: LoadJob, result: LoadJob.Result)], languageIDs: [String], reused: Int) {
        var kept: [String: Entry] = [:]
        for (job, result) in results {
            guard let text = result.texts[job.file] else { continue }
            kept[job.key] = Entry(digest: InputFiles.digest(ofText: text), languageIDs: languageIDs, result: result)
        }
        lock.lock()
        entries = kept
        self.reused = reused
        loaded = results.count - reused
        lock.unlock()
    }
}
