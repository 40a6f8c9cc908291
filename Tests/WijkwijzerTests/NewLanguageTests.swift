// A sixth and seventh language — English and Persian (right-to-left) — by configuration and
// translation tables only: no code change.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct NewLanguageTests {
    /// The small fixture site plus two language blocks in site.yaml and their tables.
    static func site() throws -> TemporarySite {
        let site = try TemporarySite()
        let blocks = try String(contentsOfFile: Repository.path("Tests/Fixtures/new-languages/site-languages.yaml"), encoding: .utf8)
        try site.write("content/site.yaml", try site.read("content/site.yaml") + blocks)
        for language in ["en", "fa"] {
            try FileManager.default.copyItem(
                atPath: Repository.path("Tests/Fixtures/new-languages/\(language).yaml"), toPath: site.root + "/translations/\(language).yaml")
        }
        return site
    }

    @Test func buildsWithDirectionLanguageAndSwitcher() throws {
        let site = try Self.site()
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.filter { $0.severity == .error })")
        let persian = try #require(result.files.first { $0.path == "fa/buurtteams/overvecht/index.html" })
        #expect(persian.text.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(persian.text.contains("<a href=\"../../../en/buurtteams/overvecht/\" lang=\"en\" hreflang=\"en\" dir=\"ltr\">English</a>"))
        #expect(persian.text.contains("<a href=\"../../../fa/buurtteams/overvecht/\" lang=\"fa\" hreflang=\"fa\" dir=\"rtl\" aria-current=\"page\">فارسی</a>"))
        let dutch = try #require(result.files.first { $0.path == "nl/index.html" })
        #expect(dutch.text.contains("hreflang=\"fa\" href=\"https://example.org/fa/\""))
        #expect(dutch.text.contains("<meta property=\"og:locale:alternate\" content=\"fa_IR\">"))
        let english = try #require(result.files.first { $0.path == "en/index.html" })
        #expect(english.text.contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    @Test func untranslatedPagesFallBackAndSaySoInTheReadersLanguage() throws {
        let result = try Self.site().build()
        let page = try #require(result.files.first { $0.path == "fa/info/tolk/index.html" })
        #expect(page.text.contains("<p class=\"notice notice-fallback\">این صفحه هنوز ترجمه نشده است. شما آن را به زبان Nederlands می‌خوانید.</p>"))
        #expect(page.text.contains("<div class=\"prose\" lang=\"nl\" dir=\"ltr\">"))
        #expect(!page.text.contains("<link rel=\"alternate\" hreflang=\"fa\""), "a fallback page is not a translation")
        #expect(page.text.contains("<link rel=\"alternate\" hreflang=\"nl\""))
        // An untranslated interface string falls back to Dutch too, never to a raw key.
        #expect(!page.text.contains(">nav.skip<"))
        #expect(page.text.contains("Naar de inhoud"))
    }

    @Test func pluralsFollowTheNewLanguagesRules() throws {
        let result = try Self.site().build()
        let english = try #require(result.files.first { $0.path == "en/wijken/overvecht/index.html" })
        #expect(english.text.contains("There is <bdi dir=\"ltr\">1</bdi> team in this district."))
        let fixture = try Self.site()
        let site = try #require(Pipeline.prepare(root: fixture.root, buildDate: nil).0?.site)
        #expect(site.pluralRules["fa"]?.categories == ["one", "other"])
        #expect(site.pluralRules["en"]?.category(for: 2) == "other")
    }

    @Test func everyLanguageIsOnTheRootChooser() throws {
        let result = try Self.site().build()
        let root = try #require(result.files.first { $0.path == "index.html" })
        #expect(root.text.contains("<li lang=\"fa\" dir=\"rtl\"><a href=\"fa/\"><span class=\"language-name\">فارسی</span> <span class=\"language-sentence\">اطلاعات دربارهٔ buurtteam به فارسی</span>"))
    }
}
