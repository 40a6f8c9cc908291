// Warnings about schedules: each one asserted as a whole diagnostic; the site still builds.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct ScheduleCheckTests {
    static let team = "content/teams/overvecht.yaml"
    static let event = "content/events/informatieavond.yaml"

    func warnings(_ site: TemporarySite) -> [Diagnostic] {
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        return result.diagnostics.all.filter { $0.severity == .warning && $0.code != "raw-html" }
    }

    @Test func theFixtureHasNoScheduleWarnings() throws {
        #expect(warnings(try TemporarySite()).isEmpty)
    }

    @Test func closureOnADayWithoutSession() throws {
        let site = try TemporarySite()
        try site.edit(Self.team, replacing: "date: 2026-12-08", with: "date: 2026-12-07")
        #expect(warnings(site) == [Diagnostic(
            .warning, "closure-without-session", at: SourceLocation(file: Self.team, line: 51, column: 7),
            "this closure cancels no walk-in session: the team has none on 2026-12-07 (a monday)",
            hint: "list only days with a walk-in session; check the date, or remove the closure")])
    }

    @Test func sessionWhoseValidityHasNoSuchWeekday() throws {
        let site = try TemporarySite()
        try site.edit(Self.team, replacing: "from: 2027-01-06", with: "from: 2027-06-24")
        try site.edit(Self.team, replacing: "until: 2027-06-30", with: "until: 2027-06-29")
        #expect(warnings(site) == [Diagnostic(
            .warning, "session-outside-validity", at: SourceLocation(file: Self.team, line: 44, column: 13),
            "this session is on wednesday, but there is no wednesday from 2027-06-24 until 2027-06-29",
            hint: "check 'day:', 'from:' and 'until:'")])
    }

    @Test func sessionThatHasEndedIsReportedAndNoLongerShown() throws {
        let site = try TemporarySite()
        try site.edit(Self.team, replacing: "from: 2027-01-06", with: "from: 2026-01-07")
        try site.edit(Self.team, replacing: "until: 2027-06-30", with: "until: 2026-06-30")
        #expect(warnings(site) == [Diagnostic(
            .warning, "session-outside-validity", at: SourceLocation(file: Self.team, line: 45, column: 14),
            "this session ended on 2026-06-30, before the build date 2026-11-26, so it is no longer shown",
            hint: "remove the session, or correct 'until:'")])
        let files = site.build().files
        let page = try #require(files.first { $0.path == "nl/buurtteams/overvecht/index.html" })
        #expect(!page.text.contains("data-day=\"wednesday\""))
        #expect(!files.contains { $0.path == "nl/inloop/ber/index.html" }, "no current session speaks ber any more")
        let calendar = try #require(files.first { $0.path == "nl/buurtteams/overvecht/inloop.ics" })
        #expect(!calendar.text.contains("BYDAY=WE"))
    }

    @Test func eventInThePastIsReportedAndNoLongerShown() throws {
        let site = try TemporarySite()
        try site.edit(Self.event, replacing: "date: 2026-12-15", with: "date: 2026-11-20")
        #expect(warnings(site) == [Diagnostic(
            .warning, "past-event", at: SourceLocation(file: Self.event, line: 2, column: 7),
            "this event was on 2026-11-20, before the build date 2026-11-26, so it is no longer shown",
            hint: "remove \(Self.event), or correct the date")])
        let calendar = try #require(site.build().files.first { $0.path == "nl/wijken/overvecht/inloop.ics" })
        #expect(!calendar.text.contains("bijeenkomst-informatieavond"))
        #expect(calendar.text.contains("bijeenkomst-koffieochtend"))
    }

    @Test func placeWithoutCoordinates() throws {
        let site = try TemporarySite()
        try site.edit("content/locations/wijkcentrum-de-dreef.yaml", replacing: "coordinates: [52.1160, 5.1120]\n", with: "")
        #expect(warnings(site) == [Diagnostic(
            .warning, "missing-coordinates", at: SourceLocation(file: "content/locations/wijkcentrum-de-dreef.yaml"),
            "the location 'wijkcentrum-de-dreef' has no coordinates, so its map link is only an address search",
            hint: "add coordinates: [latitude, longitude], e.g. coordinates: [52.1148, 5.1105] (openstreetmap.org shows them)")])
    }

    /// Two sessions at one place and time overlap only when their validity periods meet.
    @Test(arguments: [("2027-01-05", false), ("2027-01-06", true)])
    func overlapsRespectValidity(_ until: String, _ overlaps: Bool) throws {
        let site = try TemporarySite()
        try site.edit(Self.team, replacing: "  closures:\n", with: """
                - day: wednesday
                  start: "11:00"
                  end: "12:30"
                  location: wijkcentrum-de-dreef
                  languages: [nl]
                  until: \(until)
              closures:

            """)
        let found = warnings(site)
        if overlaps {
            #expect(found == [Diagnostic(
                .warning, "overlapping-sessions", at: SourceLocation(file: Self.team, line: 46, column: 7),
                "this session overlaps the one of overvecht on wednesday 10:00–12:00 at 'wijkcentrum-de-dreef'",
                hint: "merge the two sessions, or correct the times")])
        } else {
            #expect(found.isEmpty)
        }
    }
}
