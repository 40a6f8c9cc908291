// `wijkwijzer serve`: starts the preview server, a separate program so `build` never compiles it.

import ArgumentParser
import Foundation
import WijkwijzerServeOptions
#if canImport(Glibc)
import Glibc
#endif

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on http://127.0.0.1:<port>/, rebuilt and reloaded in the browser on every change.",
        discussion: "Runs `wijkwijzer-serve` from the folder of this program; build it with `make serve`.")

    @OptionGroup var options: ServeOptions

    func run() throws {
        let server = Self.serverPath()
        guard access(server, X_OK) == 0 else {
            Console.error("the preview server is not built: run `make serve` "
                + "(or `swift build -c release --product wijkwijzer-serve`), then `wijkwijzer serve` again")
            throw ExitCode.failure
        }
        let arguments = [server] + options.arguments
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(server, argv)
        // execv returns only when it failed.
        Console.error("cannot start \(server): \(String(cString: strerror(errno)))")
        throw ExitCode.failure
    }

    /// `wijkwijzer-serve` beside this program (both are built into the same folder).
    static func serverPath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let me = count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        return ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("wijkwijzer-serve")
    }
}
