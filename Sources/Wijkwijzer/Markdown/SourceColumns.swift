// Turns cmark's byte columns into character columns, as editors and the YAML reader count them
// (an Arabic letter is two bytes, one column).

/// Remembers where the last answer was, so the questions of one pass over a document (which
/// come in order) cost linear time in all, even with 50,000 links on one 5 MB line.
struct SourceColumns {
    private let lines: [Substring]
    private var last: (line: Int, byte: Int, index: Substring.UTF8View.Index, characters: Int)?

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The column (from 1) of byte column `byteColumn` (from 1) on line `line` (from 1).
    mutating func column(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return max(1, byteColumn) }
        let utf8 = lines[line - 1].utf8
        let target = byteColumn - 1
        var (index, byte, characters) = (utf8.startIndex, 0, 0)
        if let last, last.line == line, last.byte <= target {
            (index, byte, characters) = (last.index, last.byte, last.characters)
        }
        while byte < target, index < utf8.endIndex {
            if utf8[index] & 0xC0 != 0x80 { characters += 1 }
            index = utf8.index(after: index)
            byte += 1
        }
        last = (line, byte, index, characters)
        return characters + 1
    }
}
