// `build` as one call: prepare, render, and write atomically — or touch nothing when there are errors.

public struct SiteBuildOutcome: Sendable {
    public var result: BuildResult
    /// Nil when nothing was written (errors in the content, or the write failed).
    public var report: WriteReport?
    public var writeError: WriteError?

    public var succeeded: Bool { report != nil }
}

public enum SiteBuild {
    public static func run(root: String, output: String, buildDate: CalendarDate?) -> SiteBuildOutcome {
        let result = Pipeline.build(root: root, buildDate: buildDate)
        guard !result.diagnostics.hasErrors else {
            return SiteBuildOutcome(result: result, report: nil, writeError: nil)
        }
        do {
            let report = try SiteWriter.write(result.files, to: output)
            return SiteBuildOutcome(result: result, report: report, writeError: nil)
        } catch let error as WriteError {
            return SiteBuildOutcome(result: result, report: nil, writeError: error)
        } catch {
            return SiteBuildOutcome(result: result, report: nil, writeError: .system("\(error)", path: output, errno: 0))
        }
    }
}
