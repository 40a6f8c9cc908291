// The only code that writes the site: stage next to the output, then swap it in at once.

import CWijkwijzerSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public struct WriteReport: Sendable, Equatable {
    public var written = 0
    /// Files whose bytes equal the current site's: hard-linked, not rewritten.
    public var unchanged = 0
}

public enum WriteError: Error, Equatable, CustomStringConvertible {
    case unsafePath(String)
    case duplicatePath(String)
    case notASite(String)
    case system(String, path: String, errno: Int32)

    public var description: String {
        switch self {
        case .unsafePath(let path):
            return "refusing to write '\(path)': output paths must stay inside the output folder"
        case .duplicatePath(let path):
            return "two files would be written to '\(path)'"
        case .notASite(let path):
            return "'\(path)' exists and was not made by wijkwijzer; refusing to replace it (remove it, or choose another --output)"
        case .system(let call, let path, let code):
            return "\(call) failed for '\(path)': \(String(cString: strerror(code)))"
        }
    }
}

public enum SiteWriter {
    /// An empty file marking a folder as wijkwijzer output, so that a mistaken `--output`
    /// never replaces someone's own folder.
    public static let marker = ".wijkwijzer-site"

    /// Writes `files` as the new content of `output`. A reader (or a kill) sees either the old
    /// complete site or the new complete site, never a mix.
    @discardableResult
    public static func write(_ files: [OutputFile], to output: String) throws -> WriteReport {
        let session = try Session(output: output)
        do {
            try session.add(files)
            return try session.finish()
        } catch {
            session.abandon()
            throw error
        }
    }

    /// A write in batches, so a large site never has to be in memory at once: `add` the files
    /// as they are rendered, then `finish` swaps the complete new site in (or `abandon`).
    ///
    /// Nothing is staged while every file so far equals the current site's: a build that changes
    /// nothing reads the site and writes nothing at all. At the first difference the staging
    /// folder is made, the files seen so far are hard-linked into it, and the rest follow;
    /// unchanged files are always hard-linked, not copied.
    ///
    /// The site a swap replaces is kept beside the output as `.<name>.spare`, and the next build
    /// that changes something stages into it (renamed to its staging folder first, so that no
    /// two builds share it): a file already linked to the current site's is left alone, any
    /// other entry is replaced (never written through: it may share its inode with the live
    /// site), and files the new site does not have are removed. A rebuild after one edit then
    /// touches a few files instead of making and removing every folder of the site, which this
    /// machine's file system makes slow (`docs/performance.md`).
    ///
    /// `add` may be called from several threads at once (`BackgroundSession` writes each batch on
    /// two): the bookkeeping is under a lock, the file system calls are not.
    public final class Session: @unchecked Sendable {
        let output: String
        let parent: String
        let name: String
        let exists: Bool
        private(set) var staging: String?
        /// True when `staging` is the previous site (the spare), being brought up to date.
        private(set) var reusesSpare = false
        private var seenUnstaged: [String] = []
        private var madeFolders = Set<String>()
        private var report = WriteReport()
        /// The inode, size and modification time of each file placed in the staging folder.
        private var placed: [String: BuildState.FileFacts] = [:]
        /// Guards every variable above and `paths` while files are added (recursive: starting to
        /// stage links the files seen so far under it).
        private let lock = NSRecursiveLock()

        /// The facts of the current site's files as the caller found them (the build state's
        /// entries it checked), so staging need not look at those files again. A file changed since
        /// gets facts that no longer match, and the next build finds it not intact.
        var currentFacts: [String: BuildState.FileFacts] = [:]

        /// After a `finish` that swapped a new site in: the facts of every file of the new site
        /// (the marker too), as the build state records them. Nil when nothing was swapped.
        private(set) var swappedFacts: [String: BuildState.FileFacts]?

        public init(output: String) throws {
            self.output = (output as NSString).standardizingPath
            parent = (self.output as NSString).deletingLastPathComponent
            name = (self.output as NSString).lastPathComponent
            let manager = FileManager.default
            try manager.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
            var isDirectory: ObjCBool = false
            exists = manager.fileExists(atPath: self.output, isDirectory: &isDirectory)
            if exists {
                let entries = (try? manager.contentsOfDirectory(atPath: self.output)) ?? []
                if !isDirectory.boolValue || (!entries.isEmpty && !entries.contains(marker)) {
                    throw WriteError.notASite(self.output)
                }
            }
            removeLeftovers(parent: parent, name: name)
        }

