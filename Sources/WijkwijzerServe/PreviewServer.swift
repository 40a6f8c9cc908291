// The preview server: serves the in-memory build on 127.0.0.1 and reloads open pages after a rebuild.

import FlyingFox
import FlyingSocks
import Foundation
import Wijkwijzer

public struct PreviewServer: Sendable {
    public var root: String
    public var port: UInt16
    /// How often the input files are looked at (a cheap `stat` of each).
    public var pollInterval: Duration = .milliseconds(200)
    /// Called after every build, for the console.
    public var onBuild: @Sendable (PreviewBuild) -> Void = { _ in }

    public init(root: String, port: UInt16) {
        self.root = root
        self.port = port
    }

    /// Builds, listens, and rebuilds on change until the task is cancelled.
    public func run(listening: @escaping @Sendable (UInt16) -> Void = { _ in }) async throws {
        let builder = PreviewBuilder(root: root)
        let first = builder.build()
        onBuild(first)
        let state = PreviewState(content: first.content)
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: port), timeout: 30, logger: .disabled,
            handler: PreviewHandler(state: state))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening()
                if case .ip4(_, let bound)? = await server.listeningAddress { listening(bound) } else { listening(port) }
            }
            group.addTask {
                var signature = first.signature
                var beats = 0
                while !Task.isCancelled {
                    try await Task.sleep(for: pollInterval)
                    beats += 1
                    if beats % 50 == 0 { await state.broadcaster.heartbeat() }
                    let now = InputFiles.signature(root: root)
                    guard now != signature else { continue }
                    signature = now
                    let rebuilt = builder.build(signature: now)
                    await state.replace(rebuilt.content)
                    onBuild(rebuilt)
                }
            }
            defer { group.cancelAll() }
            try await group.next()
            try await group.next()
            try await group.next()
        }
    }
}

/// The result of one preview build, for the console and the server.
public struct PreviewBuild: Sendable {
    public var content: PreviewContent
    public var signature: InputFiles.Signature
    public var diagnostics: DiagnosticBag
    public var sources: SourceFiles
    public var duration: Duration
}

/// Builds in memory (`Pipeline.build`), one build at a time.
final class PreviewBuilder: @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    private var count = 0
    private let started = Int(Date().timeIntervalSince1970)
    /// The files of the last build without errors: its unchanged pages are reused, not rendered;
    /// after an edit of text or of teams alone, only the pages that show it are made (`facts`).
    private var lastFiles: [OutputFile] = []
    private var lastFacts: BuildFacts?
    /// The parsed files of the last build: a file that has not changed is not parsed again.
    private let cache = LoadCache()
    /// What the last build rendered and checked (its Markdown, pictograms, sessions): an edit of one
    /// team renders that team's sessions only, an edit of one page that page's Markdown.
    private var kept = KeptFromLastBuild.none

    init(root: String) { self.root = root }

    func build(signature: InputFiles.Signature? = nil) -> PreviewBuild {
        lock.lock()
        defer { lock.unlock() }
        let clock = ContinuousClock()
        let start = clock.now
        let signature = signature ?? InputFiles.signature(root: root)
        let result = Pipeline.build(root: root, buildDate: BuildDate.resolve(root: root), previous: lastFiles, facts: lastFacts, cache: cache,
                                    kept: kept)
        if !result.files.isEmpty {
            lastFiles = result.files
            lastFacts = result.facts
            kept = kept.next()
        }
        count += 1
        let content = PreviewContent(result: result, version: "\(started)-\(count)")
        return PreviewBuild(
            content: content, signature: signature, diagnostics: result.diagnostics, sources: result.sources,
            duration: clock.now - start)
    }
}

/// The current build and the open event streams.
actor PreviewState {
    private(set) var content: PreviewContent
    let broadcaster: ReloadBroadcaster

    init(content: PreviewContent) {
        self.content = content
        broadcaster = ReloadBroadcaster(version: content.version)
    }

    func replace(_ newContent: PreviewContent) async {
        content = newContent
        await broadcaster.announce(newContent.version)
    }
}

struct PreviewHandler: HTTPHandler {
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        // The raw target: FlyingFox's `path` drops a trailing `/`, which tells a folder from a file.
        let path = PreviewContent.normalised(request.target.path(percentEncoded: true))
        if path == PreviewContent.internalPrefix + ReloadScript.eventsName {
            let stream = await state.broadcaster.subscribe()
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: HTTPBodySequence(from: EventBytes(chunks: stream), suggestedBufferSize: 4096))
        }
        let answer = await state.content.response(for: path)
        var headers: HTTPHeaders = [.contentType: answer.contentType, .cacheControl: "no-store"]
        if let location = answer.location { headers[.location] = location }
        let body = request.method == .HEAD ? Data() : Data(answer.body)
        return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers, body: body)
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 404: return "Not Found"
        case 500: return "Internal Server Error"
        default: return "Status"
        }
    }
}
