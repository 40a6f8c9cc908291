// Printing diagnostics and progress for people (stderr) and machines (JSON on stdout).

import Foundation
import Wijkwijzer

enum Console {
    static func info(_ text: String) {
        FileHandle.standardOutput.synchronizeFile()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("error: " + text + "\n").utf8))
    }

    static func report(_ diagnostics: DiagnosticBag, sources: SourceFiles, quiet: Bool) {
        let shown = diagnostics.sorted.filter { !quiet || $0.severity == .error }
        for diagnostic in shown {
            info(diagnostic.formatted(sourceLine: sources.line(diagnostic.location)))
        }
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        if errors + warnings > 0, !quiet || errors > 0 {
            info("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}

enum JSONOutput {
    /// Pretty, sorted keys: stable output for CI and for diffs.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
