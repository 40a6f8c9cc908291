// Stories: the personal-data scanner, the consent and reference rules, and the pages they give.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct PersonalDataScannerTests {
    static func kinds(_ text: String) -> [String] {
        PersonalDataScanner.scan(text).map { "\($0.kind.rawValue):\($0.text)" }
    }

    @Test func findsPhoneNumbersWrittenInManyWays() {
        #expect(Self.kinds("Bel 06-12345678 of 030 099 1234.") == ["phone:06-12345678", "phone:030 099 1234"])
        #expect(Self.kinds("Haar nummer: +31 6 1234 5678") == ["phone:+31 6 1234 5678"])
        #expect(Self.kinds("(030) 099.12.34 en 0031 30 099 1234") == ["phone:(030) 099.12.34", "phone:0031 30 099 1234"])
        #expect(Self.kinds("رقمه ٠٦١٢٣٤٥٦٧٨ فقط") == ["phone:٠٦١٢٣٤٥٦٧٨"])
    }

    @Test func findsEmailAddresses() {
        #expect(Self.kinds("Mail naar naima.b@gmail.com.") == ["email:naima.b@gmail.com"])
        #expect(Self.kinds("een @ teken, of iemand@localhost").isEmpty)
    }

    @Test func findsAddresses() {
        #expect(Self.kinds("Ze woont op 3562 AB 12.") == ["address:3562 AB 12"])
        #expect(Self.kinds("postcode 3562AB, 12a") == ["address:3562AB, 12"])
        #expect(Self.kinds("Zamenhofdreef 99, 3562 AB Utrecht") == ["streetAddress:Zamenhofdreef 99"])
        #expect(Self.kinds("Hij woont aan de Biltstraat 12a.") == ["streetAddress:Biltstraat 12a"])
    }

    @Test func findsBSNLikeNumbers() {
        #expect(Self.kinds("BSN 123456782") == ["bsn:123456782"])
        #expect(Self.kinds("nummer 1234.56.782") == ["bsn:1234.56.782"])
    }

    @Test func leavesOrdinaryNumbersAlone() {
        let ordinary = [
            "Hij kwam in 1972 naar Utrecht en werkte 30 jaar in Zuilen.",
            "Bel 112, Veilig Thuis 0800-2000 of 113.", "Op 15-09-2026 om 09:30 uur.", "Zij betaalde € 1.250,00 terug.",
            "De wijk heeft de postcodes 3561, 3562 en 3563.", "In 3562 AB wonen veel gezinnen.",
            "Tussen 2015 en 2018 woonde zij in de Kanaalstraat.", "Ilias is 9. Hij zit in groep 6.",
        ]
        for text in ordinary { #expect(Self.kinds(text).isEmpty, "\(text)") }
    }

    @Test func reportsLineAndColumnInScalars() {
        let findings = PersonalDataScanner.scan("eerste regel\nرقم: 06 1234 5678")
        #expect(findings == [PersonalDataFinding(kind: .phone, line: 1, column: 6, text: "06 1234 5678")])
    }
}

@Suite struct StoryRuleTests {
    static let story = "content/stories/uitleg-over-een-brief/nl.md"

    func diagnostics(editing file: String = story, _ old: String, _ new: String) throws -> [Diagnostic] {
        let site = try TemporarySite()
        try site.edit(file, replacing: old, with: new)
        // The fixture's raw HTML warning (content/pages/eerste-bezoek/nl.md) is not about stories.
        return site.build().diagnostics.sorted.filter { $0.code != "raw-html" }
    }

    @Test func theFixtureStoryIsClean() throws {
        let result = try TemporarySite().build()
        #expect(result.diagnostics.all.allSatisfy { $0.code == "raw-html" }, "\(result.diagnostics.sorted)")
    }

