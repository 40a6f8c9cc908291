// The build date is an input, never the clock: SOURCE_DATE_EPOCH, else the last commit, else the config.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The build date is an input: SOURCE_DATE_EPOCH, else the last commit, else the site config.
public enum BuildDate {
    public static func resolve(root: String) -> CalendarDate? {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(epoch) {
            return CalendarDate(unixTime: seconds)
        }
        guard let output = Subprocess.output(of: ["git", "-C", root, "log", "-1", "--format=%ct"]),
              let seconds = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return CalendarDate(unixTime: seconds)
    }
}

/// Runs a program found on PATH and returns its standard output, or nil when it fails.
/// posix_spawn directly: Foundation's Process costs about 50 ms to start one here.
enum Subprocess {
    static func output(of arguments: [String]) -> String? {
        var pipe: [Int32] = [0, 0]
        guard pipe.withUnsafeMutableBufferPointer({ Glibc.pipe($0.baseAddress) }) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { return nil }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, 4096) }
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
