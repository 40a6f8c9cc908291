// `build` as one call: prepare, render, and write atomically — or touch nothing when there are
// errors, or when the inputs are those of the last build and its output is intact.

import CWijkwijzerSystem
import Foundation

public struct SiteBuildOutcome: Sendable {
    public var result: BuildResult
    /// Nil when nothing was written (errors in the content, or the write failed).
    public var report: WriteReport?
    public var writeError: WriteError?
    /// How long each stage took: load and check, render, write.
    public var timings: [(stage: String, duration: Duration)] = []
    /// The site that was built (nil when it could not be loaded).
    public var site: Site?
    /// The paths of the files written (pages are streamed to the writer, so the result holds no
    /// files), and how many of them are HTML pages.
    public var paths: [String] = []
    public var pageCount = 0
    /// True when the inputs hashed to the last build's and its output was intact: nothing was
    /// loaded, rendered or written.
    public var upToDate = false
    /// True when only Markdown bodies and teams' facts had changed (`TracedEdit`): only the pages
    /// that read an edited body or team were made, and every other file of the last build stood.
    public var traced = false
    /// The build date the build used (nil: the one in content/site.yaml).
    public var buildDate: CalendarDate?

    public var succeeded: Bool { report != nil }
}

public enum SiteBuild {
    /// With `incremental`, the build first hashes its inputs (every file under content/,
    /// translations/, templates/ and pictograms/, the build date, the site folder and the
    /// program) and stops there when they equal what the last build recorded in
    /// `.wijkwijzer-cache/` beside the output and the output is as that build left it.
    public static func run(root: String, output: String, buildDate: CalendarDate?, incremental: Bool = false,
                           metrics: TemplateMetrics? = nil) -> SiteBuildOutcome {
        run(root: root, output: output, resolvingDate: { buildDate }, incremental: incremental, metrics: metrics)
    }

