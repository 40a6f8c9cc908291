// Every file a build reads (content/, translations/, templates/, pictograms/), with a cheap
// signature (for the preview's polling) and a digest of their bytes (for the no-op rebuild).

import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum InputFiles {
    /// The folders below the site root whose files are inputs. A file added anywhere in them
    /// counts as a change (a new page, a stray file that `check` reports).
    public static let folders = ["content", "translations", "templates", "pictograms"]

    /// One file's `stat` facts: enough to notice a change cheaply (the preview polls this).
    public struct Entry: Hashable, Sendable {
        public var path: String
        public var size: Int
        public var modified: Int
        public var inode: UInt64
    }

    public struct Signature: Hashable, Sendable {
        public var entries: [Entry]
    }

    /// Relative paths of every file below the input folders, sorted. Hidden files (editor
    /// swap files) are not inputs; the loaders skip them too.
    public static func paths(root: String) -> [String] {
        var result: [String] = []
        for folder in folders { collect(root: root, relative: folder, depth: 0, into: &result) }
        return result.sorted()
    }

    public static func signature(root: String) -> Signature {
        Signature(entries: paths(root: root).compactMap { path in
            var status = stat()
            guard stat(join(root, path), &status) == 0 else { return nil }
            return Entry(
                path: path, size: Int(status.st_size),
                modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec),
                inode: UInt64(status.st_ino))
        })
    }

    /// A digest of every input file's path and bytes. Reading the bytes (not trusting
    /// modification times) means an edit is never missed, however fast it follows a build.
    /// The files are read and hashed on all cores, and combined in path order.
    public static func digest(root: String) -> Digest { digests(root: root).all }

    /// The same, with each file's own digest (a file that cannot be read has none).
    static func digests(root: String) -> Hashed {
        digests(root: root, besides: {}).hashed
    }

    /// The same, with `other` run as one more job of the same parallel map (a build works out its
    /// date meanwhile). Not `ParallelMap.both`: a parallel map inside another runs on one thread.
    static func digests<Other: Sendable>(root: String, besides other: @Sendable () -> Other) -> (hashed: Hashed, other: Other) {
        let paths = paths(root: root)
        let made = ParallelMap.map(Array(-1..<paths.count)) { index -> (digest: Digest?, other: Other?) in
            index < 0 ? (nil, other()) : (fileDigest(join(root, paths[index])), nil)
        }
        let digests = made.dropFirst().map(\.digest)
        var hasher = DigestHasher()
        for (path, digest) in zip(paths, digests) {
            hasher.add(path)
            if let digest { hasher.add(digest) } else { hasher.add(-1) }
        }
        // The first job is `other`'s: it ran, so its slot is filled.
        return (Hashed(all: hasher.finish(), paths: paths, digests: digests), made.first?.other ?? other())
    }

    struct Hashed: Sendable {
        let all: Digest
        let paths: [String]
        let digests: [Digest?]

        /// Path → digest, made only when a build needs it (a site of 5,000 pages has 25,000 inputs).
        var byPath: [String: Digest] {
            var files: [String: Digest] = [:]
            files.reserveCapacity(paths.count)
            for (path, digest) in zip(paths, digests) { files[path] = digest }
            return files
        }
    }

    /// The size of the blocks a file is read and hashed in.
    static let readBlock = 1 << 16

    /// The digest of one file's bytes; nil when it cannot be opened.
    static func fileDigest(_ path: String) -> Digest? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: readBlock)
        var file = DigestHasher()
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            buffer.withUnsafeBytes { file.add(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return file.finish()
    }

    /// The digest `fileDigest` gives a file that holds `text`: hashed in the same blocks.
    static func digest(ofText text: String) -> Digest {
        var text = text
        return text.withUTF8 { bytes in
            var hasher = DigestHasher()
            var start = 0
            while start < bytes.count {
                let end = min(start + readBlock, bytes.count)
                hasher.add(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<end]))
                start = end
            }
            return hasher.finish()
        }
    }

    static func join(_ root: String, _ path: String) -> String {
        root.hasSuffix("/") ? root + path : root + "/" + path
    }

    private static func collect(root: String, relative: String, depth: Int, into result: inout [String]) {
        // A folder linked into itself would never end; the loader refuses such sites anyway.
        guard depth < 32, let directory = opendir(join(root, relative)) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = relative + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                var status = stat()
                isFolder = stat(join(root, path), &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                collect(root: root, relative: path, depth: depth + 1, into: &result)
            } else {
                result.append(path)
            }
        }
    }
}
