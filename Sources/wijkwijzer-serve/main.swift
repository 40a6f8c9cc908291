// `wijkwijzer-serve`: the preview server's command line (started by `wijkwijzer serve`).

import ArgumentParser
import Foundation
import Wijkwijzer
import WijkwijzerServe
import WijkwijzerServeOptions

@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wijkwijzer serve",
        abstract: "Preview the site on 127.0.0.1, rebuilt and reloaded in the browser on every change.")

    @OptionGroup var options: ServeOptions

    func run() async throws {
        let port = options.port
        var server = PreviewServer(root: options.root, port: port)
        let quiet = options.quiet
        server.onBuild = { build in ServeConsole.report(build, quiet: quiet) }
        do {
            try await server.run { bound in
                ServeConsole.info("serving http://127.0.0.1:\(bound)/ — edit content/ or translations/ and the page reloads; Ctrl-C stops")
            }
        } catch {
            ServeConsole.info("error: cannot serve on 127.0.0.1:\(port): \(error)")
            throw ExitCode.failure
        }
    }
}

enum ServeConsole {
    static func info(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func report(_ build: PreviewBuild, quiet: Bool) {
        let errors = build.diagnostics.all.filter { $0.severity == .error }
        for diagnostic in build.diagnostics.sorted where !quiet || diagnostic.severity == .error {
            info(diagnostic.formatted(sourceLine: build.sources.line(diagnostic.location)))
        }
        let (seconds, attoseconds) = build.duration.components
        let milliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
        if !errors.isEmpty {
            info("\(errors.count) error\(errors.count == 1 ? "" : "s"): the browser shows them until they are fixed (\(milliseconds) ms)")
        } else if !quiet {
            info("built \(build.content.fileCount) files in \(milliseconds) ms")
        }
    }
}
