// Reads a content file as text: UTF-8 checked, byte-order mark dropped, CRLF made LF, size bounded.

import Foundation

enum TextFile {
    /// Content files are small; anything larger is a mistake (a pasted binary, a runaway export).
    static let maximumBytes = 5 * 1024 * 1024

    /// Returns the text, or nil after reporting why it cannot be read.
    static func read(_ path: String, relativePath: String, diagnostics: inout DiagnosticBag) -> String? {
        let location = SourceLocation(file: relativePath)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            diagnostics.error("unreadable-file", at: location, "this file cannot be read")
            return nil
        }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            diagnostics.error(
                "file-too-large", at: location, "this file is \(size / 1024) KB; content files may be at most \(maximumBytes / 1024 / 1024) MB",
                hint: "split it, or check that it is the file you meant to add")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error("unreadable-file", at: location, "this file cannot be read")
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(bytes)
            diagnostics.error(
                "invalid-utf8", at: SourceLocation(file: relativePath, line: line, column: column),
                "this file is not valid UTF-8 text",
                hint: "save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)")
            return nil
        }
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            if index + length > bytes.count { return (line, index - lineStart + 1) }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return (line, 1)
    }
}
