// Warns about the FILL IN blanks that `wijkwijzer new` leaves for the maintainer.

import Foundation

enum UnfilledChecker {
    /// Every `FILL IN` in every file the build read, except in YAML comment lines (in Markdown,
    /// `#` starts a heading, so there it counts).
    static func check(_ sources: SourceFiles, _ diagnostics: inout DiagnosticBag) {
        for (file, text) in sources.texts.sorted(by: { $0.key < $1.key }) where text.containsBytes(Scaffold.marker) {
            let isYAML = file.hasSuffix(".yaml")
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let range = line.range(of: Scaffold.marker) else { continue }
                if isYAML, line.trimmed.hasPrefix("#") { continue }
                let column = line.unicodeScalars[..<range.lowerBound].count + 1
                diagnostics.warning(
                    "unfilled", at: SourceLocation(file: file, line: index + 1, column: column),
                    "'\(Scaffold.marker)' is still here: this part of a new file is not filled in yet",
                    hint: "replace \(Scaffold.marker) with the real text (the comment above it says what belongs there)")
            }
        }
    }
}
