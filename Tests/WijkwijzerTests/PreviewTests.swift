// The preview: pages from the in-memory build, the reload script only there, errors instead of a
// stale page, and an edited team's hours in the browser within a second.

import Foundation
import Testing
import WijkwijzerServeOptions
@testable import Wijkwijzer
@testable import WijkwijzerServe

@Suite struct PreviewContentTests {
    static let tag = "<script src=\"/__wijkwijzer/reload.js\" data-version=\"7\" defer></script>\n"

    @Test func servesPagesWithTheReloadScriptAndFilesAsBuilt() throws {
        let site = try TemporarySite()
        let result = site.build()
        let content = PreviewContent(result: result, version: "7")
        let page = content.response(for: "/nl/buurtteams/overvecht/")
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        let built = try #require(result.files.first { $0.path == "nl/buurtteams/overvecht/index.html" })
        #expect(page.text == built.text.replacingOccurrences(of: "</head>", with: Self.tag + "</head>"))
        // The script is a file of the site's own origin: the page's policy (default-src 'self',
        // no inline script) allows it and the event stream unchanged.
        #expect(built.text.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"))
        #expect(!page.text.contains("<script>"))
        // The built site itself never carries the preview's script.
        #expect(!result.files.contains { $0.text.contains("__wijkwijzer") })
        let sitemap = content.response(for: "/sitemap.xml")
        #expect(sitemap.body == result.files.first { $0.path == "sitemap.xml" }?.bytes)
        #expect(content.response(for: "/").status == 200)
        #expect(content.response(for: "/nl/info/tolk/?utm=x").status == 200)
        let script = content.response(for: "/__wijkwijzer/reload.js")
        #expect(script.status == 200 && script.text.contains("new EventSource(\"/__wijkwijzer/events\")"))
    }

    @Test func redirectsFoldersAndAnswersMissingPagesWithThe404Page() throws {
        let site = try TemporarySite()
        let content = PreviewContent(result: site.build(), version: "1")
        let redirect = content.response(for: "/nl/info/tolk")
        #expect(redirect.status == 301 && redirect.location == "/nl/info/tolk/")
        let missing = content.response(for: "/ar/nergens/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(content.response(for: "/../../etc/passwd").status == 404)
        #expect(PreviewContent.normalised("/a/../../b/%2e%2e/c/") == "/c/")
    }

    @Test func showsEveryErrorInsteadOfAStalePage() throws {
        let site = try TemporarySite()
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"25:00\"")
        try site.edit("content/pages/tolk/nl.md", replacing: "(tel:+31300991201)", with: "(page:nergens)")
        let content = PreviewContent(result: site.build(), version: "2")
        #expect(content.hasErrors)
        for path in ["/nl/", "/nl/buurtteams/overvecht/", "/ar/info/tolk/"] {
            let page = content.response(for: path)
            #expect(page.status == 500)
            #expect(page.text.contains("<code class=\"where\">content/teams/overvecht.yaml:28:14</code>"))
            #expect(page.text.contains("&#39;25:00&#39; is not a time of day"))
            #expect(page.text.contains("<code class=\"where\">content/pages/tolk/nl.md:5:44</code>"))
            #expect(page.text.contains("<pre>      start: &quot;25:00&quot;\n             ^</pre>"))
            #expect(page.text.contains("hint: "))
            #expect(page.text.contains("data-version=\"2\""))
            #expect(!page.text.contains("<style") && !page.text.contains("style=\""))
        }
        #expect(content.response(for: "/__wijkwijzer/errors.css").status == 200)
    }
}

/// `wijkwijzer serve` hands its options on to `wijkwijzer-serve`, which reads them the same way.
@Suite struct ServeOptionsTests {
    @Test func optionsArePassedOnAsGiven() throws {
        let given = try ServeOptions.parse(["--root", "a site folder", "-p", "9000", "-q"])
        let again = try ServeOptions.parse(given.arguments)
        #expect(again.root == "a site folder" && again.port == 9000 && again.quiet)
        #expect(try ServeOptions.parse([]).arguments == ["--root", ".", "--port", "8080"])
    }
}

@Suite(.serialized) struct PreviewServerTests {
    /// The maintainer's loop: open a team page, change its hours, see the page announce a new
    /// build and show the new hours within a second (default polling); break the file, see the
    /// errors; fix it, see the page again.
    @Test func anEditedTeamPageIsServedWithinASecond() async throws {
        let site = try TemporarySite()
        let server = PreviewServer(root: site.root, port: 0)
        let bound = PortBox()
        let task = Task { try await server.run { port in bound.set(port) } }
        defer { task.cancel() }
        let port = try await bound.wait()

        let first = try HTTPProbe.get("/nl/buurtteams/overvecht/", port: port)
        #expect(first.status == 200)
        #expect(first.body.contains("<bdi dir=\"ltr\">09:30</bdi>"))
        let version = try #require(HTTPProbe.version(in: first.body))

        let events = try HTTPProbe.EventReader(port: port)
        #expect(try events.nextVersion(timeout: 5) == version)
        // The modification time must differ from the first build's for a poll to see it at once.
        try await Task.sleep(for: .milliseconds(20))
        let clock = ContinuousClock()
        let edited = clock.now
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"09:45\"")
        let second = try #require(try events.nextVersion(timeout: 10))
        let updated = try HTTPProbe.get("/nl/buurtteams/overvecht/", port: port)
        let latency = clock.now - edited
        #expect(second != version)
        #expect(updated.body.contains("<bdi dir=\"ltr\">09:45</bdi>"))
        print("preview: edit to updated page in \(latency)")
        #expect(latency < .seconds(1), "the edited page took \(latency) to be served")

        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:45\"", with: "start: \"9.45\"")
        _ = try events.nextVersion(timeout: 10)
        let broken = try HTTPProbe.get("/nl/buurtteams/overvecht/", port: port)
        #expect(broken.status == 500)
        #expect(broken.body.contains("content/teams/overvecht.yaml:28:14"))

        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"9.45\"", with: "start: \"10:00\"")
        _ = try events.nextVersion(timeout: 10)
        let fixed = try HTTPProbe.get("/nl/buurtteams/overvecht/", port: port)
        #expect(fixed.status == 200 && fixed.body.contains("<bdi dir=\"ltr\">10:00</bdi>"))
    }
}

/// The port the server reports once it listens.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: UInt16?

    func set(_ value: UInt16) { lock.withLock { port = value } }

    func wait() async throws -> UInt16 {
        for _ in 0..<400 {
            if let port = lock.withLock({ port }) { return port }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw HTTPProbe.Failure.timeout
    }
}
