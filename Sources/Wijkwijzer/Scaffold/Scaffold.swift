// `wijkwijzer new`: commented starting files for a team, a page or a language, never a blank file.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum Scaffold {
    /// Written where the maintainer must fill something in; `check` warns (`unfilled`) while one is left.
    public static let marker = "FILL IN"

    public struct Result: Sendable {
        /// Files to create, relative to the site root.
        public var files: [File]
        /// What to do next, printed for the maintainer (for a language: the block to paste).
        public var instructions: String
    }

    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badID(String, kind: String)
        case exists(String)
        case missing(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .badID(let id, let kind):
                return "'\(id)' cannot be a \(kind) id: use lower-case letters, digits and single dashes (it becomes part of a web address)"
            case .exists(let path): return "\(path) already exists; it was left as it is"
            case .missing(let path): return "\(path) is missing; run this in the site folder (with content/ and translations/)"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Creates the files, refusing to overwrite any (nothing is written when one exists).
    public static func write(_ result: Result, root: String) throws {
        for file in result.files where FileManager.default.fileExists(atPath: join(root, file.path)) {
            throw Failure.exists(file.path)
        }
        for file in result.files {
            let path = join(root, file.path)
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw Failure.cannotWrite(file.path, reason: "\(error)")
            }
            // O_EXCL: never replace a file that appeared in the meantime.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else {
                if errno == EEXIST { throw Failure.exists(file.path) }
                throw Failure.cannotWrite(file.path, reason: String(cString: strerror(errno)))
            }
            close(descriptor)
            do {
                try SiteWriter.writeFile(path, Array(file.text.utf8))
            } catch {
                throw Failure.cannotWrite(file.path, reason: "\(error)")
            }
        }
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.isEmpty || root == "." ? relative : (root as NSString).appendingPathComponent(relative)
    }

    static func checkID(_ id: String, kind: String) throws {
        guard Identifier.isValid(id) else { throw Failure.badID(id, kind: kind) }
    }

    /// The ids of the files in a content folder, for the comments ("Known wijken: …").
    static func ids(in folder: String, root: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: join(root, folder))) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func list(_ ids: [String]) -> String {
        ids.isEmpty ? "(none yet)" : ids.joined(separator: ", ")
    }

    /// "overvecht-noord" → "Overvecht-Noord"
    static func title(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }
}
