// `wijkwijzer new`: the files it makes pass `check` once their blanks are filled, and it never overwrites.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct ScaffoldTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    func check(_ site: TemporarySite) -> [Diagnostic] {
        Pipeline.prepare(root: site.root, buildDate: Self.date).1.sorted
    }

    /// Removes "# " before the commented example fields (a lower-case name or a list dash after
    /// it), as a maintainer does to use them; explanations start with a capital and stay comments.
    static func uncommentFields(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("# ") else { return String(line) }
            let rest = line.dropFirst(2).drop { $0 == " " }
            let isField = rest.first.map { $0.isLowercase || $0 == "-" } ?? false
            return isField ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
    }

    @Test func aNewTeamPassesCheckOnceItsBlanksAreFilled() throws {
        let site = try TemporarySite()
        let baseline = check(site)
        try Scaffold.write(try Scaffold.team(id: "overvecht-zuid", root: site.root), root: site.root)
        let file = "content/teams/overvecht-zuid.yaml"
        let text = try site.read(file)
        #expect(text.contains("# Known wijken: overvecht\n"))
        #expect(text.contains("# Known locations: overvecht-kantoor, wijkcentrum-de-dreef\n"))
        // As written, check names every blank, each as a whole diagnostic.
        let before = check(site).filter { $0.location.file == file }
        #expect(before.filter { $0.code == "unfilled" }.count == 10)
        #expect(before.contains(Diagnostic(
            .warning, "unfilled", at: SourceLocation(file: file, line: 11, column: 7),
            "'FILL IN' is still here: this part of a new file is not filled in yet",
            hint: "replace FILL IN with the real text (the comment above it says what belongs there)")))
        #expect(before.contains { $0.code == "unknown-reference" && $0.location.line == 11 })
        // The maintainer fills the blanks and uses every optional line.
        let filled = Self.uncommentFields(text)
            .replacingOccurrences(of: "wijk: FILL IN", with: "wijk: overvecht")
            .replacingOccurrences(of: "  - FILL IN", with: "  - Neckardreef e.o.")
            .replacingOccurrences(of: "postcodes: [FILL IN]", with: "postcodes: [3562]")
            .replacingOccurrences(of: "postcode_ranges: [3521 AA-3521 CZ]", with: "postcode_ranges: [3562 AA-3562 KZ]")
            .replacingOccurrences(of: "office: FILL IN", with: "office: overvecht-kantoor")
            .replacingOccurrences(of: "phone: \"FILL IN\"", with: "phone: \"+31 30 099 1301\"")
            .replacingOccurrences(of: "checked: FILL IN", with: "checked: 2026-11-02")
            .replacingOccurrences(of: "day: FILL IN", with: "day: friday")
            .replacingOccurrences(of: "start: \"FILL IN\"", with: "start: \"13:00\"")
            .replacingOccurrences(of: "end: \"FILL IN\"", with: "end: \"15:00\"")
            .replacingOccurrences(of: "location: FILL IN", with: "location: wijkcentrum-de-dreef")
        #expect(!filled.split(separator: "\n").contains { $0.contains("FILL IN") && !$0.hasPrefix("#") })
        #expect(filled.contains("\n  closures:\n    - date: 2026-12-25\n"))
        try site.write(file, filled)
        let after = check(site)
        #expect(after == baseline, "\(after.filter { !baseline.contains($0) })")
        let team = try #require(site.build().files.first { $0.path == "nl/buurtteams/overvecht-zuid/index.html" })
        #expect(team.text.contains("Buurtteam Overvecht-Zuid"))
    }

    @Test func aNewPagePassesCheckOnceItsBlanksAreFilled() throws {
        let site = try TemporarySite()
        let baseline = check(site)
        try Scaffold.write(try Scaffold.page(slug: "geld", root: site.root), root: site.root)
        let file = "content/pages/geld/nl.md"
        #expect(check(site).filter { $0.location.file == file }.map(\.code) == Array(repeating: "unfilled", count: 8))
        #expect(try site.read(file).contains("[deze pagina](page:geld), [een buurtteam](team:overvecht), [een wijk](wijk:overvecht)"))
        try site.write(file, try site.read(file).replacingOccurrences(of: "FILL IN", with: "Geld"))
        let after = check(site)
        #expect(after == baseline, "\(after.filter { !baseline.contains($0) })")
        let page = try #require(site.build().files.first { $0.path == "nl/info/geld/index.html" })
        #expect(page.text.contains("<title>Geld"))
    }

    @Test func aNewLanguagePassesCheckOnceTranslatedAndAddedToTheConfig() throws {
        let site = try TemporarySite()
        let baseline = check(site)
        let result = try Scaffold.language(id: "pl", root: site.root)
        try Scaffold.write(result, root: site.root)
        let table = try site.read("translations/pl.yaml")
        #expect(table.contains("language: pl\n"))
        #expect(table.contains("  site.title:\n    # nl: \"Buurtteams Utrecht\"\n    text: \"FILL IN\"\n    reviewed: false\n"))
        // Polish needs four plural forms; the Dutch table has two.
        #expect(table.contains("    one: \"FILL IN\"\n    few: \"FILL IN\"\n    many: \"FILL IN\"\n    other: \"FILL IN\"\n"))
        // A translator fills every blank (here: with the Dutch text above it, placeholders kept).
        var translated: [String] = []
        var source = ""
        for line in table.split(separator: "\n", omittingEmptySubsequences: false) {
            if let range = line.range(of: "# nl: ") ?? line.range(of: "# nl other: ") { source = String(line[range.upperBound...]) }
            translated.append(line.replacingOccurrences(of: "\"FILL IN\"", with: source))
        }
        try site.write("translations/pl.yaml", translated.joined(separator: "\n"))
        // The block printed for site.yaml, pasted at the end of the languages list and filled in.
        let block = try #require(result.instructions.components(separatedBy: "\n\n").last)
        #expect(block.contains("  - id: pl"))
        try site.write("content/site.yaml", try site.read("content/site.yaml") + block.replacingOccurrences(of: "FILL IN", with: "Polski"))
        let after = check(site)
        #expect(after == baseline, "\(after.filter { !baseline.contains($0) })")
        #expect(site.build().files.contains { $0.path == "pl/index.html" })
    }

    @Test func neverOverwritesAFileAndRefusesBadIDs() throws {
        let site = try TemporarySite()
        let before = try site.read("content/pages/tolk/nl.md")
        let result = try Scaffold.page(slug: "tolk", root: site.root)
        #expect(throws: Scaffold.Failure.exists("content/pages/tolk/nl.md")) { try Scaffold.write(result, root: site.root) }
        #expect(try site.read("content/pages/tolk/nl.md") == before)
        #expect(throws: Scaffold.Failure.badID("Nieuw Team", kind: "team")) { try Scaffold.team(id: "Nieuw Team", root: site.root) }
        #expect(throws: Scaffold.Failure.badID("../x", kind: "page")) { try Scaffold.page(slug: "../x", root: site.root) }
    }
}
