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
            let oneScalarEach = ScalarText.isOneCharacterPerScalar(text)
            // Arabic with vowel marks splits into sentences and words by scalars too (not into letters).
            let splitsByScalars = oneScalarEach || ScalarText.splitsLikeCharacters(text)
            for (sentence, count) in longSentences(text, limit: rules.maximumWordsPerSentence, oneScalarEach: splitsByScalars) {
                let start = words(sentence, oneScalarEach: splitsByScalars).prefix(6).joined(separator: " ")
                diagnostics.warning(
                    "long-sentence", at: location(block),
                    "a sentence of \(count) words (easy-read pages use at most \(rules.maximumWordsPerSentence)): '\(start) …'",
                    hint: "split it into two short sentences, one message each")
            }
            if let limit = rules.maximumLettersPerWord {
                for word in wordsOfLetters(text, oneScalarEach: oneScalarEach) {
                    let letters = letterCount(word, oneScalarEach: oneScalarEach)
                    guard letters > limit else { continue }
                    diagnostics.warning(
                        "long-word", at: location(block), "'\(word)' has \(letters) letters (simple language uses at most \(limit))",
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

    // The rules split text by characters. When every scalar of the text is a character of its
    // own (`oneScalarEach`, nearly all real text), the scalars (or bytes) give the same pieces, much faster.

    /// The sentences of more than `limit` words, with their number of words.
    static func longSentences(_ text: String, limit: Int, oneScalarEach: Bool) -> [(sentence: Substring, words: Int)] {
        guard oneScalarEach else {
            return sentences(text).map { ($0, words($0, oneScalarEach: false).count) }.filter { $0.words > limit }
        }
        // One pass over the UTF-8 bytes. In text of stand-alone scalars every sentence end and
        // white space is one ASCII byte, or ؟ (D8 9F), U+0085 (C2 85) or a no-break space (C2 A0).
        let bytes = Array(text.utf8)
        var result: [(sentence: Substring, words: Int)] = []
        var sentenceStart = 0, wordCount = 0, inWord = false
        func endSentence(at end: Int) {
            if wordCount > limit {
                let utf8 = text.utf8
                result.append((text[utf8.index(utf8.startIndex, offsetBy: sentenceStart)..<utf8.index(utf8.startIndex, offsetBy: end)], wordCount))
            }
            wordCount = 0
            inWord = false
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index], next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch (byte, next) {
            case (UInt8(ascii: "."), _), (UInt8(ascii: "!"), _), (UInt8(ascii: "?"), _), (UInt8(ascii: ";"), _), (UInt8(ascii: ":"), _):
                endSentence(at: index)
                sentenceStart = index + 1
            case (0xD8, 0x9F):
                endSentence(at: index)
                sentenceStart = index + 2
            case (0x09...0x0D, _), (0x20, _), (0xC2, 0x85), (0xC2, 0xA0):
                inWord = false
            case (0x80...0xBF, _):
                break  // the rest of a scalar
            default:
                if !inWord { wordCount += 1 }
                inWord = true
            }
            index += 1
        }
        endSentence(at: bytes.count)
        return result
    }

    /// Splits on sentence-ending punctuation (Latin and Arabic), by characters.
    static func sentences(_ text: String) -> [Substring] {
        text.split(whereSeparator: { ".!?؟;:".contains($0) }).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The words of a sentence: the pieces between white space.
    static func words(_ sentence: Substring, oneScalarEach: Bool) -> [Substring] {
        guard oneScalarEach else { return sentence.split(whereSeparator: { $0.isWhitespace }) }
        return sentence.unicodeScalars.split(whereSeparator: ScalarText.isWhitespace).map(Substring.init)
    }

    /// The pieces of letters and dashes, for the long-word rule.
    static func wordsOfLetters(_ text: String, oneScalarEach: Bool) -> [Substring] {
        guard oneScalarEach else { return text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) }
        return text.unicodeScalars.split(whereSeparator: { !ScalarText.isLetter($0) && $0 != "-" }).map(Substring.init)
    }

    static func letterCount(_ word: Substring, oneScalarEach: Bool) -> Int {
        oneScalarEach ? word.unicodeScalars.count(where: ScalarText.isLetter) : word.filter(\.isLetter).count
    }
}
