// Small string operations on Unicode scalars; Foundation's versions bridge to NSString and were
// a measurable part of loading.

import CWijkwijzerSystem

extension StringProtocol {
    /// Whitespace and newlines removed from both ends.
    var trimmed: String {
        let scalars = unicodeScalars
        // Ends that are ASCII and not white space (a template tag's name, most values): nothing to
        // trim, answered without looking up the scalars' properties.
        if let first = scalars.first, let last = scalars.last, (0x21...0x7F).contains(first.value), (0x21...0x7F).contains(last.value) {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        // The bytes copied at once: a `UnicodeScalarView` built from the slice appended scalar by
        // scalar, a hundred times slower, and was a tenth of `check`.
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }

    /// Whether any UTF-8 byte of the text passes `test`: on the bytes in place where they lie in
    /// one block (native strings), about twice as fast as walking the `utf8` view.
    func containsByte(where test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }

    /// Whether `needle` occurs in the text, compared byte for byte (no locale, no bridging).
    func containsBytes(_ needle: String) -> Bool {
        // Searched in place when the text's bytes are contiguous (native strings), not copied.
        let pattern = Array(needle.utf8)
        if let found = utf8.withContiguousStorageIfAvailable({ byteSequence(pattern, occursIn: $0) }) { return found }
        return byteSequence(pattern, occursIn: Array(utf8))
    }
}

private func byteSequence<Bytes: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], occursIn haystack: Bytes) -> Bool
where Bytes.Index == Int {
    guard !pattern.isEmpty, pattern.count <= haystack.count else { return pattern.isEmpty }
    // C's `memmem` where the bytes lie in one block (nearly always): several times faster than
    // comparing at every byte, and this runs on every block of every page's HTML.
    if let found = haystack.withContiguousStorageIfAvailable({ bytes in
        pattern.withUnsafeBytes { needle in
            wijkwijzer_contains_bytes(bytes.baseAddress, UInt(bytes.count), needle.baseAddress, UInt(needle.count)) != 0
        }
    }) {
        return found
    }
    let first = pattern[0]
    var index = 0
    while index <= haystack.count - pattern.count {
        if haystack[index] == first, haystack[index..<index + pattern.count].elementsEqual(pattern) { return true }
        index += 1
    }
    return false
}

/// Character questions answered on Unicode scalars. Walking a string by characters (grapheme
/// clusters) is slow for non-ASCII text; where every scalar is a character of its own, walking
/// the scalars gives the same answers.
enum ScalarText {
    /// Whether every scalar of `text` is a character of its own: true when it holds only scalars
    /// that never join a neighbour into one character (Latin, Arabic letters, common punctuation;
    /// not carriage returns, combining marks, joiners or emoji). A test checks every pair.
    static func isOneCharacterPerScalar<Text: StringProtocol>(_ text: Text) -> Bool {
        // ASCII without carriage returns (most Dutch text) is answered on the bytes: every such
        // scalar stands alone.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return text.unicodeScalars.allSatisfy(standsAlone)
    }

    /// Whether splitting `text` by scalars at sentence ends and white space gives the pieces that
    /// splitting it by characters gives: every scalar stands alone, or is an Arabic vowel mark
    /// (fathatan to sukun, U+064B–U+0652, as in «مجاناً») right after an Arabic letter or another
    /// such mark, where it only lengthens the letter's character. A test compares both splits.
    static func splitsLikeCharacters<Text: StringProtocol>(_ text: Text) -> Bool {
        var afterArabicLetter = false
        for scalar in text.unicodeScalars {
            if (0x64B...0x652).contains(scalar.value) {
                guard afterArabicLetter else { return false }
            } else {
                guard standsAlone(scalar) else { return false }
                afterArabicLetter = (0x620...0x64A).contains(scalar.value) || (0x671...0x6D5).contains(scalar.value)
            }
        }
        return true
    }

    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: return false  // "\r\n" is one character
        case 0x00...0x2FF, 0x60C, 0x61B, 0x61F, 0x620...0x64A, 0x660...0x66F, 0x671...0x6D5, 0x2010...0x2027, 0x20AC:
            return true
        default:
            return false
        }
    }

    /// `Character.isWhitespace` of a character that is this one scalar. The common blocks are
    /// answered here without a look-up in Unicode's tables; a test checks every scalar.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0x00...0x2FF, 0x600...0x6FF: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// `Character.isLetter` of a character that is this one scalar: Unicode's Alphabetic,
    /// answered for ASCII without a table look-up (as `isUppercase`; a test checks every scalar).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    /// `Character.isNumber` of a character that is this one scalar: it has a numeric type,
    /// answered for ASCII without a table look-up (a test checks every scalar).
    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }
}

extension String {
    /// Leading and trailing newlines removed (Foundation's trimming is slow on long strings).
    var trimmingNewlines: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != "\n" }),
              let last = scalars.lastIndex(where: { $0 != "\n" }) else { return "" }
        return String(scalars[first...last])
    }
}