    @Test func namesMustBeChanged() throws {
        let found = try diagnostics("names_changed: true", "names_changed: false")
        #expect(found == [Diagnostic(
            .error, "names-not-changed", at: SourceLocation(file: Self.story, line: 9, column: 3),
            "the names in this story must be changed before it is published",
            hint: "change every name and any detail that shows who it is, then write 'names_changed: true'")])
    }

    @Test func consentNeedsADate() throws {
        let found = try diagnostics("  date: 2026-09-20\n", "")
        #expect(found.map(\.code) == ["missing-consent"])
        #expect(found.first?.message == "the consent record has no date")
    }

    @Test func unknownThemeAndWijk() throws {
        let found = try diagnostics("themes: [letters-and-forms, money]", "themes: [letters-and-forms, mony]").filter { $0.severity == .error }
        #expect(found == [Diagnostic(.error, "unknown-reference", at: SourceLocation(file: Self.story, line: 6, column: 29),
                                     "there is no theme 'mony'", hint: "did you mean 'money'?")])
        let wijk = try diagnostics("wijk: overvecht", "wijk: nergens").filter { $0.severity == .error }
        #expect(wijk.first?.message == "there is no wijk 'nergens'")
    }

    @Test func aTranslationRepeatsTheFacts() throws {
        let found = try diagnostics(editing: "content/stories/uitleg-over-een-brief/ar.md", "date: 2026-10-01", "date: 2026-10-02")
        #expect(found == [Diagnostic(
            .warning, "story-mismatch", at: SourceLocation(file: "content/stories/uitleg-over-een-brief/ar.md", line: 7, column: 7),
            "this translation says date: 2026-10-02, but \(Self.story) says 2026-10-01",
            hint: "the facts of a story are the same in every language; copy them from \(Self.story)")])
    }

    @Test func personalDataInTheTitleIsFound() throws {
        let found = try diagnostics("title: \"Eindelijk begreep ik de brief\"", "title: \"Mail karim@example.org\"")
        #expect(found.map(\.code) == ["personal-data"])
        #expect(found.first?.location == SourceLocation(file: Self.story, line: 2, column: 8))
    }

    @Test func aStoryNeedsItsDutchVersion() throws {
        let site = try TemporarySite()
        try site.write("content/stories/alleen-arabisch/ar.md", try site.read("content/stories/uitleg-over-een-brief/ar.md"))
        let found = site.build().diagnostics.all.filter { $0.code == "missing-source" }
        #expect(found.map(\.message) == ["the story 'alleen-arabisch' has no nl version"])
    }

    @Test func unknownPriorityWijk() throws {
        let found = try diagnostics(editing: "content/site.yaml", "priority_wijken: [overvecht]", "priority_wijken: [overvecth]")
        #expect(found == [Diagnostic(.error, "unknown-reference", at: SourceLocation(file: "content/site.yaml", line: 11, column: 19),
                                     "there is no wijk 'overvecth'", hint: "did you mean 'overvecht'?")])
    }
}

@Suite struct StoryPageTests {
    @Test func aRealStoryShowsItsConsentAndNoExampleMark() throws {
        let site = try TemporarySite()
        try site.edit(StoryRuleTests.story, replacing: "sample: true", with: "sample: false")
        try site.edit("content/stories/uitleg-over-een-brief/ar.md", replacing: "sample: true", with: "sample: false")
        let files = site.build().files
        let page = try #require(files.first { $0.path == "nl/verhalen/uitleg-over-een-brief/index.html" })
        #expect(page.text.contains("Verteld met toestemming (20 september 2026). De namen zijn veranderd."))
        #expect(!page.text.contains("badge-example"))
    }

    @Test func storiesShowOnTheirTeamAndWijkPagesMarkedAsExamples() throws {
        let files = try TemporarySite().build().files
        for path in ["nl/buurtteams/overvecht/index.html", "nl/wijken/overvecht/index.html", "nl/index.html"] {
            let page = try #require(files.first { $0.path == path })
            #expect(page.text.contains("verhalen/uitleg-over-een-brief/\">Eindelijk begreep ik de brief</a>"), "\(path)")
            #expect(page.text.contains("<span class=\"badge badge-example\">Voorbeeld</span>"), "\(path)")
        }
        let arabic = try #require(files.first { $0.path == "ar/wijken/overvecht/index.html" })
        #expect(arabic.text.contains("<span class=\"badge badge-example\">مثال</span>"))
    }

    @Test func aStoryMissingInALanguageIsShownFromItsFallbackWithTheNotice() throws {
        let site = try TemporarySite()
        try FileManager.default.removeItem(atPath: site.root + "/content/stories/uitleg-over-een-brief/ar.md")
        let files = site.build().files
        let page = try #require(files.first { $0.path == "ar/verhalen/uitleg-over-een-brief/index.html" })
        #expect(page.text.contains("<h1 lang=\"nl\" dir=\"ltr\">Eindelijk begreep ik de brief</h1>"))
        #expect(page.text.contains("<p class=\"notice notice-fallback\">"))
        #expect(page.text.contains("<strong class=\"badge badge-example\">مثال</strong>"))
        #expect(!page.text.contains("hreflang=\"ar\" href=\"https://example.org/ar/verhalen/"))
    }

    @Test func eachThemeWithStoriesHasAPage() throws {
        let paths = Set(try TemporarySite().build().files.map(\.path))
        #expect(paths.isSuperset(of: [
            "nl/verhalen/index.html", "nl/verhalen/thema/letters-and-forms/index.html", "nl/verhalen/thema/money/index.html",
            "ar/verhalen/thema/money/index.html",
        ]))
        #expect(!paths.contains("nl/verhalen/thema/housing/index.html"))
    }
}
