// The `wijkwijzer` command: thin commands that call the library.

import ArgumentParser
import Foundation
import Wijkwijzer

@main
struct WijkwijzerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wijkwijzer",
        abstract: "Builds a multilingual public-information website from Markdown and YAML.",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Translations.self, Flyers.self],
        defaultSubcommand: Build.self)
}

struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (with content/ and translations/).")
    var root: String = "."

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every step.")
    var verbose = false
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (atomic: a failed build leaves the old site as it was).")

    @OptionGroup var options: SiteOptions

    @Option(name: .shortAndLong, help: "The output folder, relative to --root unless absolute.")
    var output: String = "site"

    @Flag(help: "Build even when the inputs equal the last build's (recorded in .wijkwijzer-cache/ beside the output).")
    var full = false

    @Flag(help: "After building, print how often each template was rendered and how long it took.")
    var templateMetrics = false

    func run() throws {
        let metrics = templateMetrics ? TemplateMetrics() : nil
        _ = try SiteBuildCommand.build(options: options, output: output, incremental: !full, metrics: metrics, keepsUntilExit: true)
        if let metrics { print(metrics.table()) }
    }
}

/// `build`, shared by the commands that need a fresh site: reports, and throws when nothing was written.
enum SiteBuildCommand {
    /// With `keepsUntilExit` (`build`, which exits next), what the build made is not freed (`UntilExit`).
    static func build(options: SiteOptions, output: String, incremental: Bool,
                      metrics: TemplateMetrics? = nil, keepsUntilExit: Bool = false) throws -> (site: Site?, output: String) {
        let clock = ContinuousClock()
        let start = clock.now
        let target = output.hasPrefix("/") ? output : (options.root as NSString).appendingPathComponent(output)
        let root = options.root
        let outcome = SiteBuild.run(root: root, output: target, resolvingDate: { BuildDate.resolve(root: root) },
                                    incremental: incremental, metrics: metrics, keepsUntilExit: keepsUntilExit)
        if keepsUntilExit { UntilExit.keep(outcome) }
        if options.verbose { Console.info("build date: \(outcome.buildDate.map(\.description) ?? "from content/site.yaml")") }
        let result = outcome.result
        Console.report(result.diagnostics, sources: result.sources, quiet: options.quiet)
        if result.diagnostics.hasErrors {
            Console.error("build failed; \(target) was not touched")
            throw ExitCode.failure
        }
        guard let report = outcome.report, outcome.upToDate || outcome.site != nil else {
            Console.error("\(outcome.writeError.map { "\($0)" } ?? "writing failed"); \(target) was not touched")
            throw ExitCode.failure
        }
        let end = clock.now
        if options.verbose {
            for (stage, duration) in outcome.timings { Console.info("  \(stage): \(Console.milliseconds(duration)) ms") }
            if outcome.traced { Console.info("  only the text of pages or the facts of teams changed: made only the pages that show them") }
        }
        if !options.quiet {
            let what = outcome.upToDate ? "up to date (the inputs are those of the last build)" : "built"
            Console.info(
                "\(what): \(outcome.pageCount) pages (\(outcome.paths.count) files) in \(Console.milliseconds(end - start)) ms:"
                    + " \(report.written) written, \(report.unchanged) unchanged → \(target)")
        }
        return (outcome.site, target)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Report every problem in the content without writing anything.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @OptionGroup var options: SiteOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let (_, diagnostics, sources) = Pipeline.prepare(root: options.root, buildDate: BuildDate.resolve(root: options.root))
        switch format {
        case .text:
            Console.report(diagnostics, sources: sources, quiet: options.quiet)
        case .json:
            print(JSONOutput.encode(diagnostics.sorted))
        }
        let failed = diagnostics.hasErrors || (strict && !diagnostics.all.isEmpty)
        if failed { throw ExitCode.failure }
        if format == .text, !options.quiet, diagnostics.all.isEmpty { Console.info("no problems found") }
    }
}
