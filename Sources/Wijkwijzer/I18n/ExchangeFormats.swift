// CSV (for spreadsheets) and gettext PO (for Poedit, Weblate): writing and reading exchange rows.

public enum ExchangeFormat: String, Sendable, CaseIterable {
    case csv, po
}

public enum CSVCodec {
    static let header = ["key", "source", "translation", "status", "notes"]

    /// Every field quoted, so spreadsheets keep leading zeros, commas and line breaks.
    public static func encode(_ rows: [ExchangeRow]) -> String {
        let lines = [header] + rows.map { [$0.key, $0.source, $0.translation, $0.status, $0.notes] }
        return lines.map { fields in
            fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180, as spreadsheets save it (quoted or bare fields, CRLF or LF, a byte-order mark).
    public static func decode(_ text: String) -> Result<[ExchangeRow], ExchangeError> {
        var records: [[String]] = []
        var record: [String] = [], field = "", quoted = false, atFieldStart = true
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        characters.append("\n")
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"", atFieldStart {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
                atFieldStart = true
                index += 1
                continue
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                record.append(field)
                if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
                record = []
                field = ""
                atFieldStart = true
                index += 1
                continue
            } else {
                field.append(character)
            }
            atFieldStart = false
            index += 1
        }
        if quoted { return .failure(ExchangeError(line: records.count + 1, message: "a quoted field never closes")) }
        guard let first = records.first, first.map({ $0.lowercased() }) == header else {
            return .failure(ExchangeError(line: 1, message: "the first line must be the columns: \(header.joined(separator: ","))"))
        }
        var rows: [ExchangeRow] = []
        for (number, fields) in records.dropFirst().enumerated() {
            guard fields.count == header.count else {
                return .failure(ExchangeError(line: number + 2, message: "this line has \(fields.count) columns instead of \(header.count)"))
            }
            rows.append(ExchangeRow(key: fields[0], source: fields[1], translation: fields[2], status: fields[3], notes: fields[4]))
        }
        return .success(rows)
    }
}

public struct ExchangeError: Error, Equatable, Sendable {
    public var line: Int
    public var message: String
}

public enum POCodec {
    public static func encode(_ rows: [ExchangeRow], language: Language, rules: PluralRules) -> String {
        var out = [
            "msgid \"\"", "msgstr \"\"",
            quote("Language: \(language.lang)\n"),
            quote("MIME-Version: 1.0\n"),
            quote("Content-Type: text/plain; charset=UTF-8\n"),
            quote("Content-Transfer-Encoding: 8bit\n"),
            quote("Plural-Forms: nplurals=\(rules.categories.count); plural=\(rules.gettextExpression);\n"),
            "",
        ]
        var index = 0
        while index < rows.count {
            let row = rows[index]
            let group = rows[index...].prefix { $0.baseKey == row.baseKey }
            index += group.count
            if !row.notes.isEmpty { out.append("#. " + (row.category == nil ? row.notes : "plural forms: " + rules.categories.joined(separator: ", "))) }
            if row.status == "unreviewed" { out.append("#, fuzzy") }
            out.append("msgctxt " + quote(row.baseKey))
            if row.category == nil {
                out.append("msgid " + quote(row.source))
                out.append("msgstr " + quote(row.translation))
            } else {
                let forms = Array(group)
                out.append("msgid " + quote(forms.first { $0.category == "one" }?.source ?? forms.first?.source ?? ""))
                out.append("msgid_plural " + quote(forms.first { $0.category == "other" }?.source ?? forms.last?.source ?? ""))
                for (number, form) in forms.enumerated() { out.append("msgstr[\(number)] " + quote(form.translation)) }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// Reads entries back; plural `msgstr[n]` map to the language's categories in order.
    public static func decode(_ text: String, rules: PluralRules) -> Result<[ExchangeRow], ExchangeError> {
        var rows: [ExchangeRow] = []
        var context: String?, msgid = "", plural: String?, strings: [Int: String] = [:], fuzzy = false
        var current: (kind: String, index: Int)?
        func flush() {
            defer { context = nil; msgid = ""; plural = nil; strings = [:]; fuzzy = false; current = nil }
            guard let key = context else { return }
            let status = { (translation: String) in translation.isEmpty ? "missing" : (fuzzy ? "unreviewed" : "reviewed") }
            if plural == nil {
                let translation = strings[0] ?? ""
                rows.append(ExchangeRow(key: key, source: msgid, translation: translation, status: status(translation), notes: ""))
            } else {
                let all = strings.values.joined()
                for (number, category) in rules.categories.enumerated() {
                    rows.append(ExchangeRow(key: "\(key)[\(category)]", source: "", translation: strings[number] ?? "",
                                            status: status(all), notes: ""))
                }
            }
        }
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#,") { if current != nil { flush() }; fuzzy = line.contains("fuzzy"); continue }
            if line.hasPrefix("#") { continue }
            func value(after prefix: String) -> String? {
                guard line.hasPrefix(prefix) else { return nil }
                return unquote(String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
            }
            if let text = value(after: "msgctxt") {
                if current != nil { flush() }
                context = text
                current = ("msgctxt", 0)
            } else if let text = value(after: "msgid_plural") {
                plural = text
                current = ("msgid_plural", 0)
            } else if let text = value(after: "msgid") {
                if current?.kind == "msgstr" { flush() }
                msgid = text
                current = ("msgid", 0)
            } else if line.hasPrefix("msgstr["), let close = line.firstIndex(of: "]"),
                      let index = Int(line[line.index(line.startIndex, offsetBy: 7)..<close]),
                      let text = unquote(String(line[line.index(after: close)...]).trimmingCharacters(in: .whitespaces)) {
                strings[index] = text
                current = ("msgstr", index)
            } else if let text = value(after: "msgstr") {
                strings[0] = text
                current = ("msgstr", 0)
            } else if line.hasPrefix("\""), let text = unquote(line), let part = current {
                switch part.kind {
                case "msgctxt": context = (context ?? "") + text
                case "msgid": msgid += text
                case "msgid_plural": plural = (plural ?? "") + text
                default: strings[part.index, default: ""] += text
                }
            } else {
                return .failure(ExchangeError(line: number + 1, message: "this line is not PO syntax"))
            }
        }
        flush()
        return .success(rows)
    }

    static func unquote(_ text: String) -> String? {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return nil }
        return BackslashEscapes.decode(text.dropFirst().dropLast())
    }
}

import Foundation
