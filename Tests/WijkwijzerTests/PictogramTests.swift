// Pictograms: Markdown syntax, easy-read lists, the SVG allowlist, a site's own set, recordings.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct PictogramMarkdownTests {
    static let targets = LinkTargets(pages: ["tolk"], teams: [], wijken: [], languagePrefixes: ["nl"])
    static let pictograms = [
        "phone": "<svg class=\"picto picto-phone\" role=\"img\" aria-label=\"Telefoon\"></svg>",
        "free": "<svg class=\"picto picto-free\" role=\"img\" aria-label=\"Gratis\"></svg>",
    ]

    func render(_ markdown: String, easyRead: EasyReadRules? = nil) -> RenderedMarkdown {
        MarkdownRenderer.render(markdown, file: "p.md", firstLine: 4, toLanguageRoot: "../../", targets: Self.targets,
                                isTranslation: false, pictograms: Self.pictograms, easyRead: easyRead)
    }

    @Test func pictogramBecomesInlineSVGWithItsLabel() {
        let rendered = render("Bel ons ![](picto:phone) vandaag.")
        #expect(rendered.diagnostics.all.isEmpty)
        #expect(rendered.html == "<p>Bel ons <svg class=\"picto picto-phone\" role=\"img\" aria-label=\"Telefoon\"></svg> vandaag.</p>\n")
    }

    @Test func unknownPictogramIsAnErrorAtItsPlace() throws {
        let rendered = render("Tekst\n\n- ![](picto:phon) Bel ons.")
        let diagnostic = try #require(rendered.diagnostics.all.first)
        #expect(diagnostic == Diagnostic(.error, "unknown-pictogram", at: SourceLocation(file: "p.md", line: 6, column: 3),
                                         "there is no pictogram 'phon'", hint: "did you mean 'phone'?"))
        #expect(!rendered.html.contains("picto:"))
    }

    @Test func listWhoseEveryLineStartsWithAPictogramIsEasyRead() {
        let html = render("- ![](picto:free) Het is gratis.\n- ![](picto:phone) Bel [ons](page:tolk) gerust.").html
        #expect(html.hasPrefix("<div class=\"easy-read\">\n<ul>"))
        #expect(html.contains("<li><svg class=\"picto picto-free\" role=\"img\" aria-label=\"Gratis\"></svg><span class=\"easy-read-text\"> Het is gratis.</span></li>"))
        #expect(html.contains("<span class=\"easy-read-text\"> Bel <a href=\"../../info/tolk/\">ons</a> gerust.</span>"))
        #expect(html.hasSuffix("</ul>\n</div>\n"))
    }

    @Test func mixedListStaysAnOrdinaryList() {
        let html = render("- ![](picto:free) Gratis.\n- Zonder plaatje.").html
        #expect(!html.contains("easy-read"))
        #expect(html.hasPrefix("<ul>"))
    }

    @Test func otherImagesAreStillRefused() {
        let rendered = render("![x](https://example.com/a.png)")
        #expect(rendered.diagnostics.all.map(\.code) == ["unsupported-image"])
    }

    @Test func longSentencesAndLongWordsAreReported() {
        let long = "Dit is een zin met veel te veel woorden voor een pagina die makkelijk te lezen moet zijn."
        let rendered = render("\(long)\n\nDe ondersteuningsmogelijkheden zijn groot.", easyRead: EasyReadRules(maximumLettersPerWord: 20))
        let codes = rendered.diagnostics.all.map(\.code)
        #expect(codes == ["long-sentence", "long-word"])
        #expect(rendered.diagnostics.all.first?.location.line == 4)
        #expect(rendered.diagnostics.all.last?.message == "'ondersteuningsmogelijkheden' has 27 letters (simple language uses at most 20)")
        #expect(render(long).diagnostics.all.isEmpty, "no easy-read rules, no warnings")
    }
}

@Suite struct SVGCheckerTests {
    static let header = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" fill=\"none\" stroke=\"currentColor\">"

    @Test func acceptsPlainDrawings() throws {
        let parsed = try SVGChecker.check(Self.header + "<circle cx=\"24\" cy=\"24\" r=\"10\"/><path d=\"M4 4h40\"/></svg>").get()
        #expect(parsed.body == "<circle cx=\"24\" cy=\"24\" r=\"10\"/><path d=\"M4 4h40\"/>")
        // fill="none" and stroke="currentColor" are the stylesheet's defaults for .picto: left out.
        #expect(parsed.rootAttributes == " viewBox=\"0 0 48 48\"")
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "<path d=\"M0 0\" onload=\"alert(1)\"/>",
        "<path d=\"M0 0\" style=\"fill:red\"/>",
        "<text x=\"1\">Bel</text>",
        "<image href=\"https://tracker.example.com/x.png\"/>",
        "<foreignObject><p>x</p></foreignObject>",
        "<path d=\"M0 0\" fill=\"url(https://example.com/#x)\"/>",
        "<use href=\"#a\"/>",
    ])
    func refusesAnythingButDrawing(_ inner: String) {
        if case .success = SVGChecker.check(Self.header + inner + "</svg>") {
            Issue.record("accepted \(inner)")
        }
    }

    @Test func refusesNonSVG() {
        #expect(throws: SVGProblem.self) { try SVGChecker.check("<html></html>").get() }
        #expect(throws: SVGProblem.self) { try SVGChecker.check("not xml").get() }
    }
}

