// The badges of spoken languages (`language-badges.mustache`): rendered once per list and language
// of the site, used wherever a session, event, partner or flyer lists its languages, and taken
// from the site's own template when it has one.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct LanguageBadgeTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    func page(_ site: TemporarySite, _ path: String) throws -> String {
        String(decoding: try site.readBytes("site/" + path), as: UTF8.self)
    }

    @Test func everyListOfLanguagesIsTheSitesOwnTemplateRenderedOncePerListAndLanguage() throws {
        let site = try TemporarySite(repositoryFolders: ["content", "translations"])
        try site.write("templates/language-badges.mustache",
                       "{{#languages}}<b class=\"own\" lang=\"{{code}}\">{{name}}</b>{{/languages}}\n")
        let metrics = TemplateMetrics()
        let outcome = SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, metrics: metrics)
        #expect(outcome.succeeded)

        // A team's sessions, the home page's sessions (session.mustache), a flyer, the partners on
        // a wijk page: all of them the site's template, its last line break left out.
        let team = try page(site, "nl/buurtteams/zuilen/index.html")
        #expect(team.contains("<p class=\"session-languages\"><b class=\"own\" lang=\"nl\">Nederlands</b>"))
        #expect(team.contains("</b></p>"))
        let home = try page(site, "tr/index.html")
        #expect(home.contains(":</span> <b class=\"own\" lang=\"nl\">Nederlands</b>"))
        #expect(try page(site, "ar/flyers/noordwest/index.html").contains("<b class=\"own\""))
        #expect(try page(site, "pl/wijken/noordwest/index.html").contains("<b class=\"own\""))
        var others = 0, shown = 0
        for language in ["nl", "makkelijk", "tr", "ar", "pl"] {
            let folder = site.output + "/" + language
            guard let files = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = files.nextObject() as? String {
                guard relative.hasSuffix(".html") else { continue }
                let html = String(decoding: FileManager.default.contents(atPath: folder + "/" + relative) ?? Data(), as: UTF8.self)
                if html.contains("class=\"badge\"") { others += 1 }
                // A list shown: its first badge, not preceded by another.
                shown += html.components(separatedBy: "<b class=\"own\"").dropFirst().count
                shown -= html.components(separatedBy: "</b><b class=\"own\"").dropFirst().count
            }
        }
        #expect(others == 0, "pages with the built-in badges")

        // Rendered once for each different list in each language (two threads may render the same
        // list at once), far fewer times than lists are shown.
        let renders = metrics.report.first { $0.template == LanguageBadges.template }?.count ?? 0
        let lists = Set(try Self.listsOfLanguages(site.root)).count
        #expect(renders > 0 && renders <= lists * 5 + 10)
        #expect(renders * 3 < shown, "\(renders) renders for \(shown) lists shown")
    }

    @Test func anEditOfTheBadgeTemplateRebuildsEveryPageThatShowsBadges() throws {
        let site = try TemporarySite()
        #expect(site.buildAndWrite().succeeded)
        #expect(try page(site, "nl/index.html").contains("class=\"badge\""))
        try site.write("templates/language-badges.mustache", "{{#languages}}<i>{{code}}</i> {{/languages}}")
        let outcome = SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true)
        #expect(outcome.succeeded)
        #expect(try page(site, "nl/index.html").contains("<i>nl</i>"))
        expectEqualsACleanBuild(site, date: Self.date, "own badges")
    }

    @Test func onlyTheLastLineBreakIsLeftOut() {
        #expect(LanguageBadges.withoutFinalLineBreak("<b>nl</b>\n") == "<b>nl</b>")
        #expect(LanguageBadges.withoutFinalLineBreak("<b>nl</b>\r\n") == "<b>nl</b>")
        #expect(LanguageBadges.withoutFinalLineBreak("<b>nl</b>\n\n") == "<b>nl</b>\n")
        #expect(LanguageBadges.withoutFinalLineBreak("<b>nl</b> ") == "<b>nl</b> ")
        #expect(LanguageBadges.withoutFinalLineBreak("") == "")
    }

    /// Every `languages:` list of the site's teams, events and wijken (partners), as written.
    static func listsOfLanguages(_ root: String) throws -> [String] {
        var lists: [String] = []
        for folder in ["content/teams", "content/events", "content/wijken"] {
            let path = root + "/" + folder
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                let text = try String(contentsOfFile: path + "/" + name, encoding: .utf8)
                for line in text.split(separator: "\n") where line.contains("languages:") {
                    lists.append(line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "")
                }
            }
        }
        return lists
    }
}
