// Kills the real `wijkwijzer build` (SIGKILL) at random moments, 20 times, and checks that the
// output folder is always the complete old site or the complete new one, and that the next
// build removes what a killed build left behind.

import Foundation
import Testing
@testable import Wijkwijzer
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized, .timeLimit(.minutes(10))) struct InterruptedBuildTests {
    /// Path → FNV-1a hash of the bytes, of every file below a folder.
    typealias Manifest = [String: UInt64]

    @Test func aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws {
        let (binary, optimised) = try ToolBinary.wijkwijzer()
        let work = try TemporaryFolder()
        let roots = ["a": work.path + "/site-a", "b": work.path + "/site-b"]
        // Large enough that a build lasts a few seconds; the debug binary is many times slower.
        let pages = optimised ? 400 : 150
        for (variant, root) in roots.sorted(by: { $0.key < $1.key }) {
            try ToolBinary.run("/usr/bin/env", ["python3", Repository.path("scripts/generate-large-site.py"), root, "--pages", "\(pages)", "--variant", variant])
        }
        // Reference builds, each into its own folder, complete.
        var references: [String: Manifest] = [:]
        for (variant, root) in roots.sorted(by: { $0.key < $1.key }) {
            try ToolBinary.run(binary, ["build", "--quiet", "--root", root, "--output", work.path + "/reference-\(variant)"])
            references[variant] = manifest(work.path + "/reference-\(variant)")
        }
        let referenceA = try #require(references["a"]), referenceB = try #require(references["b"])
        #expect(referenceA != referenceB)
        #expect(Set(referenceA.keys) != Set(referenceB.keys), "the two sites should differ in their file lists too")
        #expect(referenceA.count >= pages)

        // The output folder starts as site a; one timed build turns it into site b, as each
        // round does, and tells how long that takes and when its writing starts.
        let output = work.path + "/out/site"
        try ToolBinary.run(binary, ["build", "--quiet", "--root", roots["a"] ?? "", "--output", output])
        let clock = ContinuousClock()
        let start = clock.now
        let printed = try ToolBinary.output(binary, ["build", "--verbose", "--root", roots["b"] ?? "", "--output", output])
        let stages = BuildStages(verboseOutput: printed, wallTime: clock.now - start)
        #expect(manifest(output) == referenceB)
        var current = "b"
        let seed = UInt64(ProcessInfo.processInfo.environment["WIJKWIJZER_KILL_SEED"] ?? "") ?? 20_261_126
        var random = SeededGenerator(seed: seed)
        print("interrupted builds: seed \(seed) (WIJKWIJZER_KILL_SEED repeats a run), \(binary), \(pages) pages, "
              + "a build takes \(stages.total), writing starts at \(stages.writeStart)")
        var outcomes: [String] = []
        for round in 1...20 {
            let target = current == "a" ? "b" : "a"
            // Odd rounds: any moment of the build (and a little after). Even rounds: once the
            // staging folder appears, at any moment of the writing (and a little after), where
            // a kill can do harm.
            let fraction = Double(random.next() % 1000) / 1000
            let writing = round.isMultiple(of: 2)
            let delay = writing ? (stages.total - stages.writeStart) * (fraction * 1.3) : stages.total * (fraction * 1.1)
            let staging = work.path + "/out/.site.staging-"
            let finished = try ToolBinary.runAndKill(
                binary, ["build", "--quiet", "--root", roots[target] ?? "", "--output", output], after: delay,
                startingWhen: writing ? { pid in FileManager.default.fileExists(atPath: staging + "\(pid)") } : nil)
            let found = manifest(output)
            let state = found == referenceA ? "a" : found == referenceB ? "b" : "mixed"
            #expect(state != "mixed", "round \(round): killed after \(delay), the output is neither the old nor the new site")
            guard state != "mixed" else { break }
            current = state
            let leftovers = stagingFolders(in: work.path + "/out")
            outcomes.append("\(round): \(Int(delay / .milliseconds(1))) ms after \(writing ? "staging began" : "the start") → \(finished ? "finished" : state == target ? "killed after the swap" : "killed before the swap")"
                            + (leftovers.isEmpty ? "" : ", left \(leftovers.count) staging folder"))
            if !leftovers.isEmpty {
                // The next build removes what the killed one left.
                try ToolBinary.run(binary, ["build", "--quiet", "--root", roots[target] ?? "", "--output", output])
                #expect(stagingFolders(in: work.path + "/out").isEmpty, "round \(round): \(leftovers) not removed by the next build")
                #expect(manifest(output) == (target == "a" ? referenceA : referenceB))
                current = target
            }
        }
        print("interrupted builds:\n  " + outcomes.joined(separator: "\n  "))
        #expect(outcomes.count == 20)
    }

    func stagingFolders(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".site.staging-") }
    }

    func manifest(_ folder: String) -> Manifest {
        var result: Manifest = [:]
        var paths = Set<String>()
        SiteWriter.listFiles(folder, prefix: "", into: &paths)
        for path in paths {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))) ?? Data()
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            result[path] = hash
        }
        return result
    }
}

