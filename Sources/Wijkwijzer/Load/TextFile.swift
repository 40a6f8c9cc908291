// Reads a content file as text: UTF-8 checked, byte-order mark dropped, CRLF made LF, size
// bounded, invisible direction controls refused.

enum TextFile {
    /// Content files are small; anything larger is a mistake (a pasted binary, a runaway export).
    static let maximumBytes = 5 * 1024 * 1024

    /// The text of `root/relative`, or nil after reporting why it cannot be read. Direction
    /// controls are reported but the text is still returned, so the file's other mistakes show too.
    static func read(root: String, relative: String, diagnostics: inout DiagnosticBag) -> String? {
        let location = SourceLocation(file: relative)
        switch ContentFile.read(root: root, relative: relative, limit: maximumBytes) {
        case .success(let bytes):
            return decode(bytes, file: relative, diagnostics: &diagnostics)
        case .failure(.tooLarge(let size)):
            tooLarge(size, at: location, &diagnostics)
        case .failure(.outsideSite(let target)):
            diagnostics.error(
                "outside-site", at: location, "this is a link to a file outside the site (\(target)); it is not read",
                hint: "copy the file into the site instead of linking to it")
        case .failure(.notAFile):
            diagnostics.error("unreadable-file", at: location, "this is not an ordinary file", hint: "replace it with a text file")
        case .failure(.unreadable):
            diagnostics.error("unreadable-file", at: location, "this file cannot be read")
        }
        return nil
    }

    /// The same for bytes already in memory.
    static func text(of bytes: [UInt8], file: String, diagnostics: inout DiagnosticBag) -> String? {
        guard bytes.count <= maximumBytes else {
            tooLarge(bytes.count, at: SourceLocation(file: file), &diagnostics)
            return nil
        }
        return decode(bytes, file: file, diagnostics: &diagnostics)
    }

    private static func tooLarge(_ size: Int, at location: SourceLocation, _ diagnostics: inout DiagnosticBag) {
        diagnostics.error(
            "file-too-large", at: location, "this file is \(size / 1024) KB; content files may be at most \(maximumBytes / 1024 / 1024) MB",
            hint: "split it, or check that it is the file you meant to add")
    }

    /// Bytes to text: UTF-8 only, an optional byte-order mark dropped, Windows and old Mac
    /// line endings made `\n`, so that lines and columns are counted as an editor shows them.
    static func decode(_ input: [UInt8], file: String, diagnostics: inout DiagnosticBag) -> String? {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(bytes)
            diagnostics.error(
                "invalid-utf8", at: SourceLocation(file: file, line: line, column: column),
                "this file is not valid UTF-8 text",
                hint: "save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)")
            return nil
        }
        if bytes.contains(0x0D) {
            text = String(decoding: unifyLineEndings(bytes), as: UTF8.self)
        }
        BidiControls.report(in: text, file: file, diagnostics: &diagnostics)
        return text
    }

    private static func unifyLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// Line and column (in characters, as an editor counts them) of the first bad byte.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0, index = 0
        func position() -> (Int, Int) {
            (line, bytes[lineStart..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
        }
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return position()
            }
            if index + length > bytes.count { return position() }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil {
                return position()
            }
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        return (line, 1)
    }
}
