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
             expected: Diagnostic(.error, "duplicate-id", at: SourceLocation(file: "content/site.yaml", line: 14, column: 5),
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
             expected: Diagnostic(.error, "broken-link", at: SourceLocation(file: "content/pages/eerste-bezoek/ar.md", line: 14, column: 60),
                                  "the link 'team:zuilen' points to a team that does not exist",
                                  hint: "known teams: overvecht")),
    ]

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
