// The Markdown kept from one build for the next (`MarkdownStore`).

import Foundation
import Testing
@testable import Wijkwijzer

/// The Markdown kept from one build for the next (`MarkdownStore`): a render read back is the render,
/// a render with a message is never kept, and a change to what a render reads besides its text
/// (here the pages a link can point to) renders it again.
@Suite struct MarkdownStoreTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    func build(_ site: TemporarySite) -> SiteBuildOutcome {
        SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true)
    }

    @Test func aRenderReadBackIsTheRender() throws {
        let store = MarkdownStore()
        let one = Digest(high: 5, low: 6), two = Digest(high: 7, low: 8)
        let first = RenderedMarkdown(html: "<p>één</p>\n<ul><li>a</li></ul>\n", diagnostics: DiagnosticBag(),
                                     blocks: ["<p>één</p>\n", "<ul><li>a</li></ul>\n"], shapes: ["p", "ul:1"])
        _ = store.rendered(one) { first }
        _ = store.rendered(two) { RenderedMarkdown(html: "", diagnostics: DiagnosticBag()) }
        var warned = DiagnosticBag()
        warned.warning("long-sentence", at: SourceLocation(file: "a.md"), "too long")
        _ = store.rendered(Digest(high: 9, low: 9)) { RenderedMarkdown(html: "<p>x</p>", diagnostics: warned) }
        #expect(store.count == 2)
        let read = try #require(MarkdownStore.decode(CacheReader(store.encodedBody()[...])))
        #expect(read.count == 2)
        #expect(read[one]?.html == first.html && read[one]?.blocks == first.blocks && read[one]?.shapes == first.shapes)
        #expect(read[two]?.html == "" && read[two]?.blocks == [])
        // Taken from the store without rendering.
        let again = MarkdownStore { read }
        #expect(again.rendered(one) { RenderedMarkdown(html: "rendered again", diagnostics: DiagnosticBag()) }.html == first.html)
    }

    @Test func aRebuildReportsWhatItsMarkdownSaysAndEqualsACleanBuild() throws {
        let site = try TemporarySite()
        #expect(build(site).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root + "/.wijkwijzer-cache/site.markdown"))

        // The page the home page links to is gone: the home page's text is the same, its links are not.
        try FileManager.default.moveItem(atPath: site.root + "/content/pages/eerste-bezoek", toPath: site.root + "/elsewhere")
        let gone = build(site)
        #expect(gone.result.diagnostics.all.contains { $0.code == "broken-link" && $0.location.file == "content/home/nl.md" })
        try FileManager.default.moveItem(atPath: site.root + "/elsewhere", toPath: site.root + "/content/pages/eerste-bezoek")
        #expect(build(site).succeeded)
        expectEqualsACleanBuild(site, date: Self.date, "page back")

        // A warning about a page's Markdown is reported by every build, not only the one that made it.
        let long = "\nDit is een zin met veel te veel woorden voor een pagina die iedereen moet kunnen lezen zonder hulp.\n"
        try site.write("content/pages/tolk/nl.md", try site.read("content/pages/tolk/nl.md") + long)
        let warned = build(site)
        #expect(warned.result.diagnostics.all.contains { $0.code == "long-sentence" && $0.location.file == "content/pages/tolk/nl.md" })
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"09:45\"")
        let next = build(site)
        #expect(next.result.diagnostics.all.contains { $0.code == "long-sentence" && $0.location.file == "content/pages/tolk/nl.md" })
        expectEqualsACleanBuild(site, date: Self.date, "warned")
    }
}
