// A long template cut into pieces of whole lines, each registered as a partial of its own, and
// the template itself one line that includes them in order: the same output, and a parse that
// grows with the pieces' length instead of the square of the template's.

enum TemplatePieces {
    /// The length a piece grows to before it is cut (at the next line that allows it).
    static let pieceLength = 1_200

    /// The pieces (name, text) and the text that includes them; nil when the template is short,
    /// or could render otherwise in pieces: it changes delimiters, inherits (`{{<`, `{{$`), or
    /// offers no place to cut. A cut comes only before a line without tags, outside every section
    /// and every tag, so that no tag's line changes (Mustache treats a tag alone on its line apart).
    static func split(_ text: String, name: String) -> (pieces: [(String, String)], whole: String)? {
        let bytes = Array(text.utf8)
        guard bytes.count > 2 * pieceLength, let tags = SectionUnroller.tags(in: bytes) else { return nil }
        // Every piece starts with the template's leading pragmas (the content type), which set
        // how the piece escapes: the pragmas are the tags at the very start.
        var headerEnd = 0
        for tag in tags {
            guard tag.start == headerEnd, tag.sigil == "%" else { break }
            headerEnd = tag.end
        }
        let header = Array(bytes[0..<headerEnd])
        var depth = 0
        var cuts: [Int] = []
        var lastCut = headerEnd
        var tagIndex = 0
        var lineStart = headerEnd
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            // The tags that start before this line ends: their sections count before the next line.
            var lineHasTag = false
            while tagIndex < tags.count, tags[tagIndex].start <= lineEnd {
                let tag = tags[tagIndex]
                if tag.sigil == "=" || tag.sigil == "<" || tag.sigil == "$" { return nil }
                if tag.start >= lineStart { lineHasTag = true }
                if tag.end > lineEnd + 1 { return nil }  // a tag over more than one line
                switch tag.kind {
                case .section, .inverted: depth += 1
                case .close: depth -= 1
                default: break
                }
                tagIndex += 1
            }
            if !lineHasTag, depth == 0, lineStart - lastCut >= pieceLength, lineStart > headerEnd {
                cuts.append(lineStart)
                lastCut = lineStart
            }
            lineStart = lineEnd + 1
        }
        guard !cuts.isEmpty, depth == 0 else { return nil }
        var pieces: [(String, String)] = []
        var start = headerEnd
        for (index, end) in (cuts + [bytes.count]).enumerated() {
            let pieceName = "__piece/\(name)/\(index)"
            pieces.append((pieceName, String(decoding: header + bytes[start..<end], as: UTF8.self)))
            start = end
        }
        let whole = String(decoding: header, as: UTF8.self) + pieces.map { "{{> \($0.0)}}" }.joined()
        return (pieces, whole)
    }
}
