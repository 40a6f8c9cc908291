// A headless Chromium driven over its DevTools pipe: one browser prints many pages to PDF.
// (One browser per page costs 3–4 s of start-up each here; over the pipe a page takes well under one.)

import Foundation

struct Chromium {
    let path: String

    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    static let installHelp = """
        no Chromium or Google Chrome found, so no PDFs were made (the flyer pages print as they are).
          Install one and run this again:
            Debian:   sudo apt-get install chromium
            Ubuntu:   sudo snap install chromium
            macOS:    brew install --cask chromium   (or install Google Chrome)
          or name the program: wijkwijzer flyers --pdf --chromium /path/to/chrome  (or set CHROMIUM=/path/to/chrome)
        """

    /// The named program, else $CHROMIUM, else the first candidate on PATH.
    static func find(named name: String?) -> Chromium? {
        if let name { return executable(name).map(Chromium.init) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CHROMIUM"], !fromEnvironment.isEmpty {
            return executable(fromEnvironment).map(Chromium.init)
        }
        for candidate in candidates {
            if let path = executable(candidate) { return Chromium(path: path) }
        }
        return nil
    }

    /// A path as given when it contains a slash, else the first match on PATH.
    static func executable(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let path = "\(folder)/\(name)"
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }

    /// Starts a headless browser with a fresh profile in `profile`, reachable over the DevTools pipe.
    func start(profile: String) throws(BrowserError) -> BrowserSession {
        var arguments = [
            path, "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=\(profile)", "--remote-debugging-pipe",
        ]
        // Chromium's sandbox refuses to start as root (containers, CI); elsewhere it stays on.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        arguments.append("about:blank")
        return try BrowserSession(arguments: arguments)
    }
}

enum BrowserError: Error, CustomStringConvertible {
    case cannotStart(String)
    case closed
    case timedOut(String)
    case failed(String)

    var description: String {
        switch self {
        case .cannotStart(let reason): return "cannot start the browser: \(reason)"
        case .closed: return "the browser closed the connection"
        case .timedOut(let step): return "the browser did not answer in time (\(step))"
        case .failed(let message): return message
        }
    }
}

/// One running browser and one tab in it. Messages are JSON, each ended by a NUL byte:
/// we write on the browser's descriptor 3 and read from its descriptor 4.
final class BrowserSession {
    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0
    private var sessionID: String?
    /// Events that arrived while waiting for an answer, so none is missed.
    private var events: [String] = []

    init(arguments: [String]) throws(BrowserError) {
        guard let program = arguments.first else { throw .cannotStart("no program named") }
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw .cannotStart(String(cString: strerror(errno))) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, input[0], 3)
        posix_spawn_file_actions_adddup2(&actions, output[1], 4)
        for descriptor in [input[0], input[1], output[0], output[1]] where descriptor > 4 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, program, &actions, nil, argv, environ)
        Glibc.close(input[0])
        Glibc.close(output[1])
        guard spawned == 0 else {
            Glibc.close(input[1])
            Glibc.close(output[0])
            throw .cannotStart(String(cString: strerror(spawned)))
        }
        pid = child
        toBrowser = input[1]
        fromBrowser = output[0]
        signal(SIGPIPE, SIG_IGN)
        let target = try call("Target.createTarget", ["url": "about:blank"], session: false)
        guard let targetID = target["targetId"] as? String else { throw .failed("the browser opened no tab") }
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true], session: false)
        sessionID = attached["sessionId"] as? String
        _ = try call("Page.enable", [:])
    }

    /// Opens `url` in the tab, waits until it has loaded, and prints it with the page's own
    /// `@page` size and margins, backgrounds included, without the browser's header and footer.
    func printToPDF(url: String) throws(BrowserError) -> Data {
        events.removeAll()
        let navigation = try call("Page.navigate", ["url": url])
        if let problem = navigation["errorText"] as? String { throw .failed("cannot open \(url): \(problem)") }
        try waitForEvent("Page.loadEventFired")
        let result = try call("Page.printToPDF", [
            "preferCSSPageSize": true, "printBackground": true, "displayHeaderFooter": false,
        ])
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw .failed("the browser returned no PDF")
        }
        return data
    }

    /// Closes the browser and waits for it to exit.
    func close() {
        _ = try? send("Browser.close", [:], session: false)
        Glibc.close(toBrowser)
        Glibc.close(fromBrowser)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    // MARK: The pipe

    @discardableResult
    private func send(_ method: String, _ parameters: [String: Any], session: Bool = true) throws(BrowserError) -> Int {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if session, let sessionID { message["sessionId"] = sessionID }
        guard var bytes = try? JSONSerialization.data(withJSONObject: message) else { throw .failed("cannot encode \(method)") }
        bytes.append(0)
        let written = bytes.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset < raw.count {
                let count = write(toBrowser, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count <= 0 { return -1 }
                offset += count
            }
            return offset
        }
        guard written == bytes.count else { throw .closed }
        return nextID
    }

    private func call(_ method: String, _ parameters: [String: Any], session: Bool = true) throws(BrowserError) -> [String: Any] {
        let id = try send(method, parameters, session: session)
        while true {
            let message = try receive(step: method)
            guard message["id"] as? Int == id else {
                if let event = message["method"] as? String { events.append(event) }
                continue
            }
            if let error = message["error"] as? [String: Any] {
                throw .failed("\(method): \(error["message"] as? String ?? "failed")")
            }
            return message["result"] as? [String: Any] ?? [:]
        }
    }

    private func waitForEvent(_ method: String) throws(BrowserError) {
        if events.contains(method) { return }
        while true {
            let message = try receive(step: method)
            if message["method"] as? String == method { return }
        }
    }

    /// The next whole message, waiting at most 60 seconds for it.
    private func receive(step: String) throws(BrowserError) -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let bytes = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                if let message = (try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any] { return message }
                continue
            }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 60_000)
            if ready == 0 { throw .timedOut(step) }
            if ready < 0 {
                if errno == EINTR { continue }
                throw .closed
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, 65_536) }
            guard count > 0 else { throw .closed }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