@Suite struct SitePictogramTests {
    @Test func aSiteAddsItsOwnLicensedPictogramAndItIsCredited() throws {
        let site = try TemporarySite()
        try site.write("pictograms/manifest.yaml", """
            pictograms:
              - name: fiets-eigen
                file: fiets.svg
                author: Voorbeeld Pictoset
                licence: CC BY-SA 4.0
                source: https://pictoset.example.org
            """)
        try site.write("pictograms/fiets.svg", SVGCheckerTests.header + "<circle cx=\"12\" cy=\"30\" r=\"8\"/></svg>")
        for language in ["nl", "ar"] {
            try site.edit("translations/\(language).yaml", replacing: "entries:\n", with: "entries:\n  picto.fiets-eigen:\n    text: \"Fiets\"\n    reviewed: false\n")
        }
        try site.edit("content/pages/tolk/nl.md", replacing: "Een tolk is gratis.", with: "![](picto:fiets-eigen) Een tolk is gratis.")
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let page = try #require(result.files.first { $0.path == "nl/info/tolk/index.html" })
        #expect(page.text.contains("<svg class=\"picto picto-fiets-eigen\" role=\"img\" aria-label=\"Fiets\""))
        let credits = try #require(result.files.first { $0.path == "nl/pictogrammen/index.html" })
        #expect(credits.text.contains("Voorbeeld Pictoset"))
        #expect(credits.text.contains("CC BY-SA 4.0"))
        #expect(credits.text.contains("https://pictoset.example.org"))
    }

    @Test func anUnsafeSitePictogramIsRefused() throws {
        let site = try TemporarySite()
        try site.write("pictograms/manifest.yaml", "pictograms:\n  - name: kwaad\n    file: kwaad.svg\n    author: X\n    licence: CC0-1.0\n")
        try site.write("pictograms/kwaad.svg", SVGCheckerTests.header + "<script>alert(1)</script></svg>")
        let diagnostic = try #require(site.build().diagnostics.all.first { $0.code == "unsafe-svg" })
        #expect(diagnostic.location == SourceLocation(file: "pictograms/manifest.yaml", line: 3, column: 11))
        #expect(diagnostic.message == "kwaad.svg: pictograms may not contain the element <script>")
    }
}

@Suite struct RecordingTests {
    @Test func aRecordingBesideAPageIsPlayedThere() throws {
        let site = try TemporarySite()
        var bytes = Array("OggS".utf8)
        bytes += [UInt8](repeating: 7, count: 60)
        #expect(FileManager.default.createFile(atPath: site.root + "/content/pages/tolk/nl.ogg", contents: Data(bytes)))
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let page = try #require(result.files.first { $0.path == "nl/info/tolk/index.html" })
        #expect(page.text.contains("<audio controls preload=\"none\" aria-labelledby=\"listen-label\"><source src=\"luister.ogg\" type=\"audio/ogg\"></audio>"))
        #expect(result.files.first { $0.path == "nl/info/tolk/luister.ogg" }?.bytes == bytes)
        let other = try #require(result.files.first { $0.path == "nl/info/eerste-bezoek/index.html" })
        #expect(!other.text.contains("<audio"))
    }

    @Test func aFileThatIsNotAudioIsRefused() throws {
        let site = try TemporarySite()
        #expect(FileManager.default.createFile(atPath: site.root + "/content/pages/tolk/nl.mp3", contents: Data("<html>not audio</html>".utf8)))
        let diagnostic = try #require(site.build().diagnostics.all.first { $0.code == "bad-audio" })
        #expect(diagnostic.message == "this file is not mp3 audio (its first bytes say otherwise)")
    }

    @Test func aRecordingOverFiveMegabytesIsRefused() throws {
        let site = try TemporarySite()
        var bytes = Array("ID3".utf8)
        bytes += [UInt8](repeating: 0, count: AudioFile.maximumBytes)
        #expect(FileManager.default.createFile(atPath: site.root + "/content/pages/tolk/nl.mp3", contents: Data(bytes)))
        let diagnostic = try #require(site.build().diagnostics.all.first { $0.code == "bad-audio" })
        #expect(diagnostic.message.hasPrefix("this recording is 5 MB"))
    }
}
