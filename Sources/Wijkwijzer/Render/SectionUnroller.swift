// A section over a list that is the same on every page of a language (the language switcher),
// written out item by item when a template is specialised: each item's constant values go into
// the text, and its per-page values become look-ups of the page (`{{href}}` becomes
// `{{page.languageHref.tr}}`). One look-up per item instead of six, with Mustache's own rules for
// lines that hold only a section tag. A section over a constant flag or string is written out the
// same way, as one item with nothing of its own (shown) or none (not shown).
//
// Inside an item, a section over one of its flags or (non-empty) strings is written out too, the
// string standing for `{{.}}`. A per-page value can have text before it that is the same on every
// page (an absolute link: the language's root, then `{{page.path}}`), and an item can stand for a
// string (a list of strings: `{{.}}`).
//
// Conservative: anything it cannot write out exactly as Mustache would render it (a partial, a
// comment, `{{.}}` of an item, a section over something other than a flag or string of the item,
// an empty value, a section tag alone on its line inside the list) leaves the section to Mustache.

enum SectionUnroller {
    /// The key of an item that names its per-page values: key → the name to look up instead.
    /// An item without it is never written out (its per-page keys would be unknown).
    static let perPageNames = "@names"
    /// Text before a per-page value, the same on every page (`"href"`: `"https://…/tr/"` before
    /// `{{page.path}}`): written in, escaped as the value would be.
    static let perPagePrefixes = "@prefixes"
    /// An item that stands for a string (a list of strings): its `{{.}}`.
    static let itemText = "@text"
    /// Flags of an item that differ from page to page: key → the name of the page's flag
    /// (`"current"` → `"walkIn.current.tr"`, always a `Bool` on every page). A section over one
    /// becomes a section over the page's flag, its body written out with the item.
    static let perPageFlags = "@flags"

    struct Tag {
        enum Kind { case variable, unescaped, section, inverted, close, other }
        let start: Int
        let end: Int
        let kind: Kind
        let name: String
        let triple: Bool
        /// The character after the braces (`#`, `>`, `!`, …), nil for a variable.
        let sigil: Character?
    }

