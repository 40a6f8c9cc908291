// A long template cut into pieces, each registered as a partial of its own and included where it
// was cut out: the same output, and a parse that grows with the pieces' length instead of the
// square of the template's (swift-mustache measures the rest of the text at every tag).

enum TemplatePieces {
    /// The length a piece grows to before it is cut, and half the length of a text (a template, or
    /// a section's body) that is cut at all.
    static let pieceLength = 900

    /// The pieces (name, text) and the text that includes them; nil when the template is short, or
    /// could render otherwise in pieces: it changes delimiters, inherits (`{{<`, `{{$`), sets the
    /// content type after its start, has a tag over more than one line or a section not closed,
    /// or offers no place to cut.
    ///
    /// A cut comes only between two characters of the template's own text (outside every tag),
    /// both visible ASCII and not braces, so every line keeps a character that is not a tag: no
    /// tag becomes or stops being alone on its line (Mustache removes such a line), and an
    /// included piece never stands alone on its line either (which would indent it). A text is
    /// cut where no section is open, and a long section's body the same way inside it, so a piece
    /// holds whole sections. Every piece starts with the template's leading pragmas (the content
    /// type), which set how the piece escapes. A section's body with a transform in it
    /// (`{{x()}}`, `{{#first()}}`) stays whole: a partial does not see the section's place in its list.
    static func split(_ text: String, name: String) -> (pieces: [(String, String)], whole: String)? {
        let bytes = Array(text.utf8)
        guard bytes.count > 2 * pieceLength, let tags = SectionUnroller.tags(in: bytes) else { return nil }
        var headerEnd = 0
        var firstTag = 0
        for tag in tags {
            guard tag.start == headerEnd, tag.sigil == "%" else { break }
            headerEnd = tag.end
            firstTag += 1
        }
        guard var cutter = Cutter(bytes: bytes, tags: tags, headerEnd: headerEnd, name: name) else { return nil }
        let whole = cutter.text(headerEnd..<bytes.count, tags: firstTag..<tags.count, cuts: true)
        guard !cutter.pieces.isEmpty else { return nil }
        return (cutter.pieces, String(decoding: cutter.header + whole, as: UTF8.self))
    }

    private struct Cutter {
        let bytes: [UInt8]
        let tags: [SectionUnroller.Tag]
        let header: [UInt8]
        let name: String
        /// For each tag that opens a section, the index of the tag that closes it.
        let closing: [Int?]
        /// How many tags before each index have a transform (`(` in their name).
        let transformsBefore: [Int]
        var pieces: [(String, String)] = []

        init?(bytes: [UInt8], tags: [SectionUnroller.Tag], headerEnd: Int, name: String) {
            var closing = [Int?](repeating: nil, count: tags.count)
            var transformsBefore = [0]
            transformsBefore.reserveCapacity(tags.count + 1)
            var open: [Int] = []
            for (index, tag) in tags.enumerated() {
                if tag.sigil == "=" || tag.sigil == "<" || tag.sigil == "$" || (tag.sigil == "%" && tag.start >= headerEnd) { return nil }
                if bytes[tag.start..<tag.end].contains(UInt8(ascii: "\n")) { return nil }
                switch tag.kind {
                case .section, .inverted: open.append(index)
                case .close:
                    guard let opening = open.popLast(), tags[opening].name == tag.name else { return nil }
                    closing[opening] = index
                default: break
                }
                transformsBefore.append((transformsBefore.last ?? 0) + (tag.name.utf8.contains(UInt8(ascii: "(")) ? 1 : 0))
            }
            guard open.isEmpty else { return nil }
            self.bytes = bytes
            self.tags = tags
            self.header = Array(bytes[0..<headerEnd])
            self.name = name
            self.closing = closing
            self.transformsBefore = transformsBefore
        }

        /// The text of `range` (whose tags are those of `indices`), its long parts moved into
        /// pieces: with `cuts`, cut where no section is open once it is long; the long bodies of
        /// its sections in any case.
        mutating func text(_ range: Range<Int>, tags indices: Range<Int>, cuts: Bool) -> [UInt8] {
            // What this level holds: its tags, a section as one span from its opening to its closing.
            var spans: [(start: Int, end: Int, open: Int, close: Int?)] = []
            var index = indices.lowerBound
            while index < indices.upperBound {
                let close = closing[index]
                spans.append((tags[index].start, tags[close ?? index].end, index, close))
                index = (close ?? index) + 1
            }
            if cuts, range.count > 2 * TemplatePieces.pieceLength {
                let points = cutPoints(range, spans: spans)
                if let first = points.first, let last = points.last, points.count >= 2 {
                    var result = text(range.lowerBound..<first, tags: indices.lowerBound..<tagIndex(from: first, in: indices), cuts: false)
                    for (start, end) in zip(points, points.dropFirst()) {
                        let inside = tagIndex(from: start, in: indices)..<tagIndex(from: end, in: indices)
                        let piece = header + text(start..<end, tags: inside, cuts: true)
                        let pieceName = "__piece/\(name)/\(pieces.count)"
                        pieces.append((pieceName, String(decoding: piece, as: UTF8.self)))
                        result += "{{> \(pieceName)}}".utf8
                    }
                    result += text(last..<range.upperBound, tags: tagIndex(from: last, in: indices)..<indices.upperBound, cuts: false)
                    return result
                }
            }
            // As written, each section's body cut on its own.
            var result: [UInt8] = []
            result.reserveCapacity(range.count)
            var copied = range.lowerBound
            for span in spans {
                guard let close = span.close else { continue }
                let body = tags[span.open].end..<tags[close].start
                result += bytes[copied..<body.lowerBound]
                result += text(body, tags: (span.open + 1)..<close, cuts: transformsBefore[close] == transformsBefore[span.open + 1])
                copied = body.upperBound
            }
            result += bytes[copied..<range.upperBound]
            return result
        }

        /// The first tag of `indices` that starts at or after `offset` (tags are in text order).
        private func tagIndex(from offset: Int, in indices: Range<Int>) -> Int {
            var low = indices.lowerBound, high = indices.upperBound
            while low < high {
                let middle = (low + high) / 2
                if tags[middle].start < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// Where `range` is cut: at its first place, then at the first place at least a piece's
        /// length further each time, and at its last place. Only in the text between `spans`.
        private func cutPoints(_ range: Range<Int>, spans: [(start: Int, end: Int, open: Int, close: Int?)]) -> [Int] {
            var places: [Int] = []
            var gapStart = range.lowerBound
            for index in 0...spans.count {
                let gapEnd = index < spans.count ? spans[index].start : range.upperBound
                var position = gapStart + 1
                while position < gapEnd {
                    if Self.isPlain(bytes[position - 1]), Self.isPlain(bytes[position]) { places.append(position) }
                    position += 1
                }
                if index < spans.count { gapStart = spans[index].end }
            }
            guard let first = places.first, let last = places.last, first < last else { return [] }
            var chosen = [first]
            for place in places where place - (chosen.last ?? first) >= TemplatePieces.pieceLength { chosen.append(place) }
            if let end = chosen.last, end < last { chosen.append(last) }
            return chosen
        }

        /// Visible ASCII that is not a brace: a cut beside it keeps its line's text.
        private static func isPlain(_ byte: UInt8) -> Bool {
            byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "{") && byte != UInt8(ascii: "}")
        }
    }
}
