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
}
