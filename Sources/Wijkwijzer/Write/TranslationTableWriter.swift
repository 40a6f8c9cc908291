// Writes a translation table in the one canonical form translators see in the repository.

import Foundation

public enum TranslationTableWriter {
    /// The table as YAML: the comment lines kept from the old file, then every entry in the
    /// source table's key order (keys the source lacks last, sorted).
    public static func render(_ table: TranslationTable, keyOrder: [String], header: String) -> String {
        var lines: [String] = header.isEmpty ? [] : [header]
        lines.append("language: \(table.languageID)")
        lines.append("entries:")
        let known = Set(keyOrder)
        let keys = keyOrder.filter { table.entries[$0] != nil } + table.entries.keys.filter { !known.contains($0) }.sorted()
        for key in keys {
            guard let entry = table.entries[key] else { continue }
            lines.append("  \(key):")
            if let text = entry.text {
                lines.append("    text: \(quote(text))")
            }
            for category in PluralRules.categoryOrder + ["other"] {
                if let form = entry.pluralForms[category] { lines.append("    \(category): \(quote(form))") }
            }
            lines.append("    reviewed: \(entry.reviewed ? "true" : "false")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The leading `#` comment lines of a table file.
    public static func header(of text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar with JSON-style escapes; other characters as they are.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Writes the file next to its place and renames it over the old one.
    public static func write(_ text: String, to path: String) throws {
        guard AtomicFile.write(text, to: path) else { throw FrontMatterEditor.EditError.unwritable(path) }
    }
}
