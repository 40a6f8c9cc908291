// Easy-read checks on a parsed page: sentences over 15 words, and (in simple Dutch) long words.

import CCmarkGFM

public struct EasyReadRules: Sendable {
    public var maximumWordsPerSentence = 15
    /// Only for easy-read languages such as simple Dutch; nil elsewhere.
    public var maximumLettersPerWord: Int?

    public init(maximumWordsPerSentence: Int = 15, maximumLettersPerWord: Int? = nil) {
        self.maximumWordsPerSentence = maximumWordsPerSentence
        self.maximumLettersPerWord = maximumLettersPerWord
    }
}

enum EasyReadChecker {
    /// Checks every paragraph and heading; `location` turns a node into a source position.
    static func check(_ document: OpaquePointer, rules: EasyReadRules, location: (OpaquePointer) -> SourceLocation,
                      diagnostics: inout DiagnosticBag) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var blocks: [OpaquePointer] = []
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING { blocks.append(node) }
            }
            event = cmark_iter_next(iterator)
        }
        for block in blocks {
            let text = plainText(block)
            for sentence in sentences(text) {
                let words = sentence.split(whereSeparator: { $0.isWhitespace })
                if words.count > rules.maximumWordsPerSentence {
                    let start = words.prefix(6).joined(separator: " ")
                    diagnostics.warning(
                        "long-sentence", at: location(block),
                        "a sentence of \(words.count) words (easy-read pages use at most \(rules.maximumWordsPerSentence)): '\(start) …'",
                        hint: "split it into two short sentences, one message each")
                }
            }
            if let limit = rules.maximumLettersPerWord {
                for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) where word.filter(\.isLetter).count > limit {
                    diagnostics.warning(
                        "long-word", at: location(block), "'\(word)' has \(word.filter(\.isLetter).count) letters (simple language uses at most \(limit))",
                        hint: "use a shorter word, or split it with a dash (e.g. zorg-verzekering)")
                }
            }
        }
    }

    /// The text of a block's inline children (link texts included, pictograms left out). Walked
    /// with cmark's iterator, not by recursion: emphasis can nest 50,000 deep.
    static func plainText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var result = ""
        var insideImages = 0
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if let current = cmark_iter_get_node(iterator), current != node {
                let type = cmark_node_get_type(current)
                if type == CMARK_NODE_IMAGE {
                    insideImages += event == CMARK_EVENT_ENTER ? 1 : -1
                } else if insideImages == 0, event == CMARK_EVENT_ENTER {
                    switch type {
                    case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                        result += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
                    case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                        result += " "
                    default:
                        break
                    }
                }
            }
            event = cmark_iter_next(iterator)
        }
        return result
    }

    /// Splits on sentence-ending punctuation (Latin and Arabic).
    static func sentences(_ text: String) -> [Substring] {
        text.split(whereSeparator: { ".!?؟;:".contains($0) }).filter { !$0.allSatisfy(\.isWhitespace) }
    }
}
