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
