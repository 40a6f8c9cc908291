// `build` as one call: prepare, render, and write atomically — or touch nothing when there are errors.

import CWijkwijzerSystem

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

    public var succeeded: Bool { report != nil }
}

public enum SiteBuild {
    public static func run(root: String, output: String, buildDate: CalendarDate?) -> SiteBuildOutcome {
        wijkwijzer_map_large_allocations()
        let clock = ContinuousClock()
        var timings: [(String, Duration)] = []
        var start = clock.now
        func lap(_ stage: String) {
            let now = clock.now
            timings.append((stage, now - start))
            start = now
        }
        let (prepared, diagnostics, sources) = Pipeline.prepare(root: root, buildDate: buildDate)
        lap("load and check")
        guard let prepared, !diagnostics.hasErrors else {
            let result = BuildResult(files: [], diagnostics: diagnostics, sources: sources)
            return SiteBuildOutcome(result: result, report: nil, writeError: nil, timings: timings)
        }
        // Rendering and writing run together, a batch of pages at a time: "render" is both.
        let result = BuildResult(files: [], diagnostics: diagnostics, sources: sources)
        var outcome = SiteBuildOutcome(result: result, report: nil, writeError: nil, site: prepared.site)
        var session: SiteWriter.Session?
        do {
            let writer = try SiteWriter.Session(output: output)
            session = writer
            outcome.pageCount = try Pipeline.render(prepared) { files in
                try writer.add(files)
                // Hand the batch's freed memory back to the system, so the peak stays that of one batch.
                wijkwijzer_release_free_memory()
            }
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
        outcome.timings = timings
        return outcome
    }
}
