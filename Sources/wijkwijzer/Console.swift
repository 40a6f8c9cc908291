// Printing diagnostics and progress for people (stderr) and machines (JSON on stdout).

import Foundation
import Wijkwijzer

enum Console {
    static func info(_ text: String) {
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
        let errors = diagnostics.all.filter { $0.severity == .error }.count
        let warnings = diagnostics.all.count - errors
        if errors + warnings > 0, !quiet || errors > 0 {
            info("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}

enum DiagnosticJSON {
    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var hint: String?
    }

    static func encode(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, code: $0.code, message: $0.message, hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The build date is an input: SOURCE_DATE_EPOCH, else the last commit, else the site config.
enum BuildDate {
    static func resolve(root: String) -> CalendarDate? {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(epoch) {
            return CalendarDate(unixTime: seconds)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root, "log", "-1", "--format=%ct"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0, let seconds = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return CalendarDate(unixTime: seconds)
    }
}
