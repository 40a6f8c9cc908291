// What the last successful build knew, kept in `.wijkwijzer-cache/` beside the output folder
// (outside it: the output holds only the site and the writer's `.wijkwijzer-site` marker).

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The inputs of the last build (a digest of every input file's bytes, the build date, the site
/// folder, the program) and its output (every file's inode, size and modification time). A build
/// whose inputs are equal and whose output is intact has nothing to do.
struct BuildState: Equatable {
    struct OutputEntry: Equatable {
        var path: String
        var inode: UInt64
        var size: Int
        var modified: Int

        var facts: FileFacts { FileFacts(inode: inode, size: size, modified: modified) }

        /// Whether the file is in `output` as it was recorded (same inode, size and modification time).
        func isIntact(in output: String) -> Bool {
            BuildState.facts(output + "/" + path) == facts
        }
    }

    static let formatLine = "wijkwijzer-build-state 5"
    /// The kinds of line `decode(bytes:details: false)` leaves out.
    static let detailLines = ["page ", "input ", "front ", "reads ", "list "]

    var program: String
    var root: String
    var buildDate: String
    var inputs: Digest
    var pageCount: Int
    var files: [OutputEntry]
    /// Path → digest of the template and context each page was rendered from (`PageReuse`).
    var pages: [String: Digest] = [:]
    /// Each input file's digest (path below the site root → digest of its bytes).
    var inputFiles: [String: Digest] = [:]
    /// Each Markdown file's front matter digest (`TracedEdit.frontMatterDigest`).
    var frontMatter: [String: Digest] = [:]
    /// Job key → the inputs it read: Markdown bodies, team files and team lists (`InputReads`);
    /// jobs that read none are left out.
    var reads: [String: Set<String>] = [:]
    /// The digests of the team lists and of the jobs' order (`InputReads.lists`).
    var lists: [String: Digest] = [:]
    /// The warnings of that build, shown again when nothing is rebuilt.
    var warnings: [Diagnostic]

    /// `<parent of output>/.wijkwijzer-cache/<output name>.state`
    static func path(forOutput output: String) -> String {
        let standard = (output as NSString).standardizingPath
        let parent = (standard as NSString).deletingLastPathComponent
        return ((parent.isEmpty ? "." : parent) as NSString)
            .appendingPathComponent(".wijkwijzer-cache/\((standard as NSString).lastPathComponent).state")
    }

    /// Identifies the running program: a rebuilt `wijkwijzer` may render differently.
    static var programIdentity: String {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
        return "\(status.st_size)-\(status.st_mtim.tv_sec)-\(status.st_mtim.tv_nsec)-\(status.st_ino)"
    }

    /// The state of `output` as it is now on disk, after a build of `inputs`. `known`: the facts
    /// of every file of the output as the writer left it (`SiteWriter.Session.swappedFacts`), so
    /// the output need not be listed and looked at again.
    static func record(output: String, program: String, root: String, buildDate: String, inputs: Digest,
                       pageCount: Int, pages: [String: Digest] = [:], warnings: [Diagnostic],
                       inputFiles: [String: Digest] = [:], frontMatter: [String: Digest] = [:],
                       reads: [String: Set<String>] = [:], lists: [String: Digest] = [:],
                       known: [String: FileFacts]? = nil) -> BuildState? {
        var files: [OutputEntry] = []
        if let known {
            for (path, facts) in known.sorted(by: { $0.key < $1.key }) {
                files.append(OutputEntry(path: path, inode: facts.inode, size: facts.size, modified: facts.modified))
            }
        } else {
            for path in SiteWriter.listFiles(output).sorted() {
                guard let facts = facts(output + "/" + path) else { return nil }
                files.append(OutputEntry(path: path, inode: facts.inode, size: facts.size, modified: facts.modified))
            }
        }
        return BuildState(program: program, root: root, buildDate: buildDate, inputs: inputs, pageCount: pageCount,
                          files: files, pages: pages, inputFiles: inputFiles, frontMatter: frontMatter, reads: reads,
                          lists: lists, warnings: warnings)
    }

    /// What the next build needs to tell a traced edit from any other (`TracedEdit`).
    var facts: BuildFacts {
        BuildFacts(buildDate: buildDate, inputFiles: inputFiles, frontMatter: frontMatter, reads: reads, lists: lists,
                   files: files.map(\.path).filter { $0 != SiteWriter.marker }, digests: pages)
    }

    /// True when every recorded file is in `output` as it was written, and nothing else is.
    /// The folders are listed while the files are looked at, each on a core of its own.
    func outputIsIntact(_ output: String) -> Bool {
        let (present, intact) = ParallelMap.both({ SiteWriter.listFiles(output) }, { files.allSatisfy { $0.isIntact(in: output) } })
        return intact && present.count == files.count && files.allSatisfy { present.contains($0.path) }
    }

    /// What tells a file of the output from another: its inode, size and modification time.
    struct FileFacts: Equatable, Sendable {
        var inode: UInt64
        var size: Int
        var modified: Int

        init(inode: UInt64, size: Int, modified: Int) {
            self.inode = inode
            self.size = size
            self.modified = modified
        }

        init(_ status: Glibc.stat) {
            self.init(inode: UInt64(status.st_ino), size: Int(status.st_size),
                      modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec))
        }
    }

    static func facts(_ path: String) -> FileFacts? {
        var status = Glibc.stat()
        guard lstat(path, &status) == 0 else { return nil }
        return FileFacts(status)
    }

    // MARK: Reading and writing

    func encoded() -> String { String(decoding: encodedBytes(), as: UTF8.self) }

    func encodedBytes() -> [UInt8] {
        var all: [UInt8] = []
        encode { chunk in
            all += chunk
            chunk.removeAll(keepingCapacity: true)
        }
        return all
    }

    /// The size of the pieces `encode` hands on.
    static let chunk = 1 << 20

    /// The state as the file holds it, as bytes (a line per file, page, input and read: at 5,000
    /// pages tens of thousands, and joining strings cost a tenth of a rebuild after one edit), in
    /// pieces of about `chunk` bytes handed to `flush`, which empties the buffer: at 20,000 pages
    /// the state is 11 MB, and held whole it was the peak of the build's memory.
    func encode(flush: (inout [UInt8]) -> Void) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.chunk + 4096)
        func line(_ parts: String...) {
            for (index, part) in parts.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: " ")) }
                bytes += part.utf8
            }
            bytes.append(UInt8(ascii: "\n"))
            if bytes.count >= Self.chunk { flush(&bytes) }
        }
        func line(_ word: String, _ digest: Digest, _ path: String) {
            bytes += word.utf8
            bytes.append(UInt8(ascii: " "))
            digest.appendHex(to: &bytes)
            bytes.append(UInt8(ascii: " "))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
            if bytes.count >= Self.chunk { flush(&bytes) }
        }
        line(Self.formatLine)
        line("program", program)
        line("root", root)
        line("date", buildDate)
        line("inputs", inputs.description)
        line("pages", String(pageCount))
        for entry in files {
            line("file", String(entry.inode), String(entry.size), String(entry.modified), entry.path)
        }
        // The warnings before the pages' details, which a build with nothing to do does not read.
        for warning in warnings {
            let fields = [warning.code, warning.location.file, String(warning.location.line), String(warning.location.column),
                          warning.message, warning.hint ?? "\u{1}"]
            line("warning", fields.map(Self.escape).joined(separator: "\t"))
        }
        for (path, digest) in pages.sorted(by: { $0.key < $1.key }) { line("page", digest, path) }
        for (path, digest) in inputFiles.sorted(by: { $0.key < $1.key }) { line("input", digest, path) }
        for (path, digest) in frontMatter.sorted(by: { $0.key < $1.key }) { line("front", digest, path) }
        for (job, files) in reads.sorted(by: { $0.key < $1.key }) {
            line("reads", ([job] + files.sorted()).map(Self.escape).joined(separator: "\t"))
        }
        for (name, digest) in lists.sorted(by: { $0.key < $1.key }) { line("list", digest, name) }
        flush(&bytes)
    }

    /// Nil for a missing, older or damaged file: then the build simply runs in full.
    static func decode(_ text: String) -> BuildState? { decode(bytes: Array(text.utf8)) }

    /// Read on bytes: at 5,000 pages the state holds 9,000 files and their page digests, and
    /// splitting it into `Substring`s and matching prefixes through Foundation took most of a
    /// rebuild with nothing to do.
    /// Without `details`, the pages' digests, the input files and what each page read are left
    /// out: whether a build has anything to do needs none of them.
    static func decode(bytes: [UInt8], details: Bool = true) -> BuildState? {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var stopped = false
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            let line = bytes[start..<index]
            // A summary needs no line from the first detail on (the details come last: `encoded`).
            if !details, detailLines.contains(where: { line.dropPrefix($0) != nil }) {
                stopped = true
                break
            }
            lines.append(line)
            start = index + 1
        }
        if !stopped { lines.append(bytes[start...]) }
        var remaining = lines[...]
        guard let first = remaining.popFirst(), first.elementsEqual(formatLine.utf8) else { return nil }
        func value(_ key: String) -> String? {
            guard let line = remaining.popFirst(), let rest = line.dropPrefix(key + " ") else { return nil }
            return String(decoding: rest, as: UTF8.self)
        }
        guard let program = value("program"), let root = value("root"), let date = value("date"),
              let inputsText = value("inputs"), let inputs = Digest(inputsText),
              let pagesText = value("pages"), let pageCount = Int(pagesText) else { return nil }
        var files: [OutputEntry] = []
        var warnings: [Diagnostic] = []
        var pages: [String: Digest] = [:], inputFiles: [String: Digest] = [:], frontMatter: [String: Digest] = [:]
        var reads: [String: Set<String>] = [:]
        /// Each distinct set of reads, held once (`InputReadLog`).
        var distinctReads: [Set<String>: Set<String>] = [:]
        var lists: [String: Digest] = [:]
        files.reserveCapacity(remaining.count)
        pages.reserveCapacity(remaining.count)
        /// `<32 hex digits> <path>` → the path and digest.
        func digestAndPath(_ rest: ArraySlice<UInt8>) -> (String, Digest)? {
            guard rest.count > 33, rest[rest.startIndex + 32] == UInt8(ascii: " "),
                  let digest = Digest(hex: rest.prefix(32)) else { return nil }
            return (String(decoding: rest.dropFirst(33), as: UTF8.self), digest)
        }
        for line in remaining where !line.isEmpty {
            if var rest = line.dropPrefix("file ") {
                guard let inode = rest.popNumber(), let size = rest.popNumber().flatMap(Int.init(exactly:)),
                      let modified = rest.popNumber().flatMap(Int.init(exactly:)) else { return nil }
                files.append(OutputEntry(path: String(decoding: rest, as: UTF8.self), inode: inode, size: size, modified: modified))
            } else if let rest = line.dropPrefix("page ") {
                guard let (path, digest) = digestAndPath(rest) else { return nil }
                pages[path] = digest
            } else if let rest = line.dropPrefix("input ") {
                guard let (path, digest) = digestAndPath(rest) else { return nil }
                inputFiles[path] = digest
            } else if let rest = line.dropPrefix("front ") {
                guard let (path, digest) = digestAndPath(rest) else { return nil }
                frontMatter[path] = digest
            } else if let rest = line.dropPrefix("list ") {
                guard let (name, digest) = digestAndPath(rest) else { return nil }
                lists[name] = digest
            } else if let rest = line.dropPrefix("reads ") {
                let fields = rest.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { field in
                    field.contains(UInt8(ascii: "\\")) ? unescape(String(decoding: field, as: UTF8.self)) : String(decoding: field, as: UTF8.self)
                }
                guard let job = fields.first, fields.count > 1 else { return nil }
                let read = Set(fields.dropFirst())
                let shared = distinctReads[read] ?? read
                distinctReads[read] = shared
                reads[job] = shared
            } else if let rest = line.dropPrefix("warning ") {
                let fields = rest.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                    .map { unescape(String(decoding: $0, as: UTF8.self)) }
                guard fields.count == 6, let row = Int(fields[2]), let column = Int(fields[3]) else { return nil }
                warnings.append(Diagnostic(
                    .warning, fields[0], at: SourceLocation(file: fields[1], line: row, column: column), fields[4],
                    hint: fields[5] == "\u{1}" ? nil : fields[5]))
            } else {
                return nil
            }
        }
        return BuildState(program: program, root: root, buildDate: date, inputs: inputs, pageCount: pageCount,
                          files: files, pages: pages, inputFiles: inputFiles, frontMatter: frontMatter, reads: reads,
                          lists: lists, warnings: warnings)
    }

    static func read(forOutput output: String) -> BuildState? {
        bytes(forOutput: output).flatMap { decode(bytes: $0) }
    }

    static func bytes(forOutput output: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path(forOutput: output)).map { [UInt8]($0) }
    }

    /// Written beside, then renamed over the old state: a killed build leaves the old one or none.
    func write(forOutput output: String) {
        Self.replace(path: Self.path(forOutput: output), with: encode)
    }

    /// Writes `bytes` beside `path` (its folder made when missing), then renames them over it.
    static func replace(path: String, with bytes: [UInt8]) {
        replace(path: path) { flush in
            var whole = bytes
            flush(&whole)
        }
    }

    /// The same with the bytes made in pieces by `encode`, each written as it comes.
    static func replace(path: String, with encode: ((inout [UInt8]) -> Void) -> Void) {
        let folder = (path as NSString).deletingLastPathComponent
        _ = mkdir(folder, 0o755)
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        var failed = false
        encode { piece in
            if !failed {
                do { try SiteWriter.write(piece, to: descriptor, path: temporary) } catch { failed = true }
            }
            piece.removeAll(keepingCapacity: true)
        }
        if close(descriptor) != 0 { failed = true }
        if failed || rename(temporary, path) != 0 { unlink(temporary) }
    }

    static func remove(forOutput output: String) {
        unlink(path(forOutput: output))
    }

    /// `\` → `\\`, tab → `\t`, line feed → `\n`, on bytes (a site's state can hold thousands of
    /// warnings; Foundation's `replacingOccurrences` cost a tenth of a 5,000-page build).
    static func escape(_ text: String) -> String {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }
        // On the contiguous bytes: the generic `contains(where:)` of a string's UTF-8 view cost a
        // thousand instructions for each of a state's few thousand names.
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: special) } ?? !text.utf8.contains(where: special)
        guard !plain else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func unescape(_ text: String) -> String { BackslashEscapes.decode(text) }
}

private extension ArraySlice where Element == UInt8 {
    /// The rest after `prefix`, or nil when the line does not start with it.
    func dropPrefix(_ prefix: String) -> ArraySlice<UInt8>? {
        let count = prefix.utf8.count
        guard self.count >= count, self.prefix(count).elementsEqual(prefix.utf8) else { return nil }
        return dropFirst(count)
    }

    /// A decimal number and the space after it, taken off the front; nil when there is none.
    mutating func popNumber() -> UInt64? {
        var value: UInt64 = 0
        var digits = 0
        while let byte = first, byte != UInt8(ascii: " ") {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = tens.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            value = sum
            digits += 1
            removeFirst()
        }
        guard digits > 0, first == UInt8(ascii: " ") else { return nil }
        removeFirst()
        return value
    }
}
