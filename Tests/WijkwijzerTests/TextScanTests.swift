// The byte and scalar walks of loading give what the plain character walks they replace gave.

import Testing
@testable import Wijkwijzer

@Suite struct ScalarTextTests {
    static let standAlone: [Unicode.Scalar] = (0...0x20FF).compactMap(Unicode.Scalar.init).filter(ScalarText.standsAlone)

    @Test func everyPairOfStandAloneScalarsIsTwoCharacters() {
        let scalars = Self.standAlone
        var joined: [String] = []
        for first in scalars {
            var text = String.UnicodeScalarView()
            for second in scalars {
                text.removeAll(keepingCapacity: true)
                text.append(first)
                text.append(second)
                if String(text).count != 2 { joined.append("U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))") }
            }
        }
        #expect(joined.isEmpty, "\(joined.prefix(10))")
    }

    @Test func scalarPropertiesAreThoseOfTheirCharacter() {
        for scalar in Self.standAlone {
            let character = Character(scalar)
            #expect(ScalarText.isWhitespace(scalar) == character.isWhitespace, "U+\(String(scalar.value, radix: 16))")
            #expect(ScalarText.isLetter(scalar) == character.isLetter, "U+\(String(scalar.value, radix: 16))")
            #expect(ScalarText.isNumber(scalar) == character.isNumber, "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Each stand-alone scalar ends a sentence, parts words or joins them as its character does.
    @Test func everyStandAloneScalarSplitsSentencesAsItsCharacterDoes() {
        for scalar in Self.standAlone {
            let text = "a b\(Character(scalar))c d\(Character(scalar)) e"
            #expect(ScalarText.isOneCharacterPerScalar(text))
            let fast = EasyReadChecker.longSentences(text, limit: 0, oneScalarEach: true)
            let slow = EasyReadChecker.longSentences(text, limit: 0, oneScalarEach: false)
            #expect(fast.map(\.sentence) == slow.map(\.sentence) && fast.map(\.words) == slow.map(\.words), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func whiteSpaceIsUnicodesForEveryScalar() {
        let wrong = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { ScalarText.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func everyDirectionControlIsFoundAmongOtherPunctuation() {
        for value in BidiControls.names.keys.sorted() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var diagnostics = DiagnosticBag()
            BidiControls.report(in: "“a” …\n–b\(Character(scalar))c", file: "p.md", diagnostics: &diagnostics)
            #expect(diagnostics.all.map(\.location) == [SourceLocation(file: "p.md", line: 2, column: 3)])
        }
        var diagnostics = DiagnosticBag()
        BidiControls.report(in: "“a” … – ‘b’ \u{2065}\u{206A}\u{2029}\u{202F}", file: "p.md", diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
    }

    @Test func directionControlsAreTheNamedOnes() {
        let controls = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(BidiControls.isControl).map(\.value)
        #expect(controls == BidiControls.names.keys.sorted())
    }

    @Test func lettersAndCapitalsAreUnicodesForEveryScalar() {
        let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
        #expect(scalars.filter { ScalarText.isLetter($0) != $0.properties.isAlphabetic }.isEmpty)
        #expect(scalars.filter { ScalarText.isUppercase($0) != $0.properties.isUppercase }.isEmpty)
        #expect(scalars.filter { ScalarText.isNumber($0) != ($0.properties.numericType != nil) }.isEmpty)
    }

    @Test func placeholdersAreFoundOnlyAfterABrace() {
        #expect(Placeholders.names(in: "Er zijn {count} teams in {wijk_naam}") == ["count", "wijk_naam"])
        #expect(Placeholders.names(in: "Geen plaatshouder } hier").isEmpty)
        #expect(Placeholders.names(in: "{a b} {} {ok}") == ["ok"])
    }

    @Test func containsBytesFindsOnlyWholeSequences() {
        #expect("abc FILL IN".containsBytes("FILL IN"))
        #expect("abc FILL IN x".dropFirst(4).containsBytes("FILL IN"))
        #expect(!"FILL I".containsBytes("FILL IN"))
        #expect("x".containsBytes(""))
        #expect(!"ﬁ".containsBytes("fi"))
        #expect(!"".containsBytes("a") && "".containsBytes(""))
        // Against the bytes compared at every offset, on text where near misses are common.
        var generator = SeededGenerator(seed: 6)
        let pieces = ["a", "b", "ab", "ba", "é", "ب", " ", "\"", "style=\"", "text-align:"]
        for _ in 0..<5000 {
            func text(_ length: Int) -> String {
                (0..<Int.random(in: 0...length, using: &generator)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            }
            let (haystack, needle) = (text(12), text(3))
            let (bytes, pattern) = (Array(haystack.utf8), Array(needle.utf8))
            let expected = pattern.isEmpty || (bytes.count >= pattern.count
                && (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<$0 + pattern.count]) == pattern })
            #expect(haystack.containsBytes(needle) == expected, "\(haystack.debugDescription) \(needle.debugDescription)")
            #expect(("x" + haystack).dropFirst().containsBytes(needle) == expected)
        }
    }

    @Test(arguments: ["e\u{301}", "a\r\nb", "\u{600} 1", " \u{301}", "👩\u{200D}💻", "\u{1F1F3}\u{1F1F1}", "\u{64E}", "a\u{37E}"])
    func textThatJoinsScalarsIsWalkedByCharacters(text: String) {
        #expect(!ScalarText.isOneCharacterPerScalar(text))
        #expect(!ScalarText.isOneCharacterPerScalar("plain ASCII " + text))
    }

    /// ASCII is answered on its bytes: every ASCII scalar but the carriage return stands alone.
    @Test func asciiWithoutCarriageReturnsIsOneCharacterPerScalar() {
        let ascii = (0...0x7F).compactMap(Unicode.Scalar.init)
        #expect(ascii.allSatisfy { ($0 == "\r") != ScalarText.standsAlone($0) })
        #expect(ScalarText.isOneCharacterPerScalar(String(String.UnicodeScalarView(ascii.filter { $0 != "\r" }))))
        #expect(!ScalarText.isOneCharacterPerScalar("a\rb") && !ScalarText.isOneCharacterPerScalar("a\r"))
    }
}

@Suite struct TrimTests {
    /// Whitespace scalars go from both ends, nothing else: a combining mark after a space stays,
    /// though Swift counts the two as one character.
    @Test func trimsWhitespaceScalarsOnly() {
        #expect("  hello world \n".trimmed == "hello world")
        #expect(" \u{301}abc ".trimmed.unicodeScalars.elementsEqual("\u{301}abc".unicodeScalars))
        #expect("\u{A0}x\u{2003}".trimmed == "x")
        #expect("   ".trimmed == "" && "".trimmed == "")
        #expect(" العربية\r\n".trimmed == "العربية")
        let line = "---\n  title: x  \n"
        #expect(line.split(separator: "\n")[1].trimmed == "title: x")
    }

    /// The shortcut for ASCII ends that are not white space answers as the walk over scalars.
    @Test func asciiEndsAreTrimmedAsScalarsAre() {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["a", "~", "\u{7F}", " ", "\t", "\n", "\r", "\u{0B}", "\u{85}", "\u{A0}", "\u{2003}", "\u{301}", "é", "ب", "{{", "}}"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let scalars = text.unicodeScalars
            let expected = scalars.firstIndex(where: { !$0.properties.isWhitespace }).map { first in
                String(scalars[first...scalars.lastIndex(where: { !$0.properties.isWhitespace })!])
            } ?? ""
            #expect(text.trimmed.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(text.debugDescription)")
            #expect(text.dropFirst(0).trimmed.unicodeScalars.elementsEqual(expected.unicodeScalars))
        }
    }
}

@Suite struct EasyReadSplitTests {
    static let texts = [
        "Kom langs. Het is gratis! Wilt u een tolk? Bel ons: 030 123 45 67; of mail.",
        "  Twee  spaties\tmet tab.\n\nNieuwe regel…  ",
        "...!!!  ?? : ;",
        "لا تحتاج إلى موعد. تعال مع شخص تثق به؟ نعم؛ بالتأكيد",
        "Zażółć gęślą jaźń. Türkçe: ılık, İstanbul, ğ ş ç.",
        "zorg-verzekering ondersteuningsmogelijkheden €5,– “aanhalingstekens” — klaar",
        "",
        " ",
        "a\u{85}b\u{A0}c ¿x? ¡y! a.b.c; ;; ::: ؟؟ خ؟ ا؟ب",
        "soft\u{AD}hyphen ¬ ÷ × \u{0B}\u{0C}\u{1F} ‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧ done",
    ]

    @Test(arguments: texts)
    func scalarsSplitAsCharactersDo(text: String) {
        #expect(ScalarText.isOneCharacterPerScalar(text))
        for limit in 0...12 {
            let fast = EasyReadChecker.longSentences(text, limit: limit, oneScalarEach: true)
            let slow = EasyReadChecker.longSentences(text, limit: limit, oneScalarEach: false)
            #expect(fast.map(\.sentence) == slow.map(\.sentence) && fast.map(\.words) == slow.map(\.words), "limit \(limit)")
        }
        for sentence in EasyReadChecker.sentences(text) {
            #expect(EasyReadChecker.words(sentence, oneScalarEach: true) == EasyReadChecker.words(sentence, oneScalarEach: false))
        }
        let words = EasyReadChecker.wordsOfLetters(text, oneScalarEach: true)
        #expect(words == EasyReadChecker.wordsOfLetters(text, oneScalarEach: false))
        for word in words {
            #expect(EasyReadChecker.letterCount(word, oneScalarEach: true) == EasyReadChecker.letterCount(word, oneScalarEach: false))
        }
    }

    /// A combining mark on a full stop makes it no full stop, as a character; so it does not end the sentence.
    @Test func markedFullStopDoesNotEndASentence() {
        let text = "een twee drie vier vijf zes zeven acht.\u{301} negen tien elf twaalf dertien veertien vijftien zestien"
        let rendered = MarkdownRenderer.render(
            text, file: "p.md", firstLine: 1, toLanguageRoot: "", targets: LinkTargets(pages: [], teams: [], wijken: [], languagePrefixes: []),
            isTranslation: false, easyRead: EasyReadRules())
        #expect(rendered.diagnostics.all.map(\.message) == ["a sentence of 16 words (easy-read pages use at most 15): 'een twee drie vier vijf zes …'"])
    }
}

@Suite struct FrontMatterSplitTests {
    /// The split as it was made on characters, to compare with.
    static func byCharacters(_ text: String) -> (yaml: String, body: String, bodyFirstLine: Int)? {
        func trimmed(_ line: Substring) -> Substring {
            var result = line
            while let last = result.last, last == " " || last == "\t" { result.removeLast() }
            return result
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, trimmed(first) == "---",
              let closing = lines.indices.dropFirst().first(where: { trimmed(lines[$0]) == "---" }) else { return nil }
        return (lines[1..<closing].joined(separator: "\n"), lines[(closing + 1)...].joined(separator: "\n"), closing + 2)
    }

    @Test(arguments: [
        "---\ntitle: A\n---\nBody\n", "---\n---\n", "---\n---", "---", "---\n", "", "title: A\n---\n", "--- \t\ntitle: A\n---  \n\nText",
        "---\r\ntitle: A\r\n---\r\nBody", "---\ntitle: A\r\n---\nBody", "---\ntitle: A\n---\u{301}\n---\nB", "---\na\n\n---\n\n\nc\n",
        "----\n---\n---\n", "---\ntitle: é\n ---\n---\nاَلْ\n", "\u{FEFF}---\n---\n", "---\ntitle: A\n", "---\n\r\n---\nx",
    ])
    func splitsAsCharactersDo(text: String) {
        var diagnostics = DiagnosticBag()
        let split = FrontMatter.split(text, file: "p.md", diagnostics: &diagnostics)
        let expected = Self.byCharacters(text)
        #expect(split?.yaml == expected?.yaml)
        #expect(split?.body == expected?.body)
        #expect(split?.bodyFirstLine == expected?.bodyFirstLine)
        #expect(diagnostics.all.count == (expected == nil ? 1 : 0))
    }
}

@Suite struct SourceColumnsTests {
    /// The column as it was counted on lines split by characters.
    static func byCharacters(_ text: String, line: Int, byteColumn: Int) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return max(1, byteColumn) }
        let utf8 = lines[line - 1].utf8
        return utf8.prefix(byteColumn - 1).count { $0 & 0xC0 != 0x80 } + 1
    }

    @Test(arguments: ["abc\nمرحبا بك\n\nzażółć", "a\r\nb\nc\rd\n", "", "\n\n", "é\u{301}x\nاَلْ"])
    func countsAsCharacterLinesDo(text: String) {
        var columns = SourceColumns(text)
        for line in 0...6 {
            for byteColumn in 0...20 {
                #expect(columns.column(line: line, byteColumn: byteColumn) == Self.byCharacters(text, line: line, byteColumn: byteColumn),
                        "line \(line), byte \(byteColumn)")
            }
        }
    }
}