        /// The paths of the files added so far (the marker not counted).
        public private(set) var paths = Set<String>()

        public func add(_ files: [OutputFile]) throws {
            for file in files {
                guard isSafe(file.path) else { throw WriteError.unsafePath(file.path) }
                guard locked({ paths.insert(file.path).inserted }) else { throw WriteError.duplicatePath(file.path) }
                try place(file)
            }
        }

        /// `add` on `parts` threads at once, each a contiguous share of `files`; throws the first
        /// share's error. Creating files and folders is kernel time that one thread cannot keep up
        /// with while two cores render.
        public func add(_ files: [OutputFile], parts: Int) throws {
            let parts = max(1, min(parts, files.count))
            guard parts > 1 else { return try add(files) }
            let shares = (0..<parts).map { part in Array(files[(files.count * part / parts)..<(files.count * (part + 1) / parts)]) }
            let errors = ParallelMap.map(shares) { share -> Unchecked<Error?> in
                do {
                    try add(share)
                    return Unchecked(nil)
                } catch {
                    return Unchecked(error)
                }
            }
            if let error = errors.compactMap(\.value).first { throw error }
        }

        private func locked<Result>(_ body: () throws -> Result) rethrows -> Result {
            lock.lock()
            defer { lock.unlock() }
            return try body()
        }

        private func place(_ file: OutputFile) throws {
            let current = output + "/" + file.path
            // A kept page is the current file by construction (`PageReuse`): not even read.
            let same = exists && (file.kept || sameBytes(current, file.bytes))
            if file.kept, !same { throw WriteError.system("keep", path: current, errno: ENOENT) }
            let stagingNow: String? = try locked {
                if staging == nil {
                    if same {
                        seenUnstaged.append(file.path)
                        return nil
                    }
                    try startStaging()
                }
                return staging
            }
            guard let staging = stagingNow else { return }
            // In the spare, a file that is the current one already needs nothing, not even its folder.
            if same, reusesSpare, keptInSpare(file.path, staging) { return }
            let folder = folderPart(of: file.path)
            if !folder.isEmpty { try makeFolders(folder, below: staging) }
            if same {
                try stageCurrent(file.path, in: staging, spareChecked: reusesSpare)
            } else {
                let target = staging + "/" + file.path
                if reusesSpare { try clear(target) }
                let facts = try writeFile(target, file.bytes)
                locked {
                    placed[file.path] = facts
                    report.written += 1
                }
            }
        }

        /// Creates `folder` and its parents below `root`, each once (`madeFolders`). Two threads
        /// may both try a folder: the second finds it made (`makeFolder`).
        private func makeFolders(_ folder: String, below root: String) throws {
            if locked({ madeFolders.contains(folder) }) { return }
            var path = ""
            for component in folder.utf8.split(separator: UInt8(ascii: "/")) {
                let name = String(Substring(component))
                path += path.isEmpty ? name : "/" + name
                if locked({ madeFolders.contains(path) }) { continue }
                try makeFolder(root + "/" + path)
                _ = locked { madeFolders.insert(path) }
            }
        }

        /// The current site's facts of the file at `relative`.
        private func current(_ relative: String) -> BuildState.FileFacts? {
            currentFacts[relative] ?? BuildState.facts(output + "/" + relative)
        }

        /// True (and counted) when the spare's file at `relative` is the current site's file.
        private func keptInSpare(_ relative: String, _ staging: String) -> Bool {
            guard let kept = BuildState.facts(staging + "/" + relative), let live = current(relative),
                  kept.inode == live.inode else { return false }
            locked {
                placed[relative] = live
                report.unchanged += 1
            }
            return true
        }

        /// The current site's file at `relative`, hard-linked into the staging folder (copied when
        /// it cannot be linked); in the spare, left alone when it is that file already.
        private func stageCurrent(_ relative: String, in staging: String, spareChecked: Bool = false) throws {
            let source = output + "/" + relative
            let target = staging + "/" + relative
            if reusesSpare {
                if !spareChecked, keptInSpare(relative, staging) { return }
                try clear(target)
            }
            if link(source, target) == 0 {
                // A link shares the inode, and with it the size and modification time.
                let facts = current(relative) ?? BuildState.facts(target)
                locked {
                    placed[relative] = facts
                    report.unchanged += 1
                }
            } else {
                // The current file cannot be linked (another file system?): copy its bytes.
                try copyFile(source, to: target)
                let facts = BuildState.facts(target)
                locked {
                    placed[relative] = facts
                    report.written += 1
                }
            }
        }

