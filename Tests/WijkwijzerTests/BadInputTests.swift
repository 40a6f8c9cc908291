// One broken file per kind of mistake: the exact diagnostic, and the output folder left as it was.
// The larger corpus of bad and hostile files is in Tests/Fixtures/ (CorpusTests).

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var old: String
        var new: String
        var expected: Diagnostic
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "malformed YAML", file: "content/teams/overvecht.yaml",
             old: "wijk: overvecht\n", new: "wijk: overvecht\n  - oops: [\n",
             expected: Diagnostic(.error, "yaml-syntax", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 3, column: 9),
                                  "this is not valid YAML: mapping values are not allowed in this context",
                                  hint: "a value that contains ': ' must be in quotes, e.g. title: \"Tijd: 9 uur\"")),
        Case(name: "missing required field", file: "content/teams/overvecht.yaml",
             old: "name: Buurtteam Overvecht\n", new: "",
             expected: Diagnostic(.error, "missing-field", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 1, column: 1),
                                  "this team has no 'name'", hint: "add a line 'name: …'")),
        Case(name: "unknown wijk", file: "content/teams/overvecht.yaml",
             old: "wijk: overvecht", new: "wijk: overvect",
             expected: Diagnostic(.error, "unknown-reference", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 2, column: 7),
                                  "there is no wijk 'overvect'", hint: "did you mean 'overvecht'?")),
        Case(name: "unknown location", file: "content/teams/overvecht.yaml",
             old: "location: wijkcentrum-de-dreef", new: "location: wijkcentrum-dreef",
             expected: Diagnostic(.error, "unknown-reference", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 36, column: 17),
                                  "there is no location 'wijkcentrum-dreef'",
                                  hint: "did you mean 'wijkcentrum-de-dreef'? (locations are the files in content/locations/)")),
        Case(name: "unknown language code", file: "content/teams/overvecht.yaml",
             old: "languages: [nl, so]", new: "languages: [nl, sx]",
             expected: Diagnostic(.error, "unknown-language", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 37, column: 23),
                                  "'sx' is not a known language code", hint: "did you mean 'so'?")),
        Case(name: "hour 25", file: "content/teams/overvecht.yaml",
             old: "start: \"13:30\"", new: "start: \"25:00\"",
             expected: Diagnostic(.error, "bad-time", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 34, column: 14),
                                  "'25:00' is not a time of day", hint: "write the time on the 24-hour clock as HH:MM, in quotes, e.g. start: \"09:30\"")),
        Case(name: "end before start", file: "content/teams/overvecht.yaml",
             old: "end: \"15:00\"", new: "end: \"12:00\"",
             expected: Diagnostic(.error, "bad-time", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 35, column: 12),
                                  "this session ends (12:00) before it starts (13:30)",
                                  hint: "check the times; use the 24-hour clock, e.g. \"13:30\" for half past one in the afternoon")),
        Case(name: "duplicate language id", file: "content/site.yaml",
             old: "  - id: ar\n", new: "  - id: nl\n",
             expected: Diagnostic(.error, "duplicate-id", at: SourceLocation(file: "content/site.yaml", line: 19, column: 5),
                                  "the language 'nl' is listed twice")),
        Case(name: "front matter names an unknown language", file: "content/pages/tolk/nl.md",
             old: "title: Een gratis tolk\n", new: "title: Een gratis tolk\nlanguage: fr\n",
             expected: Diagnostic(.error, "unknown-language", at: SourceLocation(file: "content/pages/tolk/nl.md", line: 3, column: 11),
                                  "'fr' is not a language of this site",
                                  hint: "the file name gives the language; remove the 'language:' line or make it 'nl'")),
        Case(name: "link to a page that does not exist", file: "content/pages/tolk/nl.md",
             old: "[bel ons](tel:+31300991201)", new: "[lees dit](page:eerste-bezoeken)",
             expected: Diagnostic(.error, "broken-link", at: SourceLocation(file: "content/pages/tolk/nl.md", line: 5, column: 44),
                                  "the link 'page:eerste-bezoeken' points to a page that does not exist",
                                  hint: "did you mean 'eerste-bezoek'?")),
        Case(name: "link to a team that does not exist", file: "content/pages/eerste-bezoek/ar.md",
             old: "(team:overvecht)", new: "(team:zuilen)",
             expected: Diagnostic(.error, "broken-link", at: SourceLocation(file: "content/pages/eerste-bezoek/ar.md", line: 15, column: 60),
                                  "the link 'team:zuilen' points to a team that does not exist",
                                  hint: "known teams: overvecht")),
        Case(name: "javascript link", file: "content/pages/tolk/nl.md",
             old: "(tel:+31300991201)", new: "(JaVaScRiPt:alert(1))",
             expected: Diagnostic(.error, "unsafe-link", at: SourceLocation(file: "content/pages/tolk/nl.md", line: 5, column: 44),
                                  "links with 'javascript:' are not allowed",
                                  hint: "use https:, mailto:, tel:, or page:/team:/wijk: for pages of this site")),
        Case(name: "closure with an unknown reason", file: "content/teams/overvecht.yaml",
             old: "reason: team-day", new: "reason: teamday",
             expected: Diagnostic(.error, "bad-value", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 52, column: 15),
                                  "'teamday' is not one of: holiday, team-day, training, other", hint: "did you mean 'team-day'?")),
        Case(name: "closure that ends before it starts", file: "content/teams/overvecht.yaml",
             old: "until: 2026-12-26", new: "until: 2026-12-20",
             expected: Diagnostic(.error, "bad-date", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 48, column: 14),
                                  "this closure ends (2026-12-20) before it starts (2026-12-24)",
                                  hint: "'from:' is the first day closed, 'until:' the last")),
        Case(name: "closure without a date", file: "content/teams/overvecht.yaml",
             old: "    - date: 2026-12-08\n      reason: team-day", new: "    - reason: team-day\n      note: dicht",
             expected: Diagnostic(.error, "missing-field", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 51, column: 7),
                                  "a closure needs either 'date:' or both 'from:' and 'until:'",
                                  hint: "one day: date: 2026-12-25; several days: from: 2026-12-24 and until: 2026-12-26")),
        Case(name: "session that stops before it begins", file: "content/teams/overvecht.yaml",
             old: "until: 2027-06-30", new: "until: 2026-06-30",
             expected: Diagnostic(.error, "bad-date", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 45, column: 14),
                                  "this session stops (2026-06-30) before it begins (2027-01-06)",
                                  hint: "'from:' is the first day the session is held, 'until:' the last")),
        Case(name: "postcode range that is not a range", file: "content/teams/overvecht.yaml",
             old: "postcodes: [3561, 3562]\n", new: "postcodes: [3561, 3562]\npostcode_ranges: [3561 AA-3562 ZZ]\n",
             expected: Diagnostic(.error, "bad-postcode", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 7, column: 19),
                                  "'3561 AA-3562 ZZ' is not a range of postcodes",
                                  hint: "write the first and the last postcode of one four-digit area, e.g. 3521 AA-3521 HZ")),
        Case(name: "postcode range outside the team's postcodes", file: "content/teams/overvecht.yaml",
             old: "postcodes: [3561, 3562]\n", new: "postcodes: [3561, 3562]\npostcode_ranges: [3563 AA-3563 ZZ]\n",
             expected: Diagnostic(.error, "unknown-reference", at: SourceLocation(file: "content/teams/overvecht.yaml", line: 7, column: 19),
                                  "the range 3563 AA-3563 ZZ is not in one of this team's postcodes", hint: "add 3563 to 'postcodes:' too")),
        Case(name: "event that ends before it starts", file: "content/events/informatieavond.yaml",
             old: "end: \"20:30\"", new: "end: \"18:00\"",
             expected: Diagnostic(.error, "bad-time", at: SourceLocation(file: "content/events/informatieavond.yaml", line: 4, column: 6),
                                  "this event ends (18:00) before it starts (19:00)",
                                  hint: "check the times; use the 24-hour clock, e.g. \"19:30\" for half past seven in the evening")),
        Case(name: "event in an unknown wijk", file: "content/events/informatieavond.yaml",
             old: "wijk: overvecht", new: "wijk: overvect",
             expected: Diagnostic(.error, "unknown-reference", at: SourceLocation(file: "content/events/informatieavond.yaml", line: 1, column: 7),
                                  "there is no wijk 'overvect'", hint: "did you mean 'overvecht'?")),
        Case(name: "event at an unknown location", file: "content/events/informatieavond.yaml",
             old: "location: wijkcentrum-de-dreef", new: "location: wijkcentrum-dreef",
             expected: Diagnostic(.error, "unknown-reference", at: SourceLocation(file: "content/events/informatieavond.yaml", line: 5, column: 11),
                                  "there is no location 'wijkcentrum-dreef'",
                                  hint: "did you mean 'wijkcentrum-de-dreef'? (locations are the files in content/locations/)")),
        Case(name: "event in an unknown spoken language", file: "content/events/informatieavond.yaml",
             old: "languages: [nl, ar, so]", new: "languages: [nl, ar, sx]",
             expected: Diagnostic(.error, "unknown-language", at: SourceLocation(file: "content/events/informatieavond.yaml", line: 6, column: 21),
                                  "'sx' is not a known language code", hint: "did you mean 'so'?")),
        Case(name: "event title in a language the site does not have", file: "content/events/informatieavond.yaml",
             old: "  ar: ", new: "  arr: ",
             expected: Diagnostic(.error, "unknown-language", at: SourceLocation(file: "content/events/informatieavond.yaml", line: 9, column: 3),
                                  "'arr' is not a language of this site", hint: "did you mean 'ar'?")),
        Case(name: "event without a title in the source language", file: "content/events/informatieavond.yaml",
             old: "  nl: Informatieavond over het buurtteam\n", new: "",
             expected: Diagnostic(.error, "missing-field", at: SourceLocation(file: "content/events/informatieavond.yaml", line: 8, column: 3),
                                  "this event has no title in nl", hint: "every title starts in nl: add 'nl: …' under title:")),
        Case(name: "story without consent", file: story,
             old: "consent:\n  date: 2026-09-20\n  names_changed: true\n", new: "",
             expected: Diagnostic(.error, "missing-consent", at: SourceLocation(file: story, line: 2, column: 1),
                                  "this story has no consent record",
                                  hint: "publish a story only with the person's permission; add consent: with 'date: YYYY-MM-DD'"
                                      + " (the day the person agreed) and 'names_changed: true' below it")),
        Case(name: "story about an unknown team", file: story,
             old: "team: overvecht", new: "team: overvecth",
             expected: Diagnostic(.error, "unknown-reference", at: SourceLocation(file: story, line: 4, column: 7),
                                  "there is no team 'overvecth'", hint: "did you mean 'overvecht'?")),
        Case(name: "phone number in a story", file: story,
             old: "\"Nu weet ik wat ik moet doen,\" zegt Karim.", new: "Bel Karim op 06 1234 5678.",
             expected: Diagnostic(.error, "personal-data", at: SourceLocation(file: story, line: 17, column: 14),
                                  "this looks like a phone number: '06 1234 5678'",
                                  hint: "stories must not contain personal data: remove the number (a reader finds the team's number"
                                      + " on its page; link to it with [the team](team:<id>))")),
    ]

    static let story = "content/stories/uitleg-over-een-brief/nl.md"

    @Test(arguments: cases)
    func reportsTheMistakeAndLeavesTheSiteAlone(_ test: Case) throws {
        let site = try TemporarySite()
        let first = site.buildAndWrite()
        #expect(first.succeeded, "the fixture itself must build: \(first.result.diagnostics.sorted)")
        let before = snapshot(site.output)
        #expect(!before.isEmpty)

        try site.edit(test.file, replacing: test.old, with: test.new)
        let outcome = site.buildAndWrite()

        #expect(!outcome.succeeded)
        #expect(outcome.result.diagnostics.all.contains(test.expected),
                "expected \(test.expected), got \(outcome.result.diagnostics.sorted)")
        #expect(snapshot(site.output) == before, "the output folder changed after a failed build")
    }

    @Test func reportsEveryMistakeInOneRun() throws {
        let site = try TemporarySite()
        try site.edit("content/teams/overvecht.yaml", replacing: "wijk: overvecht", with: "wijk: nergens")
        try site.edit("content/teams/overvecht.yaml", replacing: "end: \"15:00\"", with: "end: \"25:00\"")
        try site.edit("content/pages/tolk/nl.md", replacing: "(tel:+31300991201)", with: "(page:nergens)")
        let codes = site.build().diagnostics.all.filter { $0.severity == .error }.map(\.code).sorted()
        #expect(codes == ["bad-time", "broken-link", "unknown-reference"])
    }

    @Test func pageFileNamedAfterAnUnknownLanguage() throws {
        let site = try TemporarySite()
        try site.write("content/pages/tolk/fr.md", "---\ntitle: Interprète\n---\nBonjour.\n")
        let diagnostic = try #require(site.build().diagnostics.all.first { $0.code == "unknown-language" })
        #expect(diagnostic.location == SourceLocation(file: "content/pages/tolk/fr.md"))
        #expect(diagnostic.message == "'fr' is not a language of this site")
    }
}