    /// The tags of a template (`{{…}}`, `{{{…}}}`), in order; nil when one is not closed.
    static func tags(in bytes: [UInt8]) -> [Tag]? {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var tags: [Tag] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == open, bytes[index + 1] == open else {
                index += 1
                continue
            }
            let triple = index + 2 < bytes.count && bytes[index + 2] == open
            let braces = triple ? 3 : 2
            var end = index + braces
            while end + braces <= bytes.count, !(0..<braces).allSatisfy({ bytes[end + $0] == close }) { end += 1 }
            guard end + braces <= bytes.count else { return nil }
            var inner = String(decoding: bytes[(index + braces)..<end], as: UTF8.self).trimmed
            var kind = Tag.Kind.variable
            var sigilFound: Character?
            if triple {
                kind = .unescaped
            } else if let sigil = inner.first {
                switch sigil {
                case "&": kind = .unescaped
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case "!", ">", "<", "$", "=", "%": kind = .other
                default: break
                }
                if kind != .variable {
                    sigilFound = sigil
                    inner = String(inner.dropFirst()).trimmed
                }
            }
            tags.append(Tag(start: index, end: end + braces, kind: kind, name: inner, triple: triple, sigil: sigilFound))
            index = end + braces
        }
        return tags
    }

    /// The line around a tag when the tag stands alone on it (only spaces or tabs beside it):
    /// the range Mustache removes, from the line's start through its newline.
    static func standaloneLine(_ tag: Tag, in bytes: [UInt8]) -> Range<Int>? {
        var start = tag.start
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") {
            guard bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") else { return nil }
            start -= 1
        }
        var end = tag.end
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
            guard bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") || bytes[end] == UInt8(ascii: "\r") else { return nil }
            end += 1
        }
        return start..<min(end + 1, bytes.count)
    }

    /// The index of the tag closing the section opened at `open`; nil when sections do not nest.
    static func matchingClose(of open: Int, in tags: [Tag], before limit: Int) -> Int? {
        var names = [tags[open].name]
        var index = open + 1
        while index < limit {
            let tag = tags[index]
            if tag.kind == .section || tag.kind == .inverted { names.append(tag.name) }
            if tag.kind == .close {
                guard names.last == tag.name else { return nil }
                names.removeLast()
                if names.isEmpty { return index }
            }
            index += 1
        }
        return nil
    }

    /// The section opened by `tags[open]`, over `items`, written out (a flag's section: one item
    /// with nothing of its own when it shows, none when it does not): the bytes to put in place
    /// of `removed` (which includes a standalone tag's whole line), and the index of the first tag
    /// after the section. Nil when it cannot be written out exactly.
    static func unroll(_ open: Int, tags: [Tag], bytes: [UInt8], items: [[String: Any]])
        -> (removed: Range<Int>, replacement: [UInt8], next: Int)? {
        guard tags[open].kind == .section || tags[open].kind == .inverted,
              let close = matchingClose(of: open, in: tags, before: tags.count) else { return nil }
        let openLine = standaloneLine(tags[open], in: bytes)
        let closeLine = standaloneLine(tags[close], in: bytes)
        let bodyStart = openLine?.upperBound ?? tags[open].end
        let bodyEnd = closeLine?.lowerBound ?? tags[close].start
        guard bodyStart <= bodyEnd else { return nil }
        var replacement: [UInt8] = []
        for item in items {
            let text = item[itemText], dot = text.flatMap(writable)
            guard let names = item[perPageNames] as? [String: String], text == nil || dot != nil,
                  let written = write(open + 1, close, bodyStart, bodyEnd, tags: tags, bytes: bytes, item: item, names: names, dot: dot)
            else { return nil }
            replacement += written
        }
        let removed = (openLine?.lowerBound ?? tags[open].start)..<(closeLine?.upperBound ?? tags[close].end)
        return (removed, replacement, close + 1)
    }

    /// The bytes `from`..<`to` with the tags `first`..<`last` (all inside that range) written for one item;
    /// `dot` is `{{.}}` inside a section over one of the item's strings.
    private static func write(_ first: Int, _ last: Int, _ from: Int, _ to: Int, tags: [Tag], bytes: [UInt8],
                              item: [String: Any], names: [String: String], dot: String?) -> [UInt8]? {
        var result: [UInt8] = []
        var at = from
        var index = first
        while index < last {
            let tag = tags[index]
            guard tag.start >= at, tag.end <= to else { return nil }
            result += bytes[at..<tag.start]
            at = tag.end
            let head = tag.name.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            switch tag.kind {
            case .variable, .unescaped:
                if tag.name == ".", let dot {
                    result += (tag.kind == .variable ? HTML.escape(dot) : dot).utf8
                    index += 1
                    continue
                }
                if tag.name.isEmpty || tag.name.hasPrefix(".") { return nil }
                if let value = item[tag.name] {
                    guard let text = writable(value) else { return nil }
                    result += (tag.kind == .variable ? HTML.escape(text) : text).utf8
                } else if let name = names[tag.name] {
                    if let prefix = (item[perPagePrefixes] as? [String: String])?[tag.name] {
                        guard let text = writable(prefix) else { return nil }
                        result += (tag.kind == .variable ? HTML.escape(text) : text).utf8
                    }
                    result += (tag.kind == .variable ? "{{\(name)}}" : "{{{\(name)}}}").utf8
                } else if item[head] != nil || names[head] != nil || (item[perPageFlags] as? [String: String])?[head] != nil {
                    return nil
                } else {
                    result += bytes[tag.start..<tag.end]
                }
                index += 1
            case .section, .inverted:
                if item[tag.name] == nil, let flag = (item[perPageFlags] as? [String: String])?[tag.name] {
                    // Over a flag of the page: a section over it, in the same context (a flag
                    // pushes nothing), with the body written out as for the item.
                    guard let close = matchingClose(of: index, in: tags, before: last),
                          standaloneLine(tag, in: bytes) == nil, standaloneLine(tags[close], in: bytes) == nil,
                          let inner = write(index + 1, close, tag.end, tags[close].start, tags: tags, bytes: bytes, item: item, names: names,
                                            dot: dot)
                    else { return nil }
                    result += "{{\(tag.kind == .section ? "#" : "^")\(flag)}}".utf8 + inner + "{{/\(flag)}}".utf8
                    at = tags[close].end
                    index = close + 1
                    continue
                }
                // Over a flag: the body in the same context. Over a string (which Mustache shows):
                // the body with the string as `{{.}}`.
                let text = item[tag.name].flatMap(writable)
                guard let shows = (item[tag.name] as? Bool) ?? (text == nil ? nil : true),
                      let close = matchingClose(of: index, in: tags, before: last),
                      standaloneLine(tag, in: bytes) == nil, standaloneLine(tags[close], in: bytes) == nil else { return nil }
                if shows == (tag.kind == .section) {
                    guard let inner = write(index + 1, close, tag.end, tags[close].start, tags: tags, bytes: bytes, item: item, names: names,
                                            dot: text ?? dot)
                    else { return nil }
                    result += inner
                }
                at = tags[close].end
                index = close + 1
            case .close, .other:
                return nil
            }
        }
        guard at <= to else { return nil }
        result += bytes[at..<to]
        return result
    }

    /// An item's value as the text to write in; nil for anything else, an empty string (it could
    /// make a line standalone that was not), and a string with Mustache's braces (they would be tags).
    private static func writable(_ value: Any) -> String? {
        guard let text = value as? String, !text.isEmpty, !hasMustacheBraces(text) else { return nil }
        return text
    }

    /// Whether `text` has `{{` or `}}`: written into a template, it would hold tags. On UTF-8 bytes.
    static func hasMustacheBraces(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == previous, byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { return true }
            previous = byte
        }
        return false
    }
}
