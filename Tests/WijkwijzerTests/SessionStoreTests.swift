// The sessions' HTML kept from one build for the next (`SessionStore`): a rebuild renders only the
// sessions whose values, templates or language changed, and always equals a clean build.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct SessionStoreTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    /// Builds incrementally into the site's output and returns how many sessions were rendered.
    func build(_ site: TemporarySite) -> (outcome: SiteBuildOutcome, sessionRenders: Int) {
        let metrics = TemplateMetrics()
        let outcome = SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true, metrics: metrics)
        return (outcome, metrics.report.first { $0.template == "session" }?.count ?? 0)
    }

    @Test func aRebuildRendersOnlyTheSessionsThatChangedAndEqualsACleanBuild() throws {
        let site = try TemporarySite()
        let first = build(site)
        #expect(first.outcome.succeeded && first.sessionRenders > 0)
        #expect(FileManager.default.fileExists(atPath: site.root + "/.wijkwijzer-cache/site.sessions"))

        // One session's hours: that session is rendered again (in each language and on each depth
        // of page it is on), the others come from the last build.
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"09:45\"")
        let hours = build(site)
        #expect(hours.outcome.succeeded && hours.sessionRenders > 0 && hours.sessionRenders < first.sessionRenders)
        expectEqualsACleanBuild(site, date: Self.date, "hours")

        // A translated word inside every session: all of them in that language, none kept stale.
        try site.edit("translations/ar.yaml", replacing: "  session.languages:\n    text: \"", with: "  session.languages:\n    text: \"X ")
        let word = build(site)
        #expect(word.sessionRenders > 0)
        expectEqualsACleanBuild(site, date: Self.date, "translation")

        // The maintainer's own session template: every session again.
        let own = "<!-- own session -->\n" + (EmbeddedResources.files["templates/session.mustache"] ?? "")
        try site.write("templates/session.mustache", own)
        let template = build(site)
        // (Two threads may render the same session at once, so the counts are not exact.)
        #expect(template.sessionRenders > hours.sessionRenders)
        expectEqualsACleanBuild(site, date: Self.date, "template")
        #expect(String(decoding: try site.readBytes("site/nl/index.html"), as: UTF8.self).contains("<!-- own session -->"))

        // Nothing of the sessions changed, the home page's text did: its sessions all come from the store.
        try site.write("content/home/nl.md", try site.read("content/home/nl.md") + "\nEen nieuwe alinea.\n")
        let text = build(site)
        #expect(text.outcome.succeeded && text.sessionRenders == 0)
        expectEqualsACleanBuild(site, date: Self.date, "home text")

        // A store that does not read as one is only a cache: the build renders what it needs.
        try site.write(".wijkwijzer-cache/site.sessions", "wijkwijzer sessions 1 garbage\nnot an entry")
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:45\"", with: "start: \"09:30\"")
        #expect(build(site).outcome.succeeded)
        expectEqualsACleanBuild(site, date: Self.date, "damaged store")
    }

    @Test func theStoreReadsBackWhatItWroteAndNothingElse() throws {
        let store = SessionStore()
        let one = Digest(high: 1, low: 2), two = Digest(high: 3, low: 4)
        store.keep(two, "<li>twee\nregels</li>")
        store.keep(one, "<li>één</li>")
        let folder = NSTemporaryDirectory() + "wijkwijzer-sessions-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/site"
        store.write(forOutput: output, program: "p1")
        let path = CacheFile.path(forOutput: output, kind: SessionStore.kind)
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        func read(_ bytes: [UInt8], program: String = "p1") -> [Digest: String]? {
            CacheFile.body(of: bytes, kind: SessionStore.kind, program: program).flatMap(SessionStore.decode)
        }
        #expect(read(bytes) == [one: "<li>één</li>", two: "<li>twee\nregels</li>"])
        #expect(SessionStore.read(forOutput: output, program: "p1").value(two) == "<li>twee\nregels</li>")
        // The same sessions give the same file, whatever the order they were kept in.
        let other = SessionStore()
        other.keep(one, "<li>één</li>")
        other.keep(two, "<li>twee\nregels</li>")
        #expect(other.encodedBody() == store.encodedBody())
        // Another program's file, another kind's, and every cut or changed version of this one, read as nothing.
        #expect(read(bytes, program: "p2") == nil)
        #expect(CacheFile.body(of: bytes, kind: "tables", program: "p1") == nil)
        #expect(SessionStore.read(forOutput: output, program: "p2").value(two) == nil)
        for end in 0..<bytes.count {
            #expect(read(Array(bytes[0..<end])) == nil, "cut at \(end)")
        }
        for index in bytes.indices {
            var garbled = bytes
            garbled[index] = garbled[index] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
            #expect(read(garbled) == nil, "byte \(index) changed")
        }
        // A body with a digest that fits but entries that do not read is nothing too.
        var writer = CacheWriter()
        writer.digest(one)
        writer.number(99)
        #expect(SessionStore.decode(CacheReader(writer.bytes[...])) == nil)
    }

    @Test func theStoreKeepsWhatWasUsedThenWhatItHeldWithinItsLimit() {
        let one = Digest(high: 1, low: 1), two = Digest(high: 2, low: 2), three = Digest(high: 3, low: 3)
        let last = SessionStore(earlier: [one: "1234", two: "5678"], limit: 10)
        // Taken from the last build: kept, but nothing was added, so the next store is the same.
        #expect(last.value(one) == "1234" && last.value(three) == nil)
        #expect(last.next().value(two) == "5678")
        // A new session is kept first; of the last build's, what fits.
        let rebuilt = SessionStore(earlier: [one: "1234", two: "5678"], limit: 10)
        rebuilt.keep(three, "abcdef")
        #expect(rebuilt.count == 1)
        let next = rebuilt.next()
        #expect(next.value(three) == "abcdef" && next.value(one) == "1234" && next.value(two) == nil)
        rebuilt.keep(two, "too long for what is left")
        #expect(rebuilt.count == 1)
    }

    @Test func aSessionsViewIsMadeOncePerSessionDepthAndFlags() throws {
        let prepared = try #require(Pipeline.prepare(root: Repository.root, buildDate: CalendarDate(year: 2026, month: 11, day: 26)).0)
        let language = try #require(prepared.site.config.languages.first)
        let sessions = prepared.currentSessions(speaking: "nl")
        let (team, first) = try #require(sessions.first)
        let second = try #require(sessions.first { $0.0.id == team.id && $0.1.sourceLocation != first.sourceLocation }?.1)
        let context = LanguageContext(site: prepared, language: language)
        func digest(_ view: [String: Any]) -> Digest? { ContextDigest.of(view) }
        let home = digest(context.session(first, of: team, showTeam: true, from: .home))
        // The same again: the view made first; equal to a view made by a context of its own.
        #expect(home != nil && digest(context.session(first, of: team, showTeam: true, from: .home)) == home)
        #expect(digest(LanguageContext(site: prepared, language: language).session(first, of: team, showTeam: true, from: .home)) == home)
        // Another session of the same team, another depth, other flags: views of their own.
        #expect(digest(context.session(second, of: team, showTeam: true, from: .home)) != home)
        let deeper = context.session(first, of: team, showTeam: true, from: .team(team.id))
        #expect(digest(deeper) != home)
        #expect((deeper["team"] as? [String: Any])?["href"] as? String == "../../" + PageRoute.team(team.id).path)
        #expect(digest(context.session(first, of: team, showTeam: false, from: .home)) != home)
        #expect(digest(context.session(first, of: team, showTeam: true, from: .home, calendarLink: true)) != home)
        #expect(context.sessionViews.count == 5)
    }

    @Test func sessionViewsKeepAtMostTheirLimit() {
        let views = SessionViews()
        for index in 0..<(SessionViews.limit + 10) {
            let key = SessionViews.Key(
                source: SourceLocation(file: "t.yaml", line: index), team: "t", root: "", showTeam: true, calendarLink: false)
            #expect(views.view(key) { ["index": index] }["index"] as? Int == index)
        }
        #expect(views.count == SessionViews.limit)
        // A place's link and an hour range, by the place and by the minutes.
        #expect(views.text(.place("a")) { "first" } == "first" && views.text(.place("a")) { "again" } == "first")
        #expect(views.text(.place("b")) { "other" } == "other")
        #expect(views.text(.calendarPlace("a")) { "in a calendar" } == "in a calendar")
        #expect(views.text(.time(540, 720)) { "9–12" } == "9–12" && views.text(.time(540, 780)) { "9–13" } == "9–13")
    }
}
