// Finds text that looks like personal data: phone numbers, e-mail addresses, addresses
// (a postcode with a house number, a street with a number) and BSN-like 9-digit numbers.

struct PersonalDataFinding: Equatable, Sendable {
    enum Kind: String, Sendable {
        case phone, email, address, streetAddress, bsn
    }

    var kind: Kind
    /// 0-based line within the scanned text, 1-based column in Unicode scalars.
    var line: Int
    var column: Int
    var text: String
}

enum PersonalDataScanner {
    /// Every finding in `text`, line by line, left to right.
    static func scan(_ text: String) -> [PersonalDataFinding] {
        var findings: [PersonalDataFinding] = []
        for (index, scalars) in lines(text).enumerated() {
            var covered = Set<Int>()
            for (kind, range) in addresses(scalars) + emails(scalars) + numbers(scalars) {
                guard !range.contains(where: covered.contains) else { continue }
                covered.formUnion(range)
                findings.append(PersonalDataFinding(
                    kind: kind, line: index, column: range.lowerBound + 1,
                    text: String(String.UnicodeScalarView(scalars[range]))))
            }
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The lines of `text` as scalars: split at every line feed that is a character of its own (not
    /// the end of "\r\n", which is one character), as splitting the characters at "\n" would.
    static func lines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var line: [Unicode.Scalar] = []
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n", previous != "\r" {
                lines.append(line)
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(scalar)
            }
            previous = scalar
        }
        lines.append(line)
        return lines
    }

    // MARK: Numbers: phone numbers and BSN-like numbers

    /// Runs of digits joined by up to three separators (`030 - 099 12 34`, `(030) 099.12.34`).
    static func numbers(_ s: [Unicode.Scalar]) -> [(PersonalDataFinding.Kind, Range<Int>)] {
        var result: [(PersonalDataFinding.Kind, Range<Int>)] = []
        var index = 0
        while index < s.count {
            let start = index
            var plus = false
            if (s[index] == "+" || s[index] == "("), index + 1 < s.count, digit(s[index + 1]) != nil {
                plus = s[index] == "+"
                index += 1
            }
            guard digit(s[index]) != nil, start == 0 || !isWordCharacter(s[start - 1]) else {
                index = start + 1
                continue
            }
            var digits: [Int] = []
            var end = index
            while index < s.count {
                if let value = digit(s[index]) {
                    digits.append(value)
                    index += 1
                    end = index
                    continue
                }
                var next = index
                while next < s.count, next - index < 3, isSeparator(s[next]) { next += 1 }
                guard next > index, next < s.count, digit(s[next]) != nil else { break }
                index = next
            }
            index = end
            if end < s.count, ScalarText.isLetter(s[end]) { continue }
            if (plus && (10...15).contains(digits.count)) || (digits.first == 0 && (10...13).contains(digits.count)) {
                result.append((.phone, start..<end))
            } else if digits.count == 9 {
                result.append((.bsn, start..<end))
            }
        }
        return result
    }

