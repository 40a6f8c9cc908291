// Writes one field into a content file's front matter (for `translations stamp`), atomically.

import Foundation

public enum FrontMatterEditor {
    public enum EditError: Error, Equatable, CustomStringConvertible {
        case noFrontMatter(String)
        case unwritable(String)

        public var description: String {
            switch self {
            case .noFrontMatter(let file): return "\(file) has no front matter to write into"
            case .unwritable(let file): return "\(file) cannot be written"
            }
        }
    }

    /// Sets `name: value` in the front matter: replaces the line if the field is there,
    /// else adds it before the closing `---`. Everything else stays byte for byte.
    public static func set(_ name: String, to value: String, in path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw EditError.unwritable(path) }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        let isDelimiter = { (line: String) in line.trimmingCharacters(in: .whitespaces) == "---" }
        guard let first = lines.first, isDelimiter(first),
              let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else {
            throw EditError.noFrontMatter(path)
        }
        let line = "\(name): \(value)"
        if let existing = lines[1..<closing].firstIndex(where: { $0.hasPrefix(name + ":") }) {
            lines[existing] = line
        } else {
            lines.insert(line, at: closing)
        }
        guard AtomicFile.write(lines.joined(separator: "\n"), to: path) else { throw EditError.unwritable(path) }
    }
}

/// Replaces a content file in one step: written beside it, then renamed over it.
enum AtomicFile {
    static func write(_ text: String, to path: String) -> Bool {
        let temporary = path + ".wijkwijzer-tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)), rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            return false
        }
        return true
    }
}
