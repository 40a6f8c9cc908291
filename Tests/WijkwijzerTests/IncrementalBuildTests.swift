// The no-op rebuild: inputs hashed, compared with the last build's state beside the output, and
// nothing else done when they match; any change (an input, the date, the output) builds again.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct IncrementalBuildTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    func build(_ site: TemporarySite, output: String? = nil, date: CalendarDate? = Self.date, incremental: Bool = true) -> SiteBuildOutcome {
        SiteBuild.run(root: site.root, output: output ?? site.output, buildDate: date, incremental: incremental)
    }

    @Test func aRebuildWithNothingChangedStopsAfterHashing() throws {
        let site = try TemporarySite()
        let first = build(site)
        #expect(first.succeeded && !first.upToDate)
        let before = snapshot(site.output)
        let second = build(site)
        #expect(second.upToDate)
        #expect(second.report == WriteReport(written: 0, unchanged: first.paths.count + 1))
        #expect(second.paths == first.paths && second.pageCount == first.pageCount)
        #expect(second.timings.map(\.stage) == ["hash inputs"])
        // The warnings of the last build are reported again.
        #expect(second.result.diagnostics.all == first.result.diagnostics.all.filter { $0.severity == .warning })
        #expect(!second.result.diagnostics.all.isEmpty)
        #expect(snapshot(site.output) == before)
        // The state is beside the output, never in it.
        #expect(FileManager.default.fileExists(atPath: site.root + "/.wijkwijzer-cache/site.state"))
        #expect(!snapshot(site.output).keys.contains { $0.contains("state") })
        // Without `incremental` (and with `build --full`) everything is built again.
        #expect(!build(site, incremental: false).upToDate)
    }

    /// The inputs are hashed with the build date worked out as one more job of the same parallel
    /// map: the same digests as hashed alone, every file's in path order, and the other job's result.
    @Test func inputsHashedBesideAnotherJobGiveTheSameDigests() throws {
        let site = try TemporarySite()
        let alone = InputFiles.digests(root: site.root)
        let (hashed, other) = InputFiles.digests(root: site.root, besides: { Self.date })
        #expect(other == Self.date)
        #expect(hashed.all == alone.all && hashed.paths == alone.paths && hashed.digests == alone.digests)
        #expect(hashed.paths == InputFiles.paths(root: site.root) && hashed.digests.allSatisfy { $0 != nil })
        // Each file's own digest, in path order.
        for (path, digest) in zip(hashed.paths, hashed.digests) {
            #expect(digest == InputFiles.fileDigest(site.root + "/" + path), "\(path)")
        }
        try site.edit("content/pages/tolk/nl.md", replacing: "Een tolk is gratis.", with: "Een tolk kost niets.")
        let (edited, none) = InputFiles.digests(root: site.root, besides: { CalendarDate?.none })
        #expect(none == nil && edited.all != alone.all)
    }

    /// A build for a command that exits next leaves what it made to the end of the process
    /// (`UntilExit`), and builds the same files; without, nothing is kept.
    @Test func aBuildThatExitsNextKeepsWhatItMadeUntilExit() throws {
        let site = try TemporarySite()
        let before = UntilExit.count
        let kept = SiteBuild.run(root: site.root, output: site.output, resolvingDate: { Self.date }, incremental: true, keepsUntilExit: true)
        #expect(kept.succeeded && UntilExit.count >= before + 2)
        let bytes = snapshot(site.output)
        let after = UntilExit.count
        let clean = site.root + "/clean"
        #expect(SiteBuild.run(root: site.root, output: clean, resolvingDate: { Self.date }, incremental: true).succeeded)
        #expect(UntilExit.count == after)
        #expect(snapshot(clean) == bytes)
    }

    /// An edit never leaves a stale page: after editing one page, the rebuilt site equals, byte
    /// for byte, a clean build of the edited content.
    @Test func anEditedPageIsRebuiltAndEverythingElseMatchesACleanBuild() throws {
        let site = try TemporarySite()
        #expect(build(site).succeeded)
        let before = snapshot(site.output)
        #expect(build(site).upToDate)
        try site.edit("content/pages/tolk/nl.md", replacing: "Een tolk is gratis.", with: "Een tolk kost niets.")
        let rebuilt = build(site)
        #expect(rebuilt.succeeded && !rebuilt.upToDate)
        let after = snapshot(site.output)
        let page = "nl/info/tolk/index.html"
        #expect(after[page] != before[page])
        #expect(after[page].map { String(decoding: $0, as: UTF8.self).contains("Een tolk kost niets.") } == true)
        let clean = site.root + "/clean"
        #expect(build(site, output: clean, incremental: false).succeeded)
        #expect(after == snapshot(clean))
        #expect(build(site).upToDate)
    }

    /// Editing the text of a page (its front matter untouched) makes only the pages that read that
    /// text (`InputReads`), and the site equals a clean build: for every Markdown file of the site,
    /// one after the other. Among them a Dutch source (its translation's "the Dutch text changed"
    /// notice and compare view change too), a page another language falls back to, and a story.
    @Test func anEditedTextMakesOnlyThePagesThatShowItForEveryMarkdownFile() throws {
        let site = try TemporarySite()
        #expect(build(site).succeeded)
        let clean = site.root + "/clean"
        let files = InputFiles.paths(root: site.root).filter { $0.hasSuffix(".md") }
        #expect(files.count == 8)
        var pages = 0
        for (number, file) in files.enumerated() {
            let paragraph = "Een nieuwe alinea, nummer \(number + 1)."
            try site.write(file, try site.read(file) + "\n" + paragraph + "\n")
            let edited = build(site)
            #expect(edited.succeeded && edited.traced, "\(file)")
            pages = edited.pageCount
            // Few files are written: the pages that show the text (and the notice of a stale translation).
            #expect((edited.report?.written ?? 0) < 8, "\(file)")
            let shown = snapshot(site.output).values.contains { String(decoding: $0, as: UTF8.self).contains(paragraph) }
            #expect(shown, "\(file)")
            #expect(build(site, output: clean, incremental: false).succeeded)
            #expect(differences(snapshot(site.output), snapshot(clean)) == [], "after editing \(file)")
        }
        #expect(pages > 20)
        // Front matter is not text: a new title takes the ordinary path (every page's links show it).
        try site.edit("content/pages/tolk/nl.md", replacing: "title: Een gratis tolk", with: "title: Een tolk, gratis")
        let retitled = build(site)
        #expect(retitled.succeeded && !retitled.traced)
        #expect(build(site, output: clean, incremental: false).succeeded)
        #expect(snapshot(site.output) == snapshot(clean))
        // A text edit together with any other input but a team's file also takes the ordinary path
        // (with a team's: `TracedTeamEditTests`).
        try site.write("content/pages/tolk/nl.md", try site.read("content/pages/tolk/nl.md") + "\nNog een alinea.\n")
        try site.write("translations/ar.yaml", try site.read("translations/ar.yaml") + "\n")
        let both = build(site)
        #expect(both.succeeded && !both.traced)
        #expect(build(site, output: clean, incremental: false).succeeded)
        #expect(snapshot(site.output) == snapshot(clean))
        #expect(build(site).upToDate)
    }

    @Test func aNewFileTheBuildDateOrADamagedOutputBuildAgain() throws {
        let site = try TemporarySite()
        #expect(build(site).succeeded)
        // A file added to an input folder is an input too.
        try site.write("templates/unused.txt", "x")
        #expect(!build(site).upToDate)
        #expect(build(site).upToDate)
        #expect(!build(site, date: CalendarDate(year: 2026, month: 11, day: 27)).upToDate)
        // Someone removed a page from the output: it comes back.
        let page = site.output + "/nl/buurtteams/overvecht/index.html"
        try FileManager.default.removeItem(atPath: page)
        let repaired = build(site, date: CalendarDate(year: 2026, month: 11, day: 27))
        #expect(!repaired.upToDate && FileManager.default.fileExists(atPath: page))
        // A damaged state file is ignored.
        try site.write(".wijkwijzer-cache/site.state", "wijkwijzer-build-state 2\nprogram x\n")
        #expect(!build(site).upToDate)
    }

    @Test func aBuildWithErrorsLeavesNoState() throws {
        let site = try TemporarySite()
        #expect(build(site).succeeded)
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"25:00\"")
        #expect(!build(site).succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/.wijkwijzer-cache/site.state"))
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"25:00\"", with: "start: \"09:30\"")
        #expect(!build(site).upToDate)
        #expect(build(site).upToDate)
    }

    /// A page whose template and context equal the last build's is kept, not rendered: after
    /// an edit, only the pages that show it are written, and the site equals a clean build.
    @Test func pagesThatDidNotChangeAreKeptAndTheSiteEqualsACleanBuild() throws {
        let site = try TemporarySite()
        #expect(build(site).succeeded)
        let state = try #require(BuildState.read(forOutput: site.output))
        let pages = state.files.filter { $0.path.hasSuffix(".html") && $0.path.contains("/") }
        #expect(pages.allSatisfy { state.pages[$0.path] != nil })
        let teamPage = "nl/buurtteams/overvecht/index.html"
        let other = "nl/info/tolk/index.html"
        let otherInode = try #require(BuildState.facts(site.output + "/" + other)).inode
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"09:45\"")
        let edited = build(site)
        #expect(edited.succeeded && !edited.upToDate)
        let written = try #require(edited.report?.written)
        #expect(written > 0 && written < pages.count / 2)
        #expect(String(decoding: try site.readBytes("site/" + teamPage), as: UTF8.self).contains("09:45"))
        // Kept files are the very same files (hard-linked into the new site).
        #expect(BuildState.facts(site.output + "/" + other)?.inode == otherInode)
        let clean = site.root + "/clean"
        #expect(build(site, output: clean, incremental: false).succeeded)
        #expect(snapshot(site.output) == snapshot(clean))

        // A page changed by hand in the output is rendered again, not kept.
        try site.write("site/" + other, "changed by hand")
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:45\"", with: "start: \"09:30\"")
        #expect(build(site).succeeded)
        #expect(String(decoding: try site.readBytes("site/" + other), as: UTF8.self).contains("<!DOCTYPE html>"))

        // A changed template renders every page that uses it again.
        try site.write("templates/info.mustache", EmbeddedResources.files["templates/info.mustache"].map { "<!-- own -->\n" + $0 } ?? "")
        #expect(build(site).succeeded)
        #expect(String(decoding: try site.readBytes("site/" + other), as: UTF8.self).contains("<!-- own -->"))
        #expect(build(site, output: clean, incremental: false).succeeded)
        #expect(snapshot(site.output) == snapshot(clean))
    }

    /// The preview builds in memory and hands each build the last one's files.
    @Test func anInMemoryBuildReusesThePagesOfTheLastOne() throws {
        let site = try TemporarySite()
        // With the sessions and Markdown of the last build, as the preview keeps them (`KeptFromLastBuild`).
        let kept = KeptFromLastBuild.none
        let first = Pipeline.build(root: site.root, buildDate: Self.date, previous: [], kept: kept)
        #expect(first.kept == 0 && !first.files.isEmpty && kept.sessions.count > 0 && kept.markdown.count > 0)
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"09:45\"")
        let second = Pipeline.build(root: site.root, buildDate: Self.date, previous: first.files, kept: kept.next())
        let fresh = Pipeline.build(root: site.root, buildDate: Self.date)
        #expect(second.kept > first.files.count / 2)
        #expect(second.files.map(\.path) == fresh.files.map(\.path))
        #expect(second.files.map(\.bytes) == fresh.files.map(\.bytes))
        #expect(second.files.first { $0.path == "nl/buurtteams/overvecht/index.html" }.map { $0.text.contains("09:45") } == true)
    }

    /// The preview does the same in memory: after an edit of text alone it makes only the pages
    /// that show it, and the files equal a fresh build's, for every Markdown file in turn.
    @Test func anInMemoryBuildAfterAnEditedTextMakesOnlyThePagesThatShowIt() throws {
        let site = try TemporarySite()
        var last = Pipeline.build(root: site.root, buildDate: Self.date, previous: [])
        #expect(last.facts != nil && !last.traced)
        for (number, file) in InputFiles.paths(root: site.root).filter({ $0.hasSuffix(".md") }).enumerated() {
            try site.write(file, try site.read(file) + "\nEen alinea in het geheugen, nummer \(number + 1).\n")
            let next = Pipeline.build(root: site.root, buildDate: Self.date, previous: last.files, facts: last.facts)
            #expect(next.traced, "\(file)")
            let fresh = Pipeline.build(root: site.root, buildDate: Self.date)
            #expect(next.files.map(\.path) == fresh.files.map(\.path), "\(file)")
            #expect(next.files.filter { file in fresh.files.first { $0.path == file.path }?.bytes != file.bytes }.map(\.path) == [], "\(file)")
            last = next
        }
        // Another day is another build.
        let tomorrow = Pipeline.build(root: site.root, buildDate: CalendarDate(year: 2026, month: 11, day: 27), previous: last.files, facts: last.facts)
        #expect(!tomorrow.traced && !tomorrow.files.isEmpty)
    }

    /// The preview's load cache: after each kind of change (a page's text, a team, a translation
    /// table, an error and its repair, a new file, a removed file, a file made a link) the build
    /// with the cache equals a fresh build, files and messages; only changed files are parsed again.
    @Test func theLoadCacheGivesWhatAFreshLoadGives() throws {
        let site = try TemporarySite()
        let cache = LoadCache()
        var last = Pipeline.build(root: site.root, buildDate: Self.date, previous: [], cache: cache)
        let jobs = cache.loaded
        #expect(cache.reused == 0 && jobs > 10)
        func messages(_ result: BuildResult) -> [String] {
            result.diagnostics.all.map { "\($0.code) \($0.location) \($0.message) \($0.hint ?? "")" }
        }
        func step(_ what: String, reparsed: Int, change: () throws -> Void) throws {
            try change()
            let next = Pipeline.build(root: site.root, buildDate: Self.date, previous: last.files, facts: last.facts, cache: cache)
            let fresh = Pipeline.build(root: site.root, buildDate: Self.date)
            #expect(messages(next) == messages(fresh), "\(what)")
            #expect(next.files.map(\.path) == fresh.files.map(\.path), "\(what)")
            #expect(next.files.filter { file in fresh.files.first { $0.path == file.path }?.bytes != file.bytes }.map(\.path) == [], "\(what)")
            #expect(cache.loaded == reparsed, "\(what): \(cache.loaded) parsed, \(cache.reused) from the cache")
            if !next.files.isEmpty { last = next }
        }
        try step("text", reparsed: 1) {
            try site.write("content/pages/tolk/nl.md", try site.read("content/pages/tolk/nl.md") + "\nEen alinea uit de cache.\n")
        }
        try step("team", reparsed: 1) {
            try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"09:45\"")
        }
        try step("translation", reparsed: 1) {
            try site.edit("translations/ar.yaml", replacing: "reviewed: false", with: "reviewed: true")
        }
        let team = try site.read("content/teams/overvecht.yaml")
        try step("error", reparsed: 1) { try site.write("content/teams/overvecht.yaml", team + "\n  - [unclosed\n") }
        try step("repair", reparsed: 1) { try site.write("content/teams/overvecht.yaml", team) }
        try step("nothing", reparsed: 0) {}
        try step("new page", reparsed: 1) {
            try site.write("content/pages/nieuw/nl.md", "---\ntitle: Nieuw\ndescription: Een nieuwe pagina.\n---\nKom langs.\n")
        }
        try step("removed page", reparsed: 0) { try FileManager.default.removeItem(atPath: site.root + "/content/pages/nieuw") }
        // Templates are kept with their parsed texts while no file below templates/ changes.
        let info = "templates/info.mustache"
        try step("template", reparsed: 0) {
            try site.write(info, (EmbeddedResources.files[info] ?? "") + "<p class=\"marker\">{{t.nav.home}}</p>\n")
        }
        #expect(last.files.contains { $0.text.contains("<p class=\"marker\">") })
        try step("template edited", reparsed: 0) {
            try site.write(info, (EmbeddedResources.files[info] ?? "") + "<p class=\"other\">{{t.nav.home}}</p>\n")
        }
        try step("broken template", reparsed: 0) { try site.write(info, "{{#open}}") }
        try step("template removed", reparsed: 0) { try FileManager.default.removeItem(atPath: site.root + "/" + info) }
        #expect(!last.files.contains { $0.text.contains("class=\"other\"") })
        // A link with the same bytes is not taken from the cache: the loader checks where it points.
        try step("link", reparsed: 1) {
            let path = site.root + "/content/teams/overvecht.yaml"
            try FileManager.default.moveItem(atPath: path, toPath: site.root + "/overvecht-elders.yaml")
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: site.root + "/overvecht-elders.yaml")
        }
        #expect(cache.reused == jobs - 1)
    }

    /// `build --template-metrics`: every page renders its template and the layout once; a
    /// rebuild that keeps every page renders nothing.
    @Test func templateMetricsCountEveryRenderAndEveryKeptPage() throws {
        let site = try TemporarySite()
        let metrics = TemplateMetrics()
        let first = SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true, metrics: metrics)
        #expect(first.succeeded)
        let rows = Dictionary(uniqueKeysWithValues: metrics.report.map { ($0.template, $0) })
        let htmlPages = first.paths.filter { $0.hasSuffix(".html") && $0.contains("/") }.count
        #expect(rows["layout"]?.count == htmlPages)
        // One team, two languages.
        #expect(rows["team"]?.count == 2)
        #expect(metrics.report.map(\.total) == metrics.report.map(\.total).sorted(by: >))
        #expect(metrics.kept == 0)
        #expect(metrics.table().contains("layout"))
        try site.write("content/site.yaml", try site.read("content/site.yaml") + "# a comment changes the inputs, not the pages\n")
        let again = TemplateMetrics()
        #expect(SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true, metrics: again).succeeded)
        #expect(again.kept == htmlPages)
        #expect(again.report.isEmpty)
    }

    @Test func contextDigestsIgnoreOrderButNotValues() {
        let one: [String: Any] = ["a": "x", "b": ["c": true, "d": [["e": 1]]] as [String: Any], "f": ["g", "h"]]
        var two: [String: Any] = [:]
        two["f"] = ["g", "h"]
        two["b"] = ["d": [["e": 1]], "c": true] as [String: Any]
        two["a"] = "x"
        #expect(ContextDigest.of(one) != nil && ContextDigest.of(one) == ContextDigest.of(two))
        two["f"] = ["h", "g"]
        #expect(ContextDigest.of(one) != ContextDigest.of(two))
        #expect(ContextDigest.of(["a": "1"]) != ContextDigest.of(["a": 1]))
        #expect(ContextDigest.of(["a": true]) != ContextDigest.of(["a": false]))
        #expect(ContextDigest.of(["a": ["b": "c"]]) != ContextDigest.of(["b": ["a": "c"]]))
        // The same tree in other containers ([Any], [String: String]) has the same digest.
        let rows: [Any] = [["e": 1] as [String: Any]]
        #expect(ContextDigest.of(["d": rows]) == ContextDigest.of(["d": [["e": 1]] as [[String: Any]]]))
        #expect(ContextDigest.of(["b": ["c": "x"] as [String: String]]) == ContextDigest.of(["b": ["c": "x"] as [String: Any]]))
        #expect(ContextDigest.of(["b": ["c": "x"] as [String: String]]) != ContextDigest.of(["b": ["c": "y"] as [String: String]]))
        #expect(ContextDigest.of(["b": ["c": true] as [String: Bool]]) == ContextDigest.of(["b": ["c": true] as [String: Any]]))
        #expect(ContextDigest.of(["b": ["c": true] as [String: Bool]]) != ContextDigest.of(["b": ["c": false] as [String: Bool]]))
        #expect(ContextDigest.of(["f": ["g"] as [Any]]) == ContextDigest.of(["f": ["g"] as [String]]))
        // A value of another kind (a closure) cannot be digested: such a page is always rendered.
        let closure: () -> Void = {}
        #expect(ContextDigest.of(["a": closure]) == nil)
    }

    @Test func theStateRoundTrips() {
        let state = BuildState(
            program: "1-2-3-4", root: "/site", buildDate: "2026-11-26", inputs: Digest(high: 1, low: 0xFFFF_FFFF_FFFF_FFFF), pageCount: 3,
            files: [.init(path: "nl/a b/index.html", inode: 7, size: 12, modified: 99)],
            pages: ["nl/a b/index.html": Digest(high: 5, low: 6), "ar/index.html": Digest(high: 0, low: 1)],
            inputFiles: ["content/pages/a/nl.md": Digest(high: 7, low: 8)], frontMatter: ["content/pages/a/nl.md": Digest(high: 9, low: 1)],
            reads: ["nl/a b/index.html": ["content/pages/a/nl.md", "content/pages/a\tb/ar.md"], "ar/index.html": ["content/home/ar.md"]],
            warnings: [Diagnostic(.warning, "raw-html", at: SourceLocation(file: "a.md", line: 2, column: 3), "tab\there\nnewline \\ slash", hint: nil)])
        #expect(BuildState.decode(state.encoded()) == state)
        // The summary a build with nothing to do reads: files and warnings, none of the details.
        let summary = BuildState.decode(bytes: Array(state.encoded().utf8), details: false)
        #expect(summary?.files == state.files && summary?.warnings == state.warnings && summary?.inputs == state.inputs)
        #expect(summary?.pages == [:] && summary?.inputFiles == [:] && summary?.frontMatter == [:] && summary?.reads == [:])
        #expect(BuildState.decode("wijkwijzer-build-state 2\n") == nil)
        #expect(BuildState.escape("é\tx\\y\nz") == "é\\tx\\\\y\\nz")
        #expect(BuildState.escape("plain – text") == "plain – text")
        // A damaged line makes the whole state unreadable (the build then runs in full).
        let header = state.encoded().split(separator: "\n").prefix(6).joined(separator: "\n") + "\n"
        #expect(BuildState.decode(header + "file 7 12 99 nl/index.html\n")?.files.first?.path == "nl/index.html")
        #expect(BuildState.decode(header + "file 7 x 99 nl/index.html\n") == nil)
        #expect(BuildState.decode(header + "file 99999999999999999999 1 2 a\n") == nil)
        #expect(BuildState.decode(header + "file 7 12 99\n") == nil)
        #expect(BuildState.decode(header + "page 0123 nl/index.html\n") == nil)
        #expect(BuildState.decode(header + "page \(String(repeating: "g", count: 32)) a\n") == nil)
        #expect(BuildState.decode(header + "other line\n") == nil)
        #expect(BuildState.decode(header + "reads nl/index.html\n") == nil)
        #expect(BuildState.decode(header + "input 0123 content/a.md\n") == nil)
        let digest = Digest(high: 0x0123_4567_89AB_CDEF, low: 42)
        #expect(Digest(hex: Array(digest.description.utf8)) == digest)
        #expect(Digest(hex: Array(digest.description.uppercased().utf8)) == digest)
        var hasher = DigestHasher()
        hasher.add("ab")
        hasher.add("c")
        var other = DigestHasher()
        other.add("a")
        other.add("bc")
        #expect(hasher.finish() != other.finish())
    }

    /// The paths whose files differ (or are in one folder only).
    func differences(_ one: [String: Data], _ other: [String: Data]) -> [String] {
        Set(one.keys).union(other.keys).filter { one[$0] != other[$0] }.sorted()
    }
}