        /// Removes whatever the spare has at `path` (a file, or a folder where a file now goes).
        private func clear(_ path: String) throws {
            var status = stat()
            guard lstat(path, &status) == 0 else { return }
            let removed = (status.st_mode & S_IFMT) == S_IFDIR ? wijkwijzer_remove_tree(path) : unlink(path)
            if removed != 0 { throw WriteError.system("unlink", path: path, errno: errno) }
        }

        private var sparePath: String { (parent as NSString).appendingPathComponent(".\(name).spare") }

        private func startStaging() throws {
            let path = (parent as NSString).appendingPathComponent(".\(name).staging-\(getpid())")
            _ = wijkwijzer_remove_tree(path)
            // The previous site, when there is one: renamed, so another build cannot take it too.
            if exists, rename(sparePath, path) == 0 {
                reusesSpare = true
            } else {
                guard mkdir(path, 0o755) == 0 else { throw WriteError.system("mkdir", path: path, errno: errno) }
            }
            staging = path
            let earlier = seenUnstaged
            seenUnstaged = []
            for relative in earlier {
                let folder = folderPart(of: relative)
                if !folder.isEmpty { try makeFolders(folder, below: path) }
                try stageCurrent(relative, in: path)
            }
        }

        /// In the spare: removes the files the new site does not have, and folders left empty.
        private func removeFilesNotAdded(from staging: String) {
            let present = listFiles(staging)
            for relative in present where relative != marker && !paths.contains(relative) {
                unlink(staging + "/" + relative)
                var folder = folderPart(of: relative)
                while !folder.isEmpty, rmdir(staging + "/" + folder) == 0 {
                    folder = folderPart(of: folder)
                }
            }
        }

        private func copyFile(_ source: String, to target: String) throws {
            guard let bytes = FileManager.default.contents(atPath: source) else {
                throw WriteError.system("read", path: source, errno: errno)
            }
            try writeFile(target, Array(bytes))
        }

        /// Swaps the new site in. When every file equals the current site's and the current
        /// site has no other files, nothing is staged or swapped at all.
        public func finish() throws -> WriteReport {
            if staging == nil, exists {
                let present = listFiles(output)
                if present.count == paths.count + 1, present.contains(marker), paths.isSubset(of: present) {
                    return WriteReport(written: 0, unchanged: paths.count + 1)
                }
            }
            if staging == nil { try startStaging() }
            try place(OutputFile(path: marker, bytes: []))
            guard let staging else { throw WriteError.system("mkdir", path: output, errno: 0) }
            if reusesSpare { removeFilesNotAdded(from: staging) }
            // The staging folder now holds exactly the files placed (a fresh one nothing else; the
            // spare has lost the rest), each placed with its facts unless one could not be read.
            let facts = placed.count == paths.count + 1 ? placed : nil
            if exists {
                guard wijkwijzer_exchange_paths(staging, output) == 0 else {
                    throw WriteError.system("renameat2", path: output, errno: errno)
                }
                // After the exchange, the staging path holds the previous site: the next build's spare
                // (unless another build has left one meanwhile).
                if rename(staging, sparePath) != 0 { _ = wijkwijzer_remove_tree(staging) }
            } else {
                guard rename(staging, output) == 0 else { throw WriteError.system("rename", path: output, errno: errno) }
            }
            self.staging = nil
            swappedFacts = facts
            return report
        }

        /// Removes the staging folder of a write that will not finish.
        public func abandon() {
            if let staging { _ = wijkwijzer_remove_tree(staging) }
            staging = nil
        }
    }

    /// A session whose batches are written on a thread of their own while the caller renders the
    /// next batch: rendering is user time, writing mostly kernel time (creating folders and files),
    /// so together they keep both cores busy. At most one batch waits to be written, so memory
    /// still holds about two batches, not the site. A write error surfaces at the next `add` or
    /// at `drain`, and no later batch is written after it.
    public final class BackgroundSession: @unchecked Sendable {
        /// Each batch is written on this many threads (`Session.add(_:parts:)`).
        static let writingThreads = 2

        public let session: Session
        private let queue = DispatchQueue(label: "wijkwijzer.site-writer")
        private let free = DispatchSemaphore(value: 1)
        private var failure: Error?
        /// Runs on the writing thread after each batch (e.g. handing freed memory back).
        private let afterBatch: @Sendable () -> Void

        public init(_ session: Session, afterBatch: @escaping @Sendable () -> Void = {}) {
            self.session = session
            self.afterBatch = afterBatch
        }

