// The options of `wijkwijzer serve`, declared once: `wijkwijzer` parses them and hands them on to
// `wijkwijzer-serve`, which parses them again.

import ArgumentParser

public struct ServeOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (with content/ and translations/).")
    public var root: String = "."

    @Option(name: .shortAndLong, help: "The port on 127.0.0.1 (0: any free port).")
    public var port: UInt16 = 8080

    @Flag(name: .shortAndLong, help: "Print only errors.")
    public var quiet = false

    public init() {}

    /// The options as the command line of `wijkwijzer-serve`.
    public var arguments: [String] {
        ["--root", root, "--port", String(port)] + (quiet ? ["--quiet"] : [])
    }
}