    /// The same, with the build date worked out by `resolvingDate` (`BuildDate.resolve`, which asks
    /// git, about 2 ms) while the inputs are hashed, not before. With `keepsUntilExit` (a command
    /// that exits after the build), what the build made is left to the end of the process
    /// (`UntilExit`) instead of freed.
    public static func run(root: String, output: String, resolvingDate: @escaping @Sendable () -> CalendarDate?,
                           incremental: Bool = false, metrics: TemplateMetrics? = nil, keepsUntilExit: Bool = false) -> SiteBuildOutcome {
        wijkwijzer_map_large_allocations()
        let clock = ContinuousClock()
        var timings: [(String, Duration)] = []
        var start = clock.now
        func lap(_ stage: String) {
            let now = clock.now
            timings.append((stage, now - start))
            start = now
        }
        let (hashedInputs, buildDate) = incremental
            ? InputFiles.digests(root: root, besides: resolvingDate)
            : (nil, resolvingDate())
        let key = (program: BuildState.programIdentity, root: (root as NSString).standardizingPath,
                   date: buildDate?.description ?? "from site.yaml")
        var inputs: Digest?
        var inputFiles: [String: Digest] = [:]
        var reuse: PageReuse?
        var lastFacts: BuildFacts?
        var currentFacts: [String: BuildState.FileFacts] = [:]
        if let hashed = hashedInputs {
            let digest = hashed.all
            inputs = digest
            // A state of another program or site says nothing about this output. Read first without
            // the pages' details, which only a build that has something to do needs.
            let bytes = BuildState.bytes(forOutput: output)
            let summary = bytes.flatMap { BuildState.decode(bytes: $0, details: false) }
                .flatMap { $0.program == key.program && $0.root == key.root ? $0 : nil }
            if let state = summary, state.buildDate == key.date, state.inputs == digest, state.outputIsIntact(output) {
                lap("hash inputs")
                var diagnostics = DiagnosticBag()
                for warning in state.warnings {
                    diagnostics.warning(warning.code, at: warning.location, warning.message, hint: warning.hint)
                }
                let result = BuildResult(files: [], diagnostics: diagnostics, sources: SourceFiles())
                var outcome = SiteBuildOutcome(
                    result: result, report: WriteReport(written: 0, unchanged: state.files.count), writeError: nil, timings: timings)
                outcome.buildDate = buildDate
                outcome.paths = state.files.map(\.path).filter { $0 != SiteWriter.marker }
                outcome.pageCount = state.pageCount
                outcome.upToDate = true
                return outcome
            }
            // Pages whose template and context equal the last build's are kept, not rendered; after
            // edits the last build traced, the pages that did not read them are not even made.
            inputFiles = hashed.byPath
            reuse = PageReuse(previous: [:])
            if summary != nil, let state = bytes.flatMap({ BuildState.decode(bytes: $0) }) {
                let intactEntries = state.files.filter { $0.isIntact(in: output) }
                for entry in intactEntries { currentFacts[entry.path] = entry.facts }
                let intact = Set(intactEntries.map(\.path))
                reuse = PageReuse.from(state, intact: intact)
                if intact.count == state.files.count { lastFacts = state.facts }
            }
            lap("hash inputs")
        }
        // From here on the recorded state no longer describes the output.
        BuildState.remove(forOutput: output)
        // What the last build parsed, rendered and checked, by what it was made from (`KeptFromLastBuild`).
        let kept = incremental ? KeptFromLastBuild.read(forOutput: output, program: key.program) : nil
        let (prepared, diagnostics, sources) = Pipeline.prepare(root: root, buildDate: buildDate, kept: kept)
        lap("load and check")
        guard let prepared, !diagnostics.hasErrors else {
            let result = BuildResult(files: [], diagnostics: diagnostics, sources: sources)
            return SiteBuildOutcome(result: result, report: nil, writeError: nil, timings: timings)
        }
        // After edits the last build traced (the text of pages, the facts of teams), only the pages
        // that read them are made.
        let (lists, edit) = incremental
            ? Pipeline.tracedEdit(since: lastFacts, prepared, files: inputFiles, buildDate: key.date, root: root)
            : ([:], nil)
        // Rendering and writing run together, a batch of pages at a time: "render" is both.
        let result = BuildResult(files: [], diagnostics: diagnostics, sources: sources)
        var outcome = SiteBuildOutcome(result: result, report: nil, writeError: nil, site: prepared.site)
        outcome.buildDate = buildDate
        outcome.traced = edit != nil
        var session: SiteWriter.Session?
        var pageDigests: [String: Digest] = [:]
        let reads = incremental ? InputReadLog() : nil
        do {
            let writer = try SiteWriter.Session(output: output)
            writer.currentFacts = currentFacts
            session = writer
            // Hand each batch's freed memory back to the system, so the peak stays that of two batches.
            let background = SiteWriter.BackgroundSession(writer) { wijkwijzer_release_free_memory() }
            outcome.pageCount = try Pipeline.render(prepared, reuse: reuse, metrics: metrics, reads: reads, edit: edit,
                                                       sessions: kept?.sessions) { files in
                for file in files { if let source = file.source { pageDigests[file.path] = source } }
                try background.add(files)
            }
            // The caches need nothing more of this build: written while the last pages are (the writing
            // threads, in the kernel much of the time, leave a core free at times). Each holds what it
            // made by what it was made from, not the output, so a write of the site that fails after
            // them leaves them true.
            if let kept { _ = ParallelMap.map(kept.writes(forOutput: output, program: key.program)) { write in write() } }
            try background.drain()
            lap("render")
            outcome.report = try writer.finish()
            outcome.paths = writer.paths.sorted()
        } catch let error as WriteError {
            session?.abandon()
            outcome.writeError = error
        } catch {
            session?.abandon()
            outcome.writeError = .system("\(error)", path: output, errno: 0)
        }
        lap("write")
        if let inputs, outcome.report != nil,
           let state = BuildState.record(
               output: output, program: key.program, root: key.root, buildDate: key.date, inputs: inputs,
               pageCount: outcome.pageCount, pages: pageDigests, warnings: diagnostics.all.filter { $0.severity == .warning },
               inputFiles: inputFiles, frontMatter: TracedEdit.frontMatterDigests(sources), reads: reads?.all(prepared.site.config.languages) ?? [:], lists: lists,
               known: session?.swappedFacts) {
            state.write(forOutput: output)
            if keepsUntilExit { UntilExit.keep(state) }
        }
        if keepsUntilExit {
            UntilExit.keep([prepared, kept as Any, reads as Any, session as Any, pageDigests, inputFiles, currentFacts, lists, hashedInputs as Any])
        }
        outcome.timings = timings
        return outcome
    }
}

/// Values a command that exits right after its build leaves to the end of the process instead of
/// freeing them one object at a time: the model, templates, caches and logs of a clean build of
/// the Utrecht site took about 1 ms to free, on one core, after the last file was written (a
/// compiler does the same: clang's `-disable-free`). The system takes the memory back at exit.
public enum UntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    public static func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }

    static var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return kept.count
    }
}
