// Golden pages: the expected output of each kind of page and file, checked in. `UPDATE_GOLDEN=1 make test` rewrites them.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct GoldenPageTests {
    static let pages: [(output: String, golden: String)] = [
        ("nl/index.html", "nl-home.html"),
        ("nl/buurtteams/overvecht/index.html", "nl-team.html"),
        ("nl/info/eerste-bezoek/index.html", "nl-info.html"),
        ("ar/index.html", "ar-home.html"),
        ("ar/buurtteams/overvecht/index.html", "ar-team.html"),
        ("ar/info/eerste-bezoek/index.html", "ar-info.html"),
        ("ar/info/tolk/index.html", "ar-info-fallback.html"),
        ("ar/info/eerste-bezoek/vergelijk/index.html", "ar-compare.html"),
        ("nl/wijken/overvecht/index.html", "nl-wijk.html"),
        ("nl/inloop/so/index.html", "nl-walk-in-language.html"),
        ("ar/inloop/index.html", "ar-walk-in-index.html"),
        ("nl/buurtteams/overvecht/inloop.ics", "nl-team.ics"),
        ("ar/wijken/overvecht/inloop.ics", "ar-wijk.ics"),
        ("ar/buurtteams/overvecht/contactpersoon.vcf", "ar-contact.vcf"),
        ("nl/flyers/overvecht/index.html", "nl-flyer.html"),
        ("ar/flyers/overvecht/index.html", "ar-flyer.html"),
        ("ar/flyers/index.html", "ar-flyers.html"),
        ("nl/verhalen/uitleg-over-een-brief/index.html", "nl-story.html"),
        ("ar/verhalen/uitleg-over-een-brief/index.html", "ar-story.html"),
        ("nl/toegankelijkheid/index.html", "nl-accessibility.html"),
    ]

    @Test(arguments: pages.map(\.golden))
    func pageMatchesGolden(golden: String) throws {
        let site = try TemporarySite()
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        let output = try #require(Self.pages.first { $0.golden == golden }?.output)
        let file = try #require(result.files.first { $0.path == output }, "no \(output) in the build")
        let goldenPath = Repository.path("Tests/WijkwijzerTests/Golden/\(golden)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try file.text.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: goldenPath, encoding: .utf8)
        #expect(file.text == expected, "\(output) differs from Golden/\(golden); run UPDATE_GOLDEN=1 make test and review the diff")
    }
}

/// Each walk-in session is `session.mustache` rendered once per session, language and depth of
/// page, and reused (`LanguageContext.sessionHTML`): every page is byte for byte what the partial
/// rendered inside each page gives (a site's own `sessions.mustache` that includes `{{> session}}`).
@Suite struct SessionRenderTests {
    @Test func aSessionRenderedOnceIsTheSessionRenderedInItsPage() throws {
        let site = try TemporarySite()
        let once = site.build()
        #expect(!once.diagnostics.hasErrors)
        try site.write("templates/sessions.mustache", "<ul class=\"sessions\">\n{{#sessions}}{{> session}}\n{{/sessions}}\n</ul>")
        let inPage = site.build()
        let pages = { (result: BuildResult) in
            Dictionary(uniqueKeysWithValues: result.files.filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.bytes) })
        }
        let cached = pages(once), inline = pages(inPage)
        #expect(cached.keys.sorted() == inline.keys.sorted())
        // The comparison holds sessions in both languages, on the home page and the walk-in pages.
        let withSessions = cached.filter { String(decoding: $0.value, as: UTF8.self).contains("<li class=\"session\"") }.keys
        #expect(withSessions.contains("ar/index.html") && withSessions.contains("nl/index.html"))
        #expect(withSessions.contains { $0.hasPrefix("ar/inloop/") } && withSessions.contains { $0.hasPrefix("nl/inloop/") })
        for (path, bytes) in cached {
            #expect(bytes == inline[path], "\(path)")
        }
    }

    /// The cache keeps at most its limit of bytes (a site listing thousands of sessions on its home
    /// page would otherwise keep them all for the whole build); what it does not keep is rendered again.
    @Test func theCacheKeepsAtMostItsLimit() {
        let cache = RenderCache(limit: 10)
        let first = Digest(high: 1, low: 1), second = Digest(high: 2, low: 2)
        cache.store(first, "12345678")
        cache.store(second, "123")
        #expect(cache.value(first) == "12345678" && cache.value(second) == nil && cache.count == 1)
        cache.store(second, "12")
        #expect(cache.value(second) == "12" && cache.count == 2)
    }
}
