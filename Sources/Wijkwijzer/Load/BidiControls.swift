// Invisible direction controls (U+202A–U+202E, U+2066–U+2069) are refused in content: they can
// make text read backwards or hide what a link or phone number really says.

import Foundation

enum BidiControls {
    /// The refused characters and their Unicode names.
    static let names: [UInt32: String] = [
        0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
        0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
        0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
    ]

    /// The same set as `names`, tested without hashing (quoting a line asks this of every scalar).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// At most this many are reported per file; one is enough to fail the build.
    static let maximumReported = 10

    /// Reports every direction control in `text` with its line and column.
    static func report(in text: String, file: String, diagnostics: inout DiagnosticBag) {
        guard containsEncodedControl(text) else { return }
        var line = 1, column = 1, reported = 0
        for scalar in text.unicodeScalars {
            if let name = names[scalar.value] {
                let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
                diagnostics.error(
                    "bidi-control", at: SourceLocation(file: file, line: line, column: column),
                    "this text contains the invisible direction character \(code) (\(name))",
                    hint: "delete it (in most editors: move past it with the arrow keys and press Backspace); the site sets the direction of every language itself")
                reported += 1
                if reported == maximumReported { return }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }

    /// Whether the bytes hold one: all of them are encoded as E2 80 AA–AE or E2 81 A6–A9, so
    /// text without them (nearly all, also with other punctuation such as “ ” …) is not decoded.
    /// `memchr` finds each E2 byte (none in Arabic, Turkish or Polish letters, nor in ASCII), so
    /// most text is passed over at memory speed.
    static func containsEncodedControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var at = 0
            while at < bytes.count, let found = memchr(base + at, 0xE2, bytes.count - at) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 2 < bytes.count, isEncodedControl(bytes[index + 1], bytes[index + 2]) { return true }
                at = index + 1
            }
            return false
        }
    }

    /// The walk byte by byte that `containsEncodedControl` answers faster (the tests hold them equal).
    static func containsEncodedControlByBytes(_ text: String) -> Bool {
        var (beforeLast, last): (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if beforeLast == 0xE2, isEncodedControl(last, byte) { return true }
            (beforeLast, last) = (last, byte)
        }
        return false
    }

    /// Whether E2 followed by `second` and `third` is one of the refused characters.
    private static func isEncodedControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }
}
