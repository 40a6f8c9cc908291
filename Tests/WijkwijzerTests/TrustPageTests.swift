// The pages that make the site trustworthy: footer links, the accessibility statement's figures,
// "tell us what you need" per wijk, priority wijken first, and the root language chooser.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct TrustPageTests {
    static let files = Pipeline.build(root: Repository.root, buildDate: UtrechtSiteTests.date).files

    func file(_ path: String) throws -> OutputFile {
        try #require(Self.files.first { $0.path == path }, "no \(path)")
    }

    @Test func everyPageLinksToTheStatementAndPrivacyInItsOwnLanguage() {
        let pages = Self.files.filter { $0.path.hasSuffix(".html") && $0.path.contains("/") }
        #expect(pages.count > 250)
        for page in pages {
            let prefix = String(page.path.split(separator: "/")[0])
            let folder = (page.path as NSString).deletingLastPathComponent
            let targets = Links.hrefs(in: page.text).map { link in
                link.hasPrefix("/") ? String(link.dropFirst()) : Links.resolve(link, from: folder)
            }
            for target in ["\(prefix)/toegankelijkheid/", "\(prefix)/privacy/"] {
                #expect(targets.contains(target), "\(page.path) does not link to \(target)")
            }
        }
        for root in ["index.html", "404.html"] {
            let links = Links.hrefs(in: (try? file(root).text) ?? "")
            #expect(links.contains { $0.hasSuffix("nl/toegankelijkheid/") } && links.contains { $0.hasSuffix("nl/privacy/") }, "\(root)")
        }
    }

    @Test func theStatementCountsThePagesTheBuildMade() throws {
        let pages = Self.files.filter { $0.path.hasSuffix(".html") }.count
        let statement = try file("nl/toegankelijkheid/index.html").text
        #expect(statement.contains("heeft <bdi dir=\"ltr\">\(pages)</bdi> pagina&#39;s in <bdi dir=\"ltr\">5</bdi> talen, gemaakt op 26 november 2026"))
        #expect(statement.contains("WCAG) 2.1, niveau AA") && statement.contains("WCAG 2.2, niveau AA"))
        #expect(statement.contains("Nationale ombudsman"))
        #expect(statement.contains("href=\"mailto:meedenken@example.org?subject=Probleem%20met%20de%20website\""))
        let polish = try file("pl/toegankelijkheid/index.html").text
        #expect(polish.contains("ma <bdi dir=\"ltr\">\(pages)</bdi> stron"))
    }

    /// The kinds the browser suite samples per language (Tests/browser/test_sample.py): home, 404,
    /// teams, team, wijk, information index and page, compare view, organisations, pictograms,
    /// flyers and flyer, walk-in index and language, stories, story, theme, privacy, statement.
    @Test func theStatementCountsKindsOfPageNotPages() throws {
        let statement = try file("nl/toegankelijkheid/index.html").text
        #expect(statement.contains("één pagina van elke soort: <bdi dir=\"ltr\">19</bdi> soorten"))
    }

    @Test func theStatementListsUntranslatedPagesOfItsLanguage() throws {
        let site = try TemporarySite()
        let statement = try #require(site.build().files.first { $0.path == "ar/toegankelijkheid/index.html" })
        // The Arabic fixture lacks the pages tolk and privacy.
        #expect(statement.text.contains("عدد الصفحات غير المترجمة بعد إلى هذه اللغة: <bdi dir=\"ltr\">2</bdi>."))
    }

    @Test func wijkPagesAskWhatResidentsNeedInTheirLanguage() throws {
        let arabic = try file("ar/wijken/zuidwest/index.html").text
        let whatsapp = try #require(Links.hrefs(in: arabic).first { $0.hasPrefix("https://wa.me/31609901999?text=") })
        let message = String(whatsapp.dropFirst("https://wa.me/31609901999?text=".count)).removingPercentEncoding
        #expect(message == "مرحباً، أسكن في منطقة Zuidwest. هذا ما أحتاجه:")
        let mail = try #require(Links.hrefs(in: arabic).first { $0.hasPrefix("mailto:") && $0.contains("subject=") })
        #expect(mail == "mailto:meedenken@example.org?subject=%D9%85%D8%A7%20%D8%A3%D8%AD%D8%AA%D8%A7%D8%AC%D9%87%20%D9%81%D9%8A%20%D9%85%D9%86%D8%B7%D9%82%D8%A9%20Zuidwest")
        #expect(arabic.contains("<ul class=\"sessions meetings\">"), "Zuidwest has a resident meeting planned")
        let quiet = try file("ar/wijken/binnenstad/index.html").text
        #expect(quiet.contains("<p class=\"meetings-none\">لا توجد لقاءات مخطط لها بعد.</p>"))
        let turkish = try file("tr/wijken/overvecht/index.html").text
        #expect(turkish.contains("?subject=Overvecht%20semtinde%20neye%20ihtiyac%C4%B1m%20var\""))
    }

    @Test func percentEncodingKeepsOnlyUnreservedCharacters() {
        #expect(PercentEncoding.component("a b&c=d+e?f/g#h~i_j.k-l") == "a%20b%26c%3Dd%2Be%3Ff%2Fg%23h~i_j.k-l")
        #expect(PercentEncoding.component("ç") == "%C3%A7")
    }

    @Test func priorityWijkenComeFirstOnTheHomePage() throws {
        let home = try file("nl/index.html").text
        let order = Links.hrefs(in: home).filter { $0.hasPrefix("wijken/") }
        #expect(Array(order.prefix(3)) == ["wijken/overvecht/", "wijken/zuidwest/", "wijken/noordwest/"])
        #expect(home.components(separatedBy: "<span class=\"badge badge-priority\">Extra aandacht</span>").count == 4)
        #expect(home.contains("<h2 id=\"meetings\">Bijeenkomsten met bewoners</h2>"))
    }

    @Test func theTwoNewestStoriesShowOnTheirTeamAndWijkPage() throws {
        // Noordwest has two stories (Zuilen 2026-11-09, Ondiep-Pijlsweerd 2026-09-28).
        let wijk = try file("nl/wijken/noordwest/index.html").text
        let stories = Links.hrefs(in: wijk).filter { $0.hasPrefix("../../verhalen/") && $0 != "../../verhalen/" }
        #expect(stories == ["../../verhalen/koffie-in-het-buurthuis/", "../../verhalen/brieven-van-de-belastingdienst/"])
        for prefix in ["nl", "makkelijk", "tr", "ar", "pl"] {
            let team = try file("\(prefix)/buurtteams/zuilen/index.html").text
            #expect(team.contains("verhalen/koffie-in-het-buurthuis/"), "\(prefix)")
            #expect(team.contains("badge-example"), "\(prefix)")
        }
        let paths = Set(Self.files.map(\.path))
        let storyPages = paths.filter { $0.contains("/verhalen/") && !$0.contains("/thema/") && $0.split(separator: "/").count == 4 }
        #expect(storyPages.count == 6 * 5)
    }

    @Test func theRootChooserWorksWithoutScriptAndOnlySuggests() throws {
        let root = try file("index.html").text
        for (lang, dir) in [("nl", "ltr"), ("tr", "ltr"), ("ar", "rtl"), ("pl", "ltr")] {
            #expect(root.contains("<li lang=\"\(lang)\" dir=\"\(dir)\"><a href=\"\(lang)/\">"), "\(lang)")
        }
        let scriptPath = try #require(Self.files.first { $0.path.hasPrefix("assets/suggest-language-") }?.path)
        #expect(root.contains("<script src=\"\(scriptPath)\" defer></script>"))
        let script = try file(scriptPath)
        #expect(script.bytes.count < 1024)
        #expect(!script.text.contains("location") && !script.text.contains("http"))
        #expect(try file("404.html").text.contains("<script src=\"/\(scriptPath)\" defer></script>"))
    }
}