    /// ASCII, Arabic-Indic and Extended Arabic-Indic (Persian) digits.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x660...0x669: return Int(scalar.value - 0x660)
        case 0x6F0...0x6F9: return Int(scalar.value - 0x6F0)
        default: return nil
        }
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "-", ".", "(", ")", "/", "\u{00A0}", "\u{2009}", "\u{202F}": return true
        default: return false
        }
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarText.isLetter(scalar) || digit(scalar) != nil
    }

    // MARK: E-mail addresses

    static func emails(_ s: [Unicode.Scalar]) -> [(PersonalDataFinding.Kind, Range<Int>)] {
        func localPart(_ c: Unicode.Scalar) -> Bool { c.isASCII && (ScalarText.isLetter(c) || digit(c) != nil || "._%+-".unicodeScalars.contains(c)) }
        func domainPart(_ c: Unicode.Scalar) -> Bool { c.isASCII && (ScalarText.isLetter(c) || digit(c) != nil || ".-".unicodeScalars.contains(c)) }
        var result: [(PersonalDataFinding.Kind, Range<Int>)] = []
        for at in s.indices where s[at] == "@" {
            var start = at
            while start > 0, localPart(s[start - 1]) { start -= 1 }
            var end = at + 1
            while end < s.count, domainPart(s[end]) { end += 1 }
            while end > at + 1, s[end - 1] == "." { end -= 1 }
            let domain = String(String.UnicodeScalarView(s[(at + 1)..<end]))
            guard start < at, let dot = domain.lastIndex(of: "."),
                  domain[domain.index(after: dot)...].count >= 2 else { continue }
            result.append((.email, start..<end))
        }
        return result
    }

    // MARK: Addresses

    static let streetEndings = [
        "straatweg", "straat", "laan", "weg", "dreef", "plein", "gracht", "kade", "singel", "dijk", "steeg",
        "pad", "hof", "baan", "markt", "plantsoen",
    ]

    /// A postcode (`3562 AB`) with a house number after (`3562 AB 12`) or before (`99, 3562 AB`),
    /// and a street name with a number (`Zamenhofdreef 99`).
    static func addresses(_ s: [Unicode.Scalar]) -> [(PersonalDataFinding.Kind, Range<Int>)] {
        var result: [(PersonalDataFinding.Kind, Range<Int>)] = []
        for start in s.indices {
            if let postcode = postcode(at: start, in: s) {
                if let number = houseNumber(after: postcode.upperBound, in: s) {
                    result.append((.address, start..<number.upperBound))
                } else if let number = houseNumber(before: start, in: s) {
                    result.append((.address, number.lowerBound..<postcode.upperBound))
                }
            }
            if let street = streetWithNumber(at: start, in: s) { result.append((.streetAddress, street)) }
        }
        return result
    }

    /// `NNNN AA` or `NNNNAA` at `start`, on word boundaries; the first digit is not 0.
    static func postcode(at start: Int, in s: [Unicode.Scalar]) -> Range<Int>? {
        guard start + 6 <= s.count, start == 0 || !isWordCharacter(s[start - 1]) else { return nil }
        guard (0..<4).allSatisfy({ s[start + $0].isASCII && digit(s[start + $0]) != nil }), s[start] != "0" else { return nil }
        var letters = start + 4
        if s[letters] == " " { letters += 1 }
        guard letters + 2 <= s.count, (0..<2).allSatisfy({ ("A"..."Z").contains(s[letters + $0]) }) else { return nil }
        let end = letters + 2
        guard end == s.count || !isWordCharacter(s[end]) else { return nil }
        return start..<end
    }

    /// `12`, `12a`, `12-2` after a space or comma.
    static func houseNumber(after index: Int, in s: [Unicode.Scalar]) -> Range<Int>? {
        var start = index
        while start < s.count, start - index < 2, s[start] == " " || s[start] == "," { start += 1 }
        guard start > index else { return nil }
        var end = start
        while end < s.count, end - start < 5, digit(s[end]) != nil { end += 1 }
        guard end > start, end == s.count || digit(s[end]) == nil else { return nil }
        return start..<end
    }

    static func houseNumber(before index: Int, in s: [Unicode.Scalar]) -> Range<Int>? {
        var end = index
        while end > 0, index - end < 2, s[end - 1] == " " || s[end - 1] == "," { end -= 1 }
        guard end < index else { return nil }
        if end > 0, ("a"..."z").contains(s[end - 1]) { end -= 1 }
        var start = end
        while start > 0, end - start < 5, digit(s[start - 1]) != nil { start -= 1 }
        guard start < end, digit(s[start]) != nil, start == 0 || !isWordCharacter(s[start - 1]) else { return nil }
        return start..<index
    }

    /// A capitalised street name (`Zamenhofdreef`, `Biltstraat`) followed by a house number.
    static func streetWithNumber(at start: Int, in s: [Unicode.Scalar]) -> Range<Int>? {
        guard start < s.count, ScalarText.isUppercase(s[start]), start == 0 || !isWordCharacter(s[start - 1]) else { return nil }
        var end = start
        while end < s.count, ScalarText.isLetter(s[end]) { end += 1 }
        // The number first: most capitalised words have none after them, and it is the cheaper test.
        guard end < s.count, s[end] == " ", let number = houseNumber(after: end, in: s), number.lowerBound == end + 1 else { return nil }
        let word = String(String.UnicodeScalarView(s[start..<end])).lowercased()
        guard let ending = streetEndings.first(where: { word.hasSuffix($0) }), word.count >= ending.count + 2 else { return nil }
        var last = number.upperBound
        if last < s.count, ("a"..."z").contains(s[last]), last + 1 == s.count || !isWordCharacter(s[last + 1]) { last += 1 }
        guard last == s.count || !isWordCharacter(s[last]) else { return nil }
        return start..<last
    }
}
