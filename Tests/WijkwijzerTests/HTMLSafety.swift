// An independent reader of generated HTML that lists anything able to run script or mislead:
// script and style elements, event-handler and style attributes, links with other schemes
// (after decoding entities, as a browser does), and invisible direction controls.

import Foundation

enum HTMLSafety {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href", "data"]
    static let forbiddenElements: Set<String> = ["style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "math"]
    static let directionControls: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    /// Every problem in `html`, as short descriptions (empty when the page is safe).
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let text = Array(html.unicodeScalars)
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? { offset < text.count ? text[offset] : nil }
        func startsWith(_ word: String, at offset: Int) -> Bool {
            let scalars = Array(word.unicodeScalars)
            guard offset + scalars.count <= text.count else { return false }
            return zip(scalars, text[offset..<offset + scalars.count]).allSatisfy {
                $0.properties.lowercaseMapping == $1.properties.lowercaseMapping
            }
        }
        while index < text.count {
            let scalar = text[index]
            if directionControls.contains(scalar.value) { problems.append("a direction control U+\(String(scalar.value, radix: 16, uppercase: true)) in the text") }
            guard scalar == "<" else { index += 1; continue }
            if startsWith("<!--", at: index) {
                index = (find("-->", in: text, from: index + 4) ?? text.count - 3) + 3
                continue
            }
            guard let next = at(index + 1), next.properties.isAlphabetic || next == "/" || next == "!" else { index += 1; continue }
            let (tag, end) = readTag(text, from: index)
            index = end
            if tag.closing { continue }
            problems += check(tag)
            if tag.name == "script" {
                let close = find("</script", in: text, from: index, caseInsensitive: true) ?? text.count
                let body = String(String.UnicodeScalarView(text[index..<close]))
                problems += checkScript(tag, body: body)
                index = close
            }
        }
        problems += decodedEntities(in: html).compactMap { value in
            directionControls.contains(value) ? "a direction control written as an entity" : nil
        }
        return problems
    }

    struct Tag {
        var name: String
        var closing: Bool
        var attributes: [(name: String, value: String)]
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
              !source.hasPrefix("//"), body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
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

    static func readTag(_ text: [Unicode.Scalar], from start: Int) -> (Tag, Int) {
        var index = start + 1
        let closing = text[index] == "/"
        if closing || text[index] == "!" { index += 1 }
        var name = ""
        while index < text.count, !isSpace(text[index]), text[index] != ">", text[index] != "/" {
            name.unicodeScalars.append(text[index]); index += 1
        }
        var attributes: [(String, String)] = []
        while index < text.count, text[index] != ">" {
            if isSpace(text[index]) || text[index] == "/" { index += 1; continue }
            var attribute = ""
            while index < text.count, !isSpace(text[index]), text[index] != "=", text[index] != ">" {
                attribute.unicodeScalars.append(text[index]); index += 1
            }
            var value = ""
            if index < text.count, text[index] == "=" {
                index += 1
                if index < text.count, text[index] == "\"" || text[index] == "'" {
                    let quote = text[index]
                    index += 1
                    while index < text.count, text[index] != quote { value.unicodeScalars.append(text[index]); index += 1 }
                    index += 1
                } else {
                    while index < text.count, !isSpace(text[index]), text[index] != ">" { value.unicodeScalars.append(text[index]); index += 1 }
                }
            }
            attributes.append((attribute.lowercased(), value))
        }
        return (Tag(name: name.lowercased(), closing: closing, attributes: attributes), min(index + 1, text.count))
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" }

    static func find(_ word: String, in text: [Unicode.Scalar], from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array((caseInsensitive ? word.lowercased() : word).unicodeScalars)
        var index = start
        while index + pattern.count <= text.count {
            let slice = text[index..<index + pattern.count]
            if caseInsensitive ? String(String.UnicodeScalarView(slice)).lowercased() == String(String.UnicodeScalarView(pattern)) : Array(slice) == pattern {
                return index
            }
            index += 1
        }
        return nil
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n", "nbsp": "\u{A0}",
    ]

    /// Character references decoded in one pass, as a browser reads an attribute value.
    static func decode(_ value: String) -> String {
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = namedEntities[name.lowercased()]
            }
            if let decoded {
                result += decoded
                rest = after.dropFirst(name.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    static func decodedEntities(in html: String) -> [UInt32] {
        html.matches(of: /&#([xX]?)([0-9a-fA-F]+);?/).compactMap { match in
            UInt32(match.2, radix: match.1.isEmpty ? 10 : 16)
        }
    }
}
