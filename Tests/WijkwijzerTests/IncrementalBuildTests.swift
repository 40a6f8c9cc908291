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

    @Test func theStateRoundTrips() {
        let state = BuildState(
            program: "1-2-3-4", root: "/site", buildDate: "2026-11-26", inputs: Digest(high: 1, low: 0xFFFF_FFFF_FFFF_FFFF), pageCount: 3,
            files: [.init(path: "nl/a b/index.html", inode: 7, size: 12, modified: 99)],
            warnings: [Diagnostic(.warning, "raw-html", at: SourceLocation(file: "a.md", line: 2, column: 3), "tab\there\nnewline \\ slash", hint: nil)])
        #expect(BuildState.decode(state.encoded()) == state)
        #expect(BuildState.decode("wijkwijzer-build-state 1\n") == nil)
        var hasher = DigestHasher()
        hasher.add("ab")
        hasher.add("c")
        var other = DigestHasher()
        other.add("a")
        other.add("bc")
        #expect(hasher.finish() != other.finish())
    }
}
