// The translation tables kept from one build for the next (`TableStore`): a table read back is the
// table as parsed, a changed or broken file is parsed again, and the site equals a clean build.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct TableStoreTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    func build(_ site: TemporarySite) -> SiteBuildOutcome {
        SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true)
    }

    /// Every field of every entry, in key order: what a table is to the rest of the build.
    func fields(_ table: TranslationTable) -> [String] {
        [table.languageID, table.file] + table.entries.sorted { $0.key < $1.key }.map { key, entry in
            let forms = entry.pluralForms.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|")
            return "\(key) \(entry.key) \(entry.text ?? "<none>") \(forms) \(entry.reviewed) \(entry.location)"
        }
    }

    @Test func aTableReadBackIsTheTableAsParsedForEveryTableOfTheSite() throws {
        let store = TableStore()
        for language in ["nl", "nl-simple", "ar", "tr", "pl"] {
            let file = "translations/\(language).yaml"
            let result = LoadJob.table(file, language: language).run(root: Repository.root, languageIDs: [])
            store.store(file: file, languageID: language, result)
        }
        #expect(store.count == 5)
        let read = try #require(TableStore.decode(CacheReader(store.encodedBody()[...])))
        #expect(read.count == 5)
        for language in ["nl", "nl-simple", "ar", "tr", "pl"] {
            let file = "translations/\(language).yaml"
            let parsed = LoadJob.table(file, language: language).run(root: Repository.root, languageIDs: [])
            guard case .table(let table) = parsed.loaded, let stored = read[file] else {
                Issue.record("\(file) did not load")
                continue
            }
            #expect(fields(stored.table) == fields(table), "\(file)")
            #expect(stored.table.entries.values.contains { !$0.pluralForms.isEmpty } || language != "nl", "\(file)")
            // Taken from the store, with the text it was parsed from, for quoting in diagnostics.
            let taken = TableStore { read }.result(root: Repository.root, file: file, languageID: language)
            #expect(taken?.texts == parsed.texts && taken?.diagnostics.all.isEmpty == true, "\(file)")
            #expect(TableStore { read }.result(root: Repository.root, file: file, languageID: "de") == nil)
        }
        // A table read with a message is not kept: the next build parses it and reports it again.
        let site = try TemporarySite()
        try site.write("translations/ar.yaml", try site.read("translations/ar.yaml") + "extra: 1\n")
        let broken = LoadJob.table("translations/ar.yaml", language: "ar").run(root: site.root, languageIDs: [])
        #expect(!broken.diagnostics.all.isEmpty)
        let other = TableStore()
        other.store(file: "translations/ar.yaml", languageID: "ar", broken)
        #expect(other.count == 0)
    }

    @Test func aRebuildTakesTheTablesThatDidNotChangeAndEqualsACleanBuild() throws {
        let site = try TemporarySite()
        #expect(build(site).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root + "/.wijkwijzer-cache/site.tables"))

        // A translated text changed: that table is parsed again, the other taken.
        try site.edit("translations/ar.yaml", replacing: "  session.languages:\n    text: \"", with: "  session.languages:\n    text: \"X ")
        #expect(build(site).succeeded)
        expectEqualsACleanBuild(site, date: Self.date, "translation")
        #expect(String(decoding: try site.readBytes("site/ar/index.html"), as: UTF8.self).contains("X اللغات"))

        // A table with an error: reported, however the last build read it.
        try site.write("translations/ar.yaml", try site.read("translations/ar.yaml") + "extra: 1\n")
        let broken = build(site)
        #expect(!broken.succeeded)
        #expect(broken.result.diagnostics.all.contains { $0.code == "unknown-field" && $0.location.file == "translations/ar.yaml" })
        try site.edit("translations/ar.yaml", replacing: "extra: 1\n", with: "")
        #expect(build(site).succeeded)
        expectEqualsACleanBuild(site, date: Self.date, "repaired")

        // A store that does not read as one is only a cache.
        try site.write(".wijkwijzer-cache/site.tables", "wijkwijzer tables 1 garbage")
        try site.edit("content/teams/overvecht.yaml", replacing: "start: \"09:30\"", with: "start: \"09:45\"")
        #expect(build(site).succeeded)
        expectEqualsACleanBuild(site, date: Self.date, "damaged store")
    }
}