/// How long a build took and when it began to write, from `build --verbose`.
struct BuildStages {
    var total: Duration
    var writeStart: Duration

    /// Reads the "  render: 480 ms" and "  write: 17 ms" lines of `build --verbose`: pages are
    /// written while the next ones render, then the site is swapped in, so writing starts about
    /// that long before the end of the whole run (whose wall time includes starting the process).
    init(verboseOutput: String, wallTime: Duration) {
        var writing = 0
        for line in verboseOutput.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":")
            guard parts.count == 2, parts[0] == "render" || parts[0] == "write",
                  let value = Int(parts[1].trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") else { continue }
            writing += value
        }
        total = wallTime
        writeStart = max(.zero, wallTime - .milliseconds(writing))
    }
}

/// A fresh temporary folder, removed when the value is dropped.
final class TemporaryFolder {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "wijkwijzer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

enum ToolBinary {
    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case failed(String, Int32)
        var description: String {
            switch self {
            case .missing(let path): return "\(path) does not exist; build it first (swift build)"
            case .failed(let command, let status): return "\(command) exited with \(status)"
            }
        }
    }

    /// The `wijkwijzer` executable: WIJKWIJZER_BINARY (`make test` sets it to the release build),
    /// else the debug one built beside this test bundle. True when it is an optimised build.
    static func wijkwijzer() throws -> (String, Bool) {
        if let path = ProcessInfo.processInfo.environment["WIJKWIJZER_BINARY"], !path.isEmpty {
            let absolute = path.hasPrefix("/") ? path : Repository.path(path)
            guard FileManager.default.isExecutableFile(atPath: absolute) else { throw Failure.missing(absolute) }
            return (absolute, !absolute.contains("/debug/"))
        }
        let bundleFolder = (CommandLine.arguments.first.map { ($0 as NSString).deletingLastPathComponent }) ?? ""
        for candidate in [bundleFolder + "/wijkwijzer", Repository.path(".build/debug/wijkwijzer")]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return (candidate, false)
        }
        throw Failure.missing(Repository.path(".build/debug/wijkwijzer"))
    }

    /// Runs the command and returns what it printed (standard output and error).
    static func output(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.failed(([executable] + arguments).joined(separator: " "), process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.failed(([executable] + arguments).joined(separator: " "), process.terminationStatus)
        }
    }

    /// Starts the command and sends SIGKILL `delay` after it started, or after `startingWhen`
    /// (given the process id) became true; true when it had finished by then.
    static func runAndKill(_ executable: String, _ arguments: [String], after delay: Duration,
                           startingWhen condition: ((Int32) -> Bool)? = nil) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try process.run()
        if let condition {
            while process.isRunning, !condition(process.processIdentifier) { usleep(200) }
        }
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        Thread.sleep(forTimeInterval: seconds)
        let finished = !process.isRunning
        if !finished { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return finished
    }
}
