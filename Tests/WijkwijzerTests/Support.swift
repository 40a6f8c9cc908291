// Test helpers: the repository's folders, temporary site copies, and file snapshots.

import Foundation
import Testing
@testable import Wijkwijzer

enum Repository {
    /// The repository root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }
}

/// A site in a fresh temporary folder, removed when the value is dropped.
final class TemporarySite {
    let root: String

    /// A copy of `Tests/Fixtures/<fixture>` plus the repository's translation tables for `languages`.
    init(fixture: String = "small-site", languages: [String] = ["nl", "ar"]) throws {
        root = NSTemporaryDirectory() + "wijkwijzer-test-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Repository.path("Tests/Fixtures/\(fixture)"), toPath: root)
        try FileManager.default.createDirectory(atPath: root + "/translations", withIntermediateDirectories: true)
        for language in languages {
            try FileManager.default.copyItem(
                atPath: Repository.path("translations/\(language).yaml"), toPath: root + "/translations/\(language).yaml")
        }
    }

    /// A copy of folders of the repository itself (`["content", "translations"]`: the Utrecht site).
    init(repositoryFolders folders: [String]) throws {
        root = NSTemporaryDirectory() + "wijkwijzer-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in folders {
            try FileManager.default.copyItem(atPath: Repository.path(folder), toPath: root + "/" + folder)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func readBytes(_ relative: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` in a file.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let text = try read(relative)
        guard let range = text.range(of: old) else { throw TestError.notFound(old, in: relative) }
        try write(relative, text.replacingCharacters(in: range, with: new))
    }

    func build() -> BuildResult {
        Pipeline.build(root: root, buildDate: CalendarDate(year: 2026, month: 11, day: 26))
    }

    var output: String { root + "/site" }

    func buildAndWrite() -> SiteBuildOutcome {
        SiteBuild.run(root: root, output: output, buildDate: CalendarDate(year: 2026, month: 11, day: 26))
    }
}

enum TestError: Error {
    case notFound(String, in: String)
}

/// Every file below a folder with its bytes, to prove a folder was not touched.
func snapshot(_ folder: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
    while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = folder + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = FileManager.default.contents(atPath: path)
        }
    }
    return result
}

/// Builds the site afresh into a folder of its own and records every file of `site.output` that
/// differs from it (or is missing, or extra), under `step`.
func expectEqualsACleanBuild(_ site: TemporarySite, date: CalendarDate?, _ step: String) {
    let clean = site.root + "/clean-" + UUID().uuidString
    #expect(SiteBuild.run(root: site.root, output: clean, buildDate: date, incremental: false).succeeded, "\(step)")
    let built = snapshot(site.output), fresh = snapshot(clean)
    #expect(built.keys.sorted() == fresh.keys.sorted(), "\(step)")
    for (path, bytes) in built where fresh[path] != bytes {
        Issue.record("\(step): \(path) differs from a clean build")
    }
}
