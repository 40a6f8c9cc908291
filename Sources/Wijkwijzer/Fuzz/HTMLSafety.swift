// An independent reader of generated HTML that lists anything able to run script or mislead:
// script and style elements, event-handler and style attributes, links with other schemes
// (after decoding character references, as a browser does), and invisible direction controls.
// Used by the tests on every generated page and by the fuzzer on every Markdown rendering;
// it reads UTF-8 bytes (all HTML syntax is ASCII), so it is fast enough for both.

public enum HTMLSafety {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href", "data"]
    static let forbiddenElements: Set<String> = ["style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "math"]
    static let directionControls: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    struct Tag {
        var name: String
        var closing: Bool
        var attributes: [(name: String, value: String)]
    }

    /// Every problem in `html`, as short descriptions (empty when the page is safe).
    public static func problems(in html: String) -> [String] {
        let bytes = Array(html.utf8)
        var problems: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.count,
               (bytes[index + 1] == 0x80 && (0xAA...0xAE).contains(bytes[index + 2]))
                || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2])) {
                problems.append("a direction control in the text")
            }
            if byte == 0x26, let (value, _) = characterReference(bytes, at: index), directionControls.contains(value) {
                problems.append("a direction control written as a character reference")
            }
            guard byte == 0x3C, index + 1 < bytes.count else { index += 1; continue }
            if matches(bytes, at: index, "<!--") {
                index = (find(bytes, "-->", from: index + 4) ?? bytes.count) + 3
                continue
            }
            let next = bytes[index + 1]
            guard isLetter(next) || next == 0x2F || next == 0x21 else { index += 1; continue }
            let (tag, end) = readTag(bytes, from: index)
            index = end
            if tag.closing { continue }
            problems += check(tag)
            if tag.name == "script" {
                let close = find(bytes, "</script", from: index, ignoringCase: true) ?? bytes.count
                problems += checkScript(tag, body: String(decoding: bytes[index..<close], as: UTF8.self))
                index = close
            }
        }
        return problems
    }

    static func check(_ tag: Tag) -> [String] {
        var problems: [String] = []
        if forbiddenElements.contains(tag.name) { problems.append("the element <\(tag.name)>") }
        for (name, value) in tag.attributes {
            if name.hasPrefix("on") { problems.append("the event attribute \(name)= on <\(tag.name)>") }
            if name == "style" || name == "srcdoc" { problems.append("the attribute \(name)= on <\(tag.name)>") }
            if urlAttributes.contains(name), let scheme = scheme(of: decode(value)), !allowedSchemes.contains(scheme) {
                problems.append("a '\(scheme):' URL in \(name)= on <\(tag.name)>")
            }
        }
        if tag.name == "meta", tag.attributes.contains(where: { $0.name == "http-equiv" && $0.value.lowercased() == "refresh" }),
           let content = tag.attributes.first(where: { $0.name == "content" })?.value,
           let url = decode(content).split(separator: "=", maxSplits: 1).last, let scheme = scheme(of: String(url)),
           !allowedSchemes.contains(scheme) {
            problems.append("a '\(scheme):' URL in a refresh")
        }
        return problems
    }

    /// Scripts may only be files of the site, or JSON-LD data that cannot end its element.
    static func checkScript(_ tag: Tag, body: String) -> [String] {
        let type = tag.attributes.first { $0.name == "type" }?.value.lowercased()
        if type == "application/ld+json" {
            return body.contains("<") ? ["a '<' inside JSON-LD (it could close the script element)"] : []
        }
        guard let source = tag.attributes.first(where: { $0.name == "src" })?.value, scheme(of: decode(source)) == nil,
              !source.hasPrefix("//"), body.allSatisfy(\.isWhitespace) else {
            return ["an inline or foreign <script>"]
        }
        return []
    }

    /// The scheme of a URL as a browser reads it: control characters and spaces ignored, any case.
    static func scheme(of url: String) -> String? {
        let cleaned = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let head = cleaned[..<colon]
        if head.contains("/") || head.contains("?") || head.contains("#") { return nil }
        return head.lowercased()
    }

    static func readTag(_ bytes: [UInt8], from start: Int) -> (Tag, Int) {
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == 0x2F
        if closing || (index < bytes.count && bytes[index] == 0x21) { index += 1 }
        let nameStart = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3E, bytes[index] != 0x2F { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var attributes: [(String, String)] = []
        while index < bytes.count, bytes[index] != 0x3E {
            if isSpace(bytes[index]) || bytes[index] == 0x2F { index += 1; continue }
            let attributeStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3D, bytes[index] != 0x3E { index += 1 }
            let attribute = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
            var value = ""
            if index < bytes.count, bytes[index] == 0x3D {
                index += 1
                if index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 {
                    let quote = bytes[index]
                    index += 1
                    let valueStart = index
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3E { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            attributes.append((attribute, value))
        }
        return (Tag(name: name, closing: closing, attributes: attributes), min(index + 1, bytes.count))
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    static func matches(_ bytes: [UInt8], at index: Int, _ word: String, ignoringCase: Bool = false) -> Bool {
        let pattern = Array(word.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices {
            var byte = bytes[index + offset]
            if ignoringCase, (0x41...0x5A).contains(byte) { byte += 0x20 }
            if byte != pattern[offset] { return false }
        }
        return true
    }

    static func find(_ bytes: [UInt8], _ word: String, from start: Int, ignoringCase: Bool = false) -> Int? {
        var index = start
        while index < bytes.count {
            if matches(bytes, at: index, word, ignoringCase: ignoringCase) { return index }
            index += 1
        }
        return nil
    }

    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n", "nbsp": "\u{A0}",
    ]

    /// A numeric character reference at `index` (`&#106;`, `&#x6A;`): its value and length.
    static func characterReference(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        guard index + 2 < bytes.count, bytes[index + 1] == 0x23 else { return nil }
        var offset = index + 2
        let hex = bytes[offset] == 0x78 || bytes[offset] == 0x58
        if hex { offset += 1 }
        var value: UInt32 = 0
        let digitsStart = offset
        while offset < bytes.count, offset - digitsStart < 8 {
            let byte = bytes[offset]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
            case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
            default: digit = 99
            }
            if digit == 99 { break }
            value = value * (hex ? 16 : 10) + digit
            offset += 1
        }
        guard offset > digitsStart else { return nil }
        if offset < bytes.count, bytes[offset] == 0x3B { offset += 1 }
        return (value, offset - index)
    }

    /// Character references decoded in one pass, as a browser reads an attribute value.
    static func decode(_ value: String) -> String {
        guard value.utf8.contains(0x26) else { return value }
        let bytes = Array(value.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x26 else { result.append(bytes[index]); index += 1; continue }
            if let (code, length) = characterReference(bytes, at: index), let scalar = Unicode.Scalar(code) {
                result += Array(String(Character(scalar)).utf8)
                index += length
                continue
            }
            var end = index + 1
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            if let text = namedReferences[String(decoding: bytes[(index + 1)..<end], as: UTF8.self).lowercased()] {
                result += Array(text.utf8)
                index = end < bytes.count && bytes[end] == 0x3B ? end + 1 : end
            } else {
                result.append(0x26)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
