// Turns cmark's byte columns into character columns, as editors and the YAML reader count them
// (an Arabic letter is two bytes, one column).

/// Remembers where the last answer was, so the questions of one pass over a document (which
/// come in order) cost linear time in all, even with 50,000 links on one 5 MB line.
/// The lines are found only when a column is first asked for: most documents have no diagnostic.
struct SourceColumns {
    private let text: String
    private var bytes: [UInt8] = []
    /// The byte offset where each line starts. A line ends at "\n", unless "\r" comes before it
    /// ("\r\n" is one character): the lines of splitting the text by characters, found on bytes.
    /// Empty until measured (a measured text has at least the start of its first line).
    private var lineStarts: [Int] = []
    private var last: (line: Int, byte: Int, characters: Int)?

    init(_ text: String) {
        self.text = text
    }

    private mutating func measure() {
        bytes = Array(text.utf8)
        var starts = [0]
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x0A, previous != 0x0D { starts.append(offset + 1) }
            previous = byte
        }
        lineStarts = starts
    }

    /// The column (from 1) of byte column `byteColumn` (from 1) on line `line` (from 1).
    mutating func column(line: Int, byteColumn: Int) -> Int {
        if lineStarts.isEmpty { measure() }
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(1, byteColumn) }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        let target = byteColumn - 1
        var (byte, characters) = (0, 0)
        if let last, last.line == line, last.byte <= target {
            (byte, characters) = (last.byte, last.characters)
        }
        while byte < target, start + byte < end {
            if bytes[start + byte] & 0xC0 != 0x80 { characters += 1 }
            byte += 1
        }
        last = (line, byte, characters)
        return characters + 1
    }
}
