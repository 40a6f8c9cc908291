// The checks that walk a text by scalars or bytes where its characters are its scalars (nearly all
// real text) must find what the walk by characters finds: each fast path against its slow one, on
// the site's own files and on many generated strings (a fixed seed, so a failure repeats).

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct ScalarFastPathTests {
    /// `count` strings of up to `length` pieces drawn from `alphabet`.
    static func generated(_ alphabet: [String], count: Int, length: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...length, using: &generator)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }.joined()
        }
    }

    /// The text of every file below `folder` in the repository.
    static func texts(below folder: String) throws -> [String] {
        let root = Repository.path(folder)
        let files = FileManager.default.enumerator(atPath: root)?.allObjects.compactMap { $0 as? String } ?? []
        return files.compactMap { try? String(contentsOfFile: root + "/" + $0, encoding: .utf8) }
    }

    @Test func personalDataLinesAreTheLinesOfTheCharacters() throws {
        let alphabet = ["a", "3", " ", "\n", "\r", "\r\n", "\n\r", "\u{301}", "ب", "ً", "\u{2028}", "x"]
        let texts = try Self.texts(below: "content") + Self.generated(alphabet, count: 5000, length: 30, seed: 1)
        for text in texts {
            let byCharacters = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            #expect(PersonalDataScanner.lines(text) == byCharacters, "\(text.debugDescription)")
        }
        // The separators between the digits of a phone number.
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(PersonalDataScanner.isSeparator(scalar) == " -.()/\u{00A0}\u{2009}\u{202F}".unicodeScalars.contains(scalar))
        }
    }

    @Test func templateKeysOnBytesAreTheKeysByCharacters() {
        let alphabet = ["{", "}", "{{", "}}", "{{{", "#", "^", "/", "&", "!", " ", "t", ".", "t.", "a", "x.y", "\n", "\t"]
        let templates = Array(EmbeddedResources.files.values) + Self.generated(alphabet, count: 20000, length: 30, seed: 2)
        var checked = 0
        for text in templates where ScalarText.isOneCharacterPerScalar(text) {
            #expect(Templates.translationKeysOnBytes(text) == Templates.translationKeysByCharacters(text), "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked > 15000)
        #expect(Templates.translationKeys(in: "{{t.a}} {{#t.b}}{{/t.b}} {{{t.c}}} {{ t.d }} {{x}}") == ["a", "b", "c", "d"])
    }

    @Test func placeholderNamesByScalarsAreTheNamesByCharacters() throws {
        let alphabet = ["{", "}", "a", "Z", "_", "1", "٣", "ب", "é", " ", "-", "{name}", "{a_1}", "²", "ß", "ç", "\u{301}"]
        let lines = try Self.texts(below: "translations").flatMap { $0.split(separator: "\n").map(String.init) }
        var checked = 0
        for text in lines + Self.generated(alphabet, count: 20000, length: 20, seed: 3)
        where ScalarText.isOneCharacterPerScalar(text) && text.contains("{") {
            #expect(Placeholders.namesByScalars(text) == Placeholders.namesByCharacters(text), "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked > 5000)
    }

    /// Arabic with vowel marks (`«مجاناً»`) splits into sentences and words by scalars, and the long
    /// sentences found that way are those found by characters.
    @Test func arabicWithVowelMarksSplitsIntoTheSameSentencesAndWords() throws {
        let alphabet = ["م", "ج", "ا", "ن", "ً", "ُ", "ّ", "ِ", "ٌ", "ْ", "ـ", "ب", " ", ".", "؟", "،", "!", ":", ";", "\n", "\u{00A0}",
                        "a", "5", "٣"]
        var checked = 0
        for text in Self.generated(alphabet, count: 40000, length: 40, seed: 4)
        where ScalarText.splitsLikeCharacters(text) && !ScalarText.isOneCharacterPerScalar(text) {
            func found(byScalars: Bool) -> [String] {
                EasyReadChecker.longSentences(text, limit: 2, oneScalarEach: byScalars).map { sentence in
                    "\(sentence.words)|\(sentence.sentence)|" + EasyReadChecker.words(sentence.sentence, oneScalarEach: byScalars).joined(separator: " ")
                }
            }
            #expect(found(byScalars: true) == found(byScalars: false), "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked > 1000)
        #expect(ScalarText.splitsLikeCharacters("هذا مجاناً أيضاً."))
        // A mark after a space or a full stop joins that character: not split by scalars.
        #expect(!ScalarText.splitsLikeCharacters("مجانا ً") && !ScalarText.splitsLikeCharacters("مجانا.ً"))
    }

    /// The search for a direction control's bytes that jumps from E2 byte to E2 byte answers as
    /// the walk over every byte, on the site's files and on text of near misses: other E2
    /// characters (“ … – ‘), an E2 at the very end, and the controls themselves.
    @Test func directionControlSearchMatchesTheWalkOverEveryByte() throws {
        let alphabet = ["a", " ", "\n", "ب", "ş", "ł", "“", "…", "–", "‘", "\u{2029}", "\u{202F}", "\u{2065}", "\u{206A}",
                        "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{E2}", "€"]
        let texts = try Self.texts(below: "content") + Self.texts(below: "translations")
            + Self.generated(alphabet, count: 20000, length: 12, seed: 5)
        var found = 0
        for text in texts {
            let expected = BidiControls.containsEncodedControlByBytes(text)
            #expect(BidiControls.containsEncodedControl(text) == expected, "\(text.debugDescription)")
            if expected { found += 1 }
        }
        #expect(found > 1000 && found < texts.count - 1000)
        // E2 characters that are not controls at the very end: nothing is read past it.
        #expect(!BidiControls.containsEncodedControl("a\u{2028}") && !BidiControls.containsEncodedControl("a…"))
        #expect(BidiControls.containsEncodedControl("x\u{202E}") && BidiControls.containsEncodedControl("\u{2069}"))
    }
}
