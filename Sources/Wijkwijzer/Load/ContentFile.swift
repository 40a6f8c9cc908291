// Reads the bytes of one file of the site: only a regular file, only inside the site folder,
// and never more than a limit (checked before reading, so a huge file is not loaded).

#if canImport(Glibc)
import Glibc
#endif

enum ContentFile {
    enum Failure: Error, Equatable {
        case unreadable
        /// A folder, a named pipe, a device: reading one could hang or never end.
        case notAFile
        /// A symbolic link (the file or a folder above it) that leads out of the site.
        case outsideSite(target: String)
        case tooLarge(bytes: Int)
    }

    /// The bytes of `root/relative`. A symbolic link is followed only when it stays inside `root`,
    /// so a link committed to the repository cannot publish, or quote in an error, a file of the
    /// machine that builds the site.
    static func read(root: String, relative: String, limit: Int) -> Result<[UInt8], Failure> {
        let path = join(root, relative)
        if let outside = linkOutside(root: root, relative: relative) { return .failure(outside) }
        // O_NONBLOCK: opening a named pipe must not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(bytes: size)) }
        // Read to the end, but never past the limit (the file may grow while it is read).
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + count, buffer.count - count)
            }
            if got < 0, errno == EINTR || errno == EAGAIN { continue }
            if got < 0 { return .failure(.unreadable) }
            if got == 0 { break }
            count += got
            if count > limit { return .failure(.tooLarge(bytes: count)) }
            if count == bytes.count { bytes += repeatElement(0, count: min(bytes.count, limit + 1 - count)) }
        }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// Nil when no component of `relative` is a symbolic link, or when the links stay inside
    /// `root`. Only the components below `root` are looked at: the site itself may live
    /// behind a link (e.g. a checkout in a linked home folder).
    static func linkOutside(root: String, relative: String) -> Failure? {
        var path = root
        var linked = false
        for component in relative.split(separator: "/") {
            path = join(path, String(component))
            var status = stat()
            guard lstat(path, &status) == 0 else { return nil }  // missing: reported by the reader
            if status.st_mode & S_IFMT == S_IFLNK {
                linked = true
                break
            }
        }
        guard linked else { return nil }
        guard let realRoot = realPath(root) else { return .unreadable }
        guard let target = realPath(join(root, relative)) else { return .outsideSite(target: "(a missing file)") }
        if target == realRoot || target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") { return nil }
        return .outsideSite(target: target)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
