// The translators' workflow: status, stale pages and stamping, CSV and PO export and import.

import Foundation
import Testing
@testable import Wijkwijzer

/// A copy of the whole repository's content and translations (the real site).
final class RepositoryCopy {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "wijkwijzer-repo-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in ["content", "translations"] {
            try FileManager.default.copyItem(atPath: Repository.path(folder), toPath: root + "/" + folder)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func read(_ relative: String) throws -> String { try String(contentsOfFile: root + "/" + relative, encoding: .utf8) }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: root + "/" + relative, atomically: false, encoding: .utf8)
    }
}

@Suite struct TranslatorWorkflowTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    @Test(arguments: ["nl-simple", "tr", "ar", "pl"], ExchangeFormat.allCases)
    func exportAndImportRoundTripWithoutLoss(_ language: String, _ format: ExchangeFormat) throws {
        let copy = try RepositoryCopy()
        let before = try copy.read("translations/\(language).yaml")
        try copy.write("export.\(format.rawValue)", try TranslatorWorkflow.export(root: copy.root, languageID: language, format: format))
        try TranslatorWorkflow.importFile(root: copy.root, languageID: language, path: copy.root + "/export.\(format.rawValue)", format: nil)
        #expect(try copy.read("translations/\(language).yaml") == before)
    }

    @Test func importedTranslationsAndReviewsLand() throws {
        let copy = try RepositoryCopy()
        var csv = try TranslatorWorkflow.export(root: copy.root, languageID: "tr", format: .csv)
        csv = csv.replacingOccurrences(
            of: "\"team.call\",\"Bel het buurtteam\",\"Buurtteam'i arayın\",\"unreviewed\"",
            with: "\"team.call\",\"Bel het buurtteam\",\"Buurtteam'i hemen arayın, \"\"lütfen\"\"\",\"reviewed\"")
        try copy.write("tr.csv", csv)
        let table = try TranslatorWorkflow.importFile(root: copy.root, languageID: "tr", path: copy.root + "/tr.csv", format: .csv)
        #expect(table.entries["team.call"]?.text == "Buurtteam'i hemen arayın, \"lütfen\"")
        #expect(table.entries["team.call"]?.reviewed == true)
        #expect(try copy.read("translations/tr.yaml").contains("  team.call:\n    text: \"Buurtteam'i hemen arayın, \\\"lütfen\\\"\"\n    reviewed: true\n"))
    }

    @Test func importRefusesABrokenPlaceholderAndWritesNothing() throws {
        let copy = try RepositoryCopy()
        let before = try copy.read("translations/pl.yaml")
        var csv = try TranslatorWorkflow.export(root: copy.root, languageID: "pl", format: .csv)
        csv = csv.replacingOccurrences(of: "zadzwoń pod numer {phone}.", with: "zadzwoń pod numer {telefon}.")
        #expect(csv.contains("{telefon}"))
        try copy.write("pl.csv", csv)
        #expect {
            try TranslatorWorkflow.importFile(root: copy.root, languageID: "pl", path: copy.root + "/pl.csv", format: nil)
        } throws: { error in
            guard case .rejected(let problems) = error as? TranslatorWorkflow.Failure else { return false }
            return problems.contains { $0.code == "placeholder-mismatch" && $0.location.file.hasSuffix("pl.csv") && $0.location.line > 1 }
        }
        #expect(try copy.read("translations/pl.yaml") == before)
    }

    @Test func importRefusesAMissingPluralForm() throws {
        let copy = try RepositoryCopy()
        var po = try TranslatorWorkflow.export(root: copy.root, languageID: "pl", format: .po)
        po = po.replacingOccurrences(of: "msgstr[1] \"Utrecht ma {count} zespoły buurtteam.\"", with: "msgstr[1] \"\"")
        try copy.write("pl.po", po)
        #expect(throws: TranslatorWorkflow.Failure.self) {
            try TranslatorWorkflow.importFile(root: copy.root, languageID: "pl", path: copy.root + "/pl.po", format: nil)
        }
    }

    @Test func aChangedSourceMakesItsTranslationsStaleUntilStamped() throws {
        let copy = try RepositoryCopy()
        let (fresh, _, _) = TranslatorWorkflow.status(root: copy.root, buildDate: Self.date)
        #expect(fresh?.rows.allSatisfy { $0.pagesStale == 0 && $0.pagesUnstamped == 0 } == true)

        let source = try copy.read("content/pages/tolk/nl.md")
        try copy.write("content/pages/tolk/nl.md", source + "\nEen nieuwe zin.\n")
        let (stale, diagnostics, _) = TranslatorWorkflow.status(root: copy.root, buildDate: Self.date)
        #expect(stale?.rows.first { $0.language == "tr" }?.pagesStale == 1)
        #expect(stale?.hasGaps == true)
        let warning = try #require(diagnostics.all.first { $0.code == "stale-translation" && $0.location.file == "content/pages/tolk/tr.md" })
        #expect(warning.location.line == 4)

        let result = Pipeline.build(root: copy.root, buildDate: Self.date)
        let page = try #require(result.files.first { $0.path == "tr/info/tolk/index.html" })
        #expect(page.text.contains("class=\"notice notice-stale\""))
        #expect(page.text.contains("href=\"../../../nl/info/tolk/\""))

        let changed = try TranslatorWorkflow.stamp(root: copy.root, files: ["content/pages/tolk/tr.md"], all: false)
        #expect(changed == ["content/pages/tolk/tr.md"])
        let (after, _, _) = TranslatorWorkflow.status(root: copy.root, buildDate: Self.date)
        #expect(after?.rows.first { $0.language == "tr" }?.pagesStale == 0)
        #expect(after?.rows.first { $0.language == "ar" }?.pagesStale == 1)
    }

    @Test func statusTableFitsOneScreen() throws {
        let (status, _, _) = TranslatorWorkflow.status(root: Repository.root, buildDate: Self.date)
        let table = try #require(status?.table)
        let lines = table.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.count < 110 })
        #expect(status?.hasGaps == false)
    }

    @Test func gettextPluralFormsFollowTheCLDRRules() throws {
        let site = try #require(SiteLoader(root: Repository.root).load().site)
        // Checked by compiling it with gcc and comparing n = 0…20000 with the CLDR rules.
        #expect(site.pluralRules["pl"]?.gettextExpression
            == "((n == 1)) ? 0 : ((n % 10 >= 2 && n % 10 <= 4) && !(n % 100 >= 12 && n % 100 <= 14)) ? 1 : "
            + "((!(n == 1) && (n % 10 >= 0 && n % 10 <= 1)) || ((n % 10 >= 5 && n % 10 <= 9)) || ((n % 100 >= 12 && n % 100 <= 14))) ? 2 : 3")
        #expect(site.pluralRules["nl"]?.gettextExpression == "((n == 1)) ? 0 : 1")
    }
}
