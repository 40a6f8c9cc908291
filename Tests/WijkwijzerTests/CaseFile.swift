// Reads a corpus case (Tests/Fixtures/bad-input/*.case, hostile-input/*.case): changes to make
// to the small fixture site, and what the build must then report or write.

import Foundation
import Testing
@testable import Wijkwijzer
#if canImport(Glibc)
import Glibc
#endif

/// One case. The format is described in Tests/Fixtures/bad-input/README.md.
struct CaseFile: CustomTestStringConvertible, Sendable {
    enum Change: Sendable {
        case write(path: String, bytes: [UInt8])
        case edit(path: String, old: [UInt8], new: [UInt8])
        case byteOrderMark(path: String)
        case windowsLineEndings(path: String)
        case large(path: String, bytes: Int)
        case repeated(path: String, bytes: [UInt8], count: Int)
        case symlink(path: String, target: String)
        case fifo(path: String)
        case remove(path: String)
    }

    struct HTMLCheck: Sendable {
        var path: String
        var contains: [String] = []
        var lacks: [String] = []
    }

    var name: String
    var summary: String
    var changes: [Change] = []
    /// Nil when the change must be accepted (the build succeeds without errors).
    var expected: [Diagnostic]?
    var htmlChecks: [HTMLCheck] = []

    var testDescription: String { name }