        public func add(_ files: [OutputFile]) throws {
            free.wait()
            if let failure {
                free.signal()
                throw failure
            }
            let batch = Unchecked(files)
            queue.async { [self] in
                do { try session.add(batch.value, parts: Self.writingThreads) } catch { failure = error }
                afterBatch()
                free.signal()
            }
        }

        /// Waits until every batch is written; throws the first write error.
        public func drain() throws {
            free.wait()
            free.signal()
            if let failure { throw failure }
        }
    }

    /// The folders of a relative path ("" for a file at the top). Foundation's
    /// `deletingLastPathComponent` traps on a path of one character (`"x"`) on this toolchain.
    static func folderPart(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Relative, no `..`, no empty or hidden-escape components.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.utf8.contains(0), !path.utf8.contains(UInt8(ascii: "\\")) else { return false }
        return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && !component.elementsEqual("..".utf8) && !component.elementsEqual(".".utf8)
        }
    }

    /// Staging folders of builds that were killed: their process is gone.
    static func removeLeftovers(parent: String, name: String) {
        let prefix = ".\(name).staging-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent)) ?? [] where entry.hasPrefix(prefix) {
            if let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) == 0 { continue }
            _ = wijkwijzer_remove_tree((parent as NSString).appendingPathComponent(entry))
        }
    }

    /// Relative paths of the regular files below `folder` (symbolic links and others count too,
    /// so that any stray entry forces a rewrite), each below `prefix`.
    static func listFiles(_ folder: String, prefix: String, into result: inout Set<String>) {
        var folders: [(path: String, relative: String)] = []
        listFolder(folder, prefix: prefix, files: &result, folders: &folders)
        for inner in folders { listFiles(inner.path, prefix: inner.relative, into: &result) }
    }

    /// The same, the folders two levels down listed on all cores (a site has one folder a page:
    /// listing the Utrecht site's 530 folders on one core took a few milliseconds of every build).
    static func listFiles(_ folder: String) -> Set<String> {
        var result = Set<String>()
        var top: [(path: String, relative: String)] = [], second: [(path: String, relative: String)] = []
        listFolder(folder, prefix: "", files: &result, folders: &top)
        for inner in top { listFolder(inner.path, prefix: inner.relative, files: &result, folders: &second) }
        let lists = ParallelMap.map(second) { inner -> Set<String> in
            var files = Set<String>()
            listFiles(inner.path, prefix: inner.relative, into: &files)
            return files
        }
        for files in lists { result.formUnion(files) }
        return result
    }

    /// One folder's files (and other entries) into `files`, its folders into `folders`, below `prefix`.
    private static func listFolder(_ folder: String, prefix: String, files: inout Set<String>, folders: inout [(path: String, relative: String)]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            if entry.pointee.d_type == UInt8(DT_DIR) {
                folders.append((folder + "/" + name, relative))
            } else {
                files.insert(relative)
            }
        }
    }

    /// Makes the folder `path` (POSIX mkdir) unless a folder is there already. In a spare site a
    /// file may stand where a folder now goes: it is removed. Another thread may make or replace
    /// the same folder meanwhile: what counts is that a folder stands there at the end.
    static func makeFolder(_ path: String) throws {
        for _ in 0..<4 {
            if mkdir(path, 0o755) == 0 { return }
            guard errno == EEXIST else { throw WriteError.system("mkdir", path: path, errno: errno) }
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }  // removed meanwhile: make it
            if (status.st_mode & S_IFMT) == S_IFDIR { return }
            guard unlink(path) == 0 || errno == ENOENT else { throw WriteError.system("unlink", path: path, errno: errno) }
        }
        throw WriteError.system("mkdir", path: path, errno: EEXIST)
    }

    static func sameBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < bytes.count {
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + offset, bytes.count - offset)
            }
            if count <= 0 { return false }
            offset += count
        }
        return buffer == bytes
    }

    /// POSIX write: Foundation's file writing is far slower on Linux for many small files.
    /// Returns the written file's facts (nil if they cannot be read).
    @discardableResult
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws -> BuildState.FileFacts? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError.system("open", path: path, errno: errno) }
        defer { close(descriptor) }
        try write(bytes, to: descriptor, path: path)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return BuildState.FileFacts(status)
    }

    /// Writes all of `bytes` to an open file (`path` only names it in an error).
    static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, bytes.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw WriteError.system("write", path: path, errno: errno)
            }
            if count == 0 { throw WriteError.system("write", path: path, errno: EIO) }
            offset += count
        }
    }
}
