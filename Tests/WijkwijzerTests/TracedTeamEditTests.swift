// A rebuild after editing a team's facts makes only the pages that read that team, a list it is on
// (every team, its wijk's teams, the sessions of a language it speaks), and equals a clean build
// (`InputReads`, `TracedEdit`). Tried on the Utrecht site itself: 18 teams in 10 wijken.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct TracedTeamEditTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)
    static let team = "content/teams/zuilen.yaml"

    /// Builds incrementally; also returns how many pages were made (rendered, or found equal to the
    /// last build's after their context was made).
    func build(_ site: TemporarySite) -> (outcome: SiteBuildOutcome, made: Int) {
        let metrics = TemplateMetrics()
        let outcome = SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true, metrics: metrics)
        return (outcome, (metrics.report.first { $0.template == "layout" }?.count ?? 0) + metrics.kept)
    }

    /// One step: the edit, then a rebuild that is traced (or not) and equals a clean build.
    func step(_ site: TemporarySite, _ name: String, traced: Bool, made limit: Int = .max, edit: () throws -> Void) throws {
        try edit()
        let (outcome, made) = build(site)
        #expect(outcome.succeeded, "\(name): \(outcome.result.diagnostics.all.filter { $0.severity == .error })")
        #expect(outcome.traced == traced, "\(name)")
        #expect(made > 0 && made <= limit, "\(name): \(made) pages made")
        expectEqualsACleanBuild(site, date: Self.date, name)
    }

    @Test func aTeamsEditMakesOnlyThePagesThatReadItAndEqualsACleanBuild() throws {
        let site = try TemporarySite(repositoryFolders: ["content", "translations"])
        // So that Zuilen can move to West with an edit of its own file: West takes its buurten and
        // postcodes too, before the first build.
        try site.edit("content/wijken/west.yaml", replacing: "postcodes: [3531, 3532, 3533, 3534, 3542]",
                      with: "postcodes: [3531, 3532, 3533, 3534, 3542, 3553, 3554, 3555]")
        try site.edit("content/wijken/west.yaml", replacing: "buurten:\n",
                      with: "buurten:\n  - Julianapark e.o.\n  - Elinkwijk e.o.\n  - Prins Bernhardplein e.o.\n"
                          + "  - Geuzenwijk/De Driehoek\n  - Schaakbuurt e.o.\n  - Queeckhovenplein e.o.\n  - Zuilen-noord\n")
        let first = build(site)
        #expect(first.outcome.succeeded && !first.outcome.traced)
        let pages = first.outcome.pageCount
        #expect(pages > 400)
        // A session's hours: the team's pages, the lists of every team and of its wijk, and the
        // walk-in pages of the languages it speaks; not the other 17 teams, the other wijken, the
        // information pages or the other languages' walk-in pages.
        try step(site, "hours", traced: true, made: pages / 4) {
            try site.edit(Self.team, replacing: "start: \"09:30\"", with: "start: \"09:35\"")
        }
        // A language added to a session, spoken at another team before: its walk-in page lists Zuilen now.
        try step(site, "language", traced: true, made: pages / 4) {
            try site.edit(Self.team, replacing: "languages: [nl, pl, bg]", with: "languages: [nl, pl, bg, pap]")
        }
        // A move to another wijk: both wijken's pages, flyers and calendars change.
        try step(site, "wijk", traced: true, made: pages / 4) {
            try site.edit(Self.team, replacing: "wijk: noordwest", with: "wijk: west")
        }
        // A team's edit and a page's text at once.
        try step(site, "with text", traced: true, made: pages / 4) {
            try site.edit(Self.team, replacing: "start: \"09:35\"", with: "start: \"09:40\"")
            try site.write("content/pages/tolk/nl.md", try site.read("content/pages/tolk/nl.md") + "\nEen nieuwe alinea.\n")
        }
        // What changes the pages themselves takes the ordinary path: the only session in Bulgarian
        // gone (its walk-in page goes), the contact person gone (the contact card goes).
        try step(site, "last language", traced: false) {
            try site.edit(Self.team, replacing: "languages: [nl, pl, bg, pap]", with: "languages: [nl, pl, pap]")
        }
        try step(site, "contact", traced: false) {
            let text = try site.read(Self.team)
            guard let contact = text.range(of: "contact:\n"), let walkIn = text.range(of: "walk_in:\n") else {
                throw TestError.notFound("contact", in: Self.team)
            }
            try site.write(Self.team, text.replacingCharacters(in: contact.lowerBound..<walkIn.lowerBound, with: ""))
        }
        // So does a team's edit beside any other input (a translation table).
        try step(site, "with a table", traced: false) {
            try site.edit(Self.team, replacing: "start: \"09:40\"", with: "start: \"09:45\"")
            try site.write("translations/tr.yaml", try site.read("translations/tr.yaml") + "\n")
        }
        #expect(build(site).outcome.upToDate)
    }

    /// The preview traces the same edits in memory.
    @Test func anInMemoryBuildAfterATeamsEditMakesOnlyThePagesThatReadIt() throws {
        let site = try TemporarySite(repositoryFolders: ["content", "translations"])
        let first = Pipeline.build(root: site.root, buildDate: Self.date, previous: [])
        try site.edit(Self.team, replacing: "start: \"09:30\"", with: "start: \"09:35\"")
        let next = Pipeline.build(root: site.root, buildDate: Self.date, previous: first.files, facts: first.facts)
        #expect(next.traced)
        let fresh = Pipeline.build(root: site.root, buildDate: Self.date)
        #expect(next.files.map(\.path) == fresh.files.map(\.path))
        #expect(next.files.filter { file in fresh.files.first { $0.path == file.path }?.bytes != file.bytes }.map(\.path) == [])
    }
}