    /// Every case in a folder below Tests/Fixtures, sorted by file name.
    static func all(in folder: String) throws -> [CaseFile] {
        let path = Repository.path("Tests/Fixtures/" + folder)
        return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".case") }.sorted().map { name in
            try CaseFile(name: String(name.dropLast(5)), text: String(contentsOfFile: path + "/" + name, encoding: .utf8))
        }
    }

    init(name: String, text: String) throws {
        self.name = name
        var sections: [(header: [String], body: [String])] = []
        var summaryLines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("-- "), line.hasSuffix(" --") {
                sections.append((Self.words(String(line.dropFirst(3).dropLast(3))), []))
            } else if sections.isEmpty {
                summaryLines.append(line)
            } else {
                sections[sections.count - 1].body.append(line)
            }
        }
        summary = summaryLines.joined(separator: " ")
        var pendingEdit: (path: String, old: [UInt8])?
        for (header, rawBody) in sections {
            var body = rawBody
            if body.last == "" { body.removeLast() }  // the file's final newline
            let bytes = Self.expand(body.map { $0 + "\n" }.joined())
            let path = header.count > 1 ? header[1] : ""
            switch header.first ?? "" {
            case "write": changes.append(.write(path: path, bytes: bytes))
            case "edit": pendingEdit = (path, bytes)
            case "to":
                guard let edit = pendingEdit else { throw CaseError.malformed(name, "'to' without 'edit'") }
                changes.append(.edit(path: edit.path, old: edit.old, new: bytes))
                pendingEdit = nil
            case "bom": changes.append(.byteOrderMark(path: path))
            case "crlf": changes.append(.windowsLineEndings(path: path))
            case "large": changes.append(.large(path: path, bytes: Int(header.last ?? "") ?? 0))
            case "repeat": changes.append(.repeated(path: path, bytes: Array(bytes.dropLast()), count: Int(header.last ?? "") ?? 0))
            case "symlink": changes.append(.symlink(path: path, target: header.last ?? ""))
            case "fifo": changes.append(.fifo(path: path))
            case "remove": changes.append(.remove(path: path))
            case "expect": expected = try Self.diagnostics(body, case: name)
            case "html": htmlChecks.append(Self.htmlCheck(path: path, body))
            default: throw CaseError.malformed(name, "unknown section '\(header.joined(separator: " "))'")
            }
        }
        if pendingEdit != nil { throw CaseError.malformed(name, "'edit' without 'to'") }
    }

    /// A section header's words; a path with spaces is written in double quotes.
    static func words(_ header: String) -> [String] {
        var words: [String] = [], current = "", quoted = false
        for character in header {
            if character == "\"" {
                quoted.toggle()
            } else if character == " ", !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `<TAB>`, `<CR>`, `<BOM>`, `<U+202E>` and `<0xFF>` (a raw byte) in a body.
    static func expand(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            result += Array(rest[..<open].utf8)
            let tail = rest[open...]
            guard let close = tail.firstIndex(of: ">") else {
                rest = tail
                break
            }
            let token = String(tail[tail.index(after: open)..<close])
            var replacement: [UInt8]?
            switch token {
            case "TAB": replacement = [0x09]
            case "CR": replacement = [0x0D]
            case "BOM": replacement = [0xEF, 0xBB, 0xBF]
            default:
                if token.hasPrefix("U+"), let value = UInt32(token.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                    replacement = Array(String(Character(scalar)).utf8)
                } else if token.hasPrefix("0x"), token.count == 4, let byte = UInt8(token.dropFirst(2), radix: 16) {
                    replacement = [byte]
                }
            }
            if let replacement {
                result += replacement
                rest = tail[tail.index(after: close)...]
            } else {
                result.append(0x3C)
                rest = tail.dropFirst()
            }
        }
        return result + Array(rest.utf8)
    }

    /// `file:line:column: severity: message [code]`, optionally followed by `    hint: …`.
    static func diagnostics(_ lines: [String], case name: String) throws -> [Diagnostic]? {
        if lines.map({ $0.trimmingCharacters(in: .whitespaces) }) == ["accepted"] { return nil }
        var result: [Diagnostic] = []
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("hint: "), !result.isEmpty {
                result[result.count - 1].hint = String(decoding: expand(String(trimmed.dropFirst(6))), as: UTF8.self)
                continue
            }
            guard let match = line.wholeMatch(of: /(.+?):(\d+):(\d+): (error|warning): (.*) \[([a-z0-9-]+)\]/),
                  let lineNumber = Int(match.2), let column = Int(match.3), let severity = Severity(rawValue: String(match.4)) else {
                throw CaseError.malformed(name, "cannot read the expected diagnostic '\(line)'")
            }
            let expandedMessage = String(decoding: expand(String(match.5)), as: UTF8.self)
            result.append(Diagnostic(
                severity, String(match.6), at: SourceLocation(file: String(match.1), line: lineNumber, column: column), expandedMessage))
        }
        return result
    }

    static func htmlCheck(path: String, _ lines: [String]) -> HTMLCheck {
        var check = HTMLCheck(path: path)
        for line in lines {
            if line.hasPrefix("contains: ") { check.contains.append(String(decoding: expand(String(line.dropFirst(10))), as: UTF8.self)) }
            if line.hasPrefix("lacks: ") { check.lacks.append(String(decoding: expand(String(line.dropFirst(7))), as: UTF8.self)) }
        }
        return check
    }

    /// Makes the changes in a copy of the fixture site.
    func apply(to site: TemporarySite) throws {
        let manager = FileManager.default
        for change in changes {
            switch change {
            case .write(let path, let bytes):
                try site.writeBytes(path, bytes)
            case .edit(let path, let old, let new):
                let bytes = try site.readBytes(path)
                guard let range = bytes.firstRange(of: old) else { throw TestError.notFound(String(decoding: old, as: UTF8.self), in: path) }
                try site.writeBytes(path, bytes.replacing(old, with: new, subrange: range))
            case .byteOrderMark(let path):
                try site.writeBytes(path, [0xEF, 0xBB, 0xBF] + site.readBytes(path))
            case .windowsLineEndings(let path):
                try site.writeBytes(path, site.readBytes(path).flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] })
            case .large(let path, let count):
                // Sparse: the size is real, the disk space is not used.
                try site.writeBytes(path, [])
                guard truncate(site.root + "/" + path, off_t(count)) == 0 else { throw CaseError.malformed(name, "truncate failed") }
            case .repeated(let path, let bytes, let count):
                try site.writeBytes(path, site.readBytes(path) + Array([[UInt8]](repeating: bytes, count: count).joined()))
            case .symlink(let path, let target):
                try? manager.removeItem(atPath: site.root + "/" + path)
                try manager.createSymbolicLink(atPath: site.root + "/" + path, withDestinationPath: target)
            case .fifo(let path):
                try? manager.removeItem(atPath: site.root + "/" + path)
                guard mkfifo(site.root + "/" + path, 0o644) == 0 else { throw CaseError.malformed(name, "mkfifo failed") }
            case .remove(let path):
                try manager.removeItem(atPath: site.root + "/" + path)
            }
        }
    }
}

enum CaseError: Error {
    case malformed(String, String)
}

extension Array where Element == UInt8 {
    func replacing(_ old: [UInt8], with new: [UInt8], subrange: Range<Int>) -> [UInt8] {
        Array(self[..<subrange.lowerBound]) + new + Array(self[subrange.upperBound...])
    }
}
