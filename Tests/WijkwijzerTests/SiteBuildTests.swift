// The real Utrecht site: it builds clean, completely, and the same twice.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct UtrechtSiteTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    @Test func buildsWithoutErrorsOrWarnings() {
        let result = Pipeline.build(root: Repository.root, buildDate: Self.date)
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.sorted)")
    }

    @Test func hasEveryPageInEveryLanguage() {
        let files = Set(Pipeline.build(root: Repository.root, buildDate: Self.date).files.map(\.path))
        for prefix in ["nl", "makkelijk", "tr", "ar", "pl"] {
            let teams = files.filter { $0.hasPrefix("\(prefix)/buurtteams/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 4 }
            let wijken = files.filter { $0.hasPrefix("\(prefix)/wijken/") && $0.hasSuffix("/index.html") }
            let calendars = files.filter { $0.hasPrefix("\(prefix)/") && $0.hasSuffix("/inloop.ics") }
            let cards = files.filter { $0.hasPrefix("\(prefix)/buurtteams/") && $0.hasSuffix("/contactpersoon.vcf") }
            let languagePages = files.filter { $0.hasPrefix("\(prefix)/inloop/") && $0.split(separator: "/").count == 4 }
            #expect(calendars.count == 28, "\(prefix): \(calendars.count) calendars (18 teams and 10 wijken)")
            #expect(cards.count == 18, "\(prefix): \(cards.count) contact cards")
            #expect(languagePages.count >= 10, "\(prefix): \(languagePages.count) walk-in pages by language")
            #expect(files.contains("\(prefix)/inloop/ar/index.html") && files.contains("\(prefix)/inloop/index.html"))
            let info = files.filter { $0.hasPrefix("\(prefix)/info/") && $0.split(separator: "/").count == 4 }
            let flyers = files.filter { $0.hasPrefix("\(prefix)/flyers/") && $0.split(separator: "/").count == 4 }
            #expect(flyers.count == 10, "\(prefix): \(flyers.count) flyers")
            #expect(teams.count == 18, "\(prefix): \(teams.count) team pages")
            #expect(wijken.count == 10, "\(prefix): \(wijken.count) wijk pages")
            #expect(info.count == 8, "\(prefix): \(info.count) info pages")
            for page in ["index.html", "404.html", "organisaties/index.html", "buurtteams/index.html", "info/index.html", "flyers/index.html"] {
                #expect(files.contains("\(prefix)/\(page)"))
            }
        }
        #expect(files.isSuperset(of: ["index.html", "404.html", "sitemap.xml", "robots.txt", "postcodes.json"]))
    }

    @Test func everyTranslationIsItsOwnAndNotAFallback() {
        let result = Pipeline.build(root: Repository.root, buildDate: Self.date)
        let fallbacks = result.files.filter { $0.text.contains("notice-fallback") }.map(\.path)
        #expect(fallbacks.isEmpty, "pages shown in a fallback language: \(fallbacks)")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = Pipeline.build(root: Repository.root, buildDate: Self.date).files
        let second = Pipeline.build(root: Repository.root, buildDate: Self.date).files
        #expect(first.count == second.count)
        #expect(first == second)
    }

    @Test func arabicPagesAreRightToLeftWithIsolatedNumbers() throws {
        let files = Pipeline.build(root: Repository.root, buildDate: Self.date).files
        let arabic = files.filter { $0.path.hasPrefix("ar/") && $0.path.hasSuffix(".html") }
        #expect(!arabic.isEmpty)
        for file in arabic {
            #expect(file.text.contains("<html lang=\"ar\" dir=\"rtl\">"), "\(file.path)")
        }
        let team = try #require(files.first { $0.path == "ar/buurtteams/zuilen/index.html" })
        #expect(team.text.contains("<a class=\"action\" href=\"tel:+31"))
        #expect(team.text.contains("<bdi dir=\"ltr\">+31 30 099"))
    }

    @Test func dutchDataIsMarkedDutchInOtherLanguagesOnly() throws {
        let files = Pipeline.build(root: Repository.root, buildDate: Self.date).files
        func page(_ path: String) throws -> String { try #require(files.first { $0.path == path }).text }
        for prefix in ["tr", "ar", "pl"] {
            let team = try page("\(prefix)/buurtteams/zuilen/index.html")
            #expect(team.contains("<h1 lang=\"nl\">Buurtteam Zuilen</h1>"), "\(prefix)")
            #expect(team.contains("<p lang=\"nl\">Contactpersoon migrantenorganisaties</p>"), "\(prefix)")
            #expect(team.contains("<ul class=\"columns\" lang=\"nl\">"), "\(prefix)")
            #expect(team.contains("<li><a href=\"../../wijken/noordwest/\" lang=\"nl\">Noordwest</a></li>"), "\(prefix): breadcrumb")
            #expect(team.contains("<bdi lang=\"nl\"><a href=\"https://www.openstreetmap.org/"), "\(prefix): walk-in place")
            let wijk = try page("\(prefix)/wijken/noordwest/index.html")
            #expect(wijk.contains("<bdi lang=\"nl\">Noordwest</bdi>"), "\(prefix): wijk title")
        }
        for prefix in ["nl", "makkelijk"] {
            let team = try page("\(prefix)/buurtteams/zuilen/index.html")
            #expect(team.contains("<h1>Buurtteam Zuilen</h1>"), "\(prefix)")
            #expect(team.contains("<p>Contactpersoon migrantenorganisaties</p>"), "\(prefix)")
            #expect(!team.contains("lang=\"nl\"><a href=\"https://www.openstreetmap.org/"), "\(prefix)")
        }
    }

    @Test func languageNamesCarryTheirOwnLang() throws {
        let files = Pipeline.build(root: Repository.root, buildDate: Self.date).files
        let arabic = try #require(files.first { $0.path == "ar/buurtteams/kanaleneiland/index.html" }).text
        #expect(arabic.contains("<bdi lang=\"nl\">Nederlands</bdi>, العربية, <bdi lang=\"ber\">Tamaziɣt</bdi>"))
        let dutch = try #require(files.first { $0.path == "nl/buurtteams/kanaleneiland/index.html" }).text
        #expect(dutch.contains("Nederlands, <bdi lang=\"ar\">العربية</bdi>, <bdi lang=\"ber\">Tamaziɣt</bdi>"))
    }

    @Test func everyPageLinksToItsselfInEveryLanguage() throws {
        let files = Pipeline.build(root: Repository.root, buildDate: Self.date).files
        let paths = Set(files.map(\.path))
        for file in files where file.path.hasSuffix("index.html") && file.path.contains("/") {
            let folder = (file.path as NSString).deletingLastPathComponent
            // Flyer PDFs are made by `flyers --pdf` into print/ and copied in when deploying.
            for link in Links.hrefs(in: file.text) where !link.contains(":") && !link.hasPrefix("#") && !link.hasSuffix(".pdf") {
                let resolved = Links.resolve(link, from: folder)
                let target = resolved.hasSuffix("/") || resolved.isEmpty ? resolved + "index.html" : resolved
                let exists = paths.contains(target)
                #expect(exists, "\(file.path) links to \(link), which does not exist")
            }
        }
    }
}

enum Links {
    static func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    /// Resolves a relative link against a folder (both relative to the site root).
    static func resolve(_ link: String, from folder: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        let path = link.split(separator: "#").first.map(String.init) ?? ""
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "..": if !parts.isEmpty { parts.removeLast() }
            case ".", "": continue
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/") + (path.hasSuffix("/") && !parts.isEmpty ? "/" : "")
    }
}

@Suite struct WriterTests {
    @Test func swapsInTheNewSiteAndLinksUnchangedFiles() throws {
        let site = try TemporarySite()
        let first = site.buildAndWrite()
        #expect(first.succeeded)
        #expect(first.report?.unchanged == 0)
        let second = site.buildAndWrite()
        #expect(second.report?.written == 0)
        #expect(second.report?.unchanged == (first.report?.written ?? -1))
        try site.edit("content/pages/tolk/nl.md", replacing: "Een tolk is gratis.", with: "Een tolk kost niets.")
        let third = site.buildAndWrite()
        #expect((third.report?.written ?? 0) >= 1)
        #expect(try site.read("site/nl/info/tolk/index.html").contains("Een tolk kost niets."))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let site = try TemporarySite()
        try site.write("site/notes.txt", "mine")
        let outcome = site.buildAndWrite()
        #expect(outcome.writeError == .notASite((site.output as NSString).standardizingPath))
        #expect(try site.read("site/notes.txt") == "mine")
    }

    @Test func refusesPathsOutsideTheOutput() {
        #expect(!SiteWriter.isSafe("../escape.html"))
        #expect(!SiteWriter.isSafe("/etc/passwd"))
        #expect(!SiteWriter.isSafe("nl/../../x"))
        #expect(SiteWriter.isSafe("nl/info/tolk/index.html"))
        for unsafe in ["", "nl//x", "nl/./x", "nl/x/", "./x", "nl/..", "nl\\..\\x", "nl/\u{0}/x"] {
            #expect(!SiteWriter.isSafe(unsafe), "\(unsafe.debugDescription) passed")
        }
        // Names beyond ASCII and names that only start with dots are names like any other.
        #expect(SiteWriter.isSafe("ar/مساعدة/index.html"))
        #expect(SiteWriter.isSafe("nl/...x/.well-known"))
        #expect(SiteWriter.folderPart(of: "x") == "")
        #expect(SiteWriter.folderPart(of: "robots.txt") == "")
        #expect(SiteWriter.folderPart(of: "nl/info/x/index.html") == "nl/info/x")
    }

    @Test func aFileTheNewSiteNoLongerHasIsRemovedEvenWhenAllOthersAreUnchanged() throws {
        let folder = try TemporarySite()
        let output = folder.root + "/out"
        let files = [OutputFile(path: "nl/index.html", text: "a"), OutputFile(path: "nl/b/index.html", text: "b")]
        try SiteWriter.write(files + [OutputFile(path: "old.html", text: "old")], to: output)
        // Every file (and the marker) is linked, unchanged, into a site without the old file.
        #expect(try SiteWriter.write(files, to: output) == WriteReport(written: 0, unchanged: 3))
        #expect(!FileManager.default.fileExists(atPath: output + "/old.html"))
        #expect(try String(contentsOfFile: output + "/nl/b/index.html", encoding: .utf8) == "b")
        // Nothing changed at all: nothing is staged, nothing written.
        let session = try SiteWriter.Session(output: output)
        try session.add(files)
        #expect(try session.finish() == WriteReport(written: 0, unchanged: 3))
        #expect(session.staging == nil)
    }

    @Test func aChangeAfterManyUnchangedFilesKeepsThemAll() throws {
        let folder = try TemporarySite()
        let output = folder.root + "/out"
        let files = (0..<50).map { OutputFile(path: "p/\($0)/index.html", text: "page \($0)") }
        try SiteWriter.write(files, to: output)
        let session = try SiteWriter.Session(output: output)
        try session.add(Array(files[0..<30]))
        #expect(session.staging == nil)  // everything so far as it was: no staging folder yet
        try session.add([OutputFile(path: "p/30/index.html", text: "changed")] + files[31...])
        let report = try session.finish()
        #expect(report == WriteReport(written: 1, unchanged: 50))  // 49 pages and the marker
        #expect(try String(contentsOfFile: output + "/p/30/index.html", encoding: .utf8) == "changed")
        #expect(try String(contentsOfFile: output + "/p/7/index.html", encoding: .utf8) == "page 7")
    }

    /// The site a swap replaces is kept as the spare, and the next build with a change stages
    /// into it: the result is the new site exactly, and the live site is never written through.
    @Test func theNextBuildStagesIntoThePreviousSite() throws {
        let folder = try TemporarySite()
        let output = folder.root + "/out"
        let spare = folder.root + "/.out.spare"
        func text(_ path: String, in root: String) -> String? { try? String(contentsOfFile: root + "/" + path, encoding: .utf8) }
        func files(_ root: String) -> Set<String> {
            var found = Set<String>()
            SiteWriter.listFiles(root, prefix: "", into: &found)
            return found
        }
        // What the build state would record by listing the folder and looking at each file.
        func facts(_ root: String) -> [String: BuildState.FileFacts] {
            Dictionary(uniqueKeysWithValues: files(root).compactMap { path in BuildState.facts(root + "/" + path).map { (path, $0) } })
        }
        let one = [OutputFile(path: "a/index.html", text: "a1"), OutputFile(path: "b/index.html", text: "b1"),
                   OutputFile(path: "gone/index.html", text: "g1"), OutputFile(path: "x", text: "a file")]
        try SiteWriter.write(one, to: output)
        #expect(!FileManager.default.fileExists(atPath: spare))
        // b changes: the first site becomes the spare.
        let two = [OutputFile(path: "a/index.html", text: "a1"), OutputFile(path: "b/index.html", text: "b2"),
                   OutputFile(path: "gone/index.html", text: "g1"), OutputFile(path: "x", text: "a file")]
        let fresh = try SiteWriter.Session(output: output)
        try fresh.add(two)
        _ = try fresh.finish()
        // The facts the writer gives the build state are those a listing finds.
        #expect(fresh.swappedFacts == facts(output))
        #expect(text("b/index.html", in: spare) == "b1")
        #expect(text("b/index.html", in: output) == "b2")
        // Someone edits the spare (a copy, not the live file); then a, a file shared by the spare
        // and the live site, changes; b is as it was; "gone" goes; a folder stands where the file
        // "x" was, and a file where the folder "gone" was.
        try FileManager.default.removeItem(atPath: spare + "/b/index.html")
        try "edited".write(toFile: spare + "/b/index.html", atomically: false, encoding: .utf8)
        let three = [OutputFile(path: "a/index.html", text: "a3"), OutputFile(path: "b/index.html", text: "b2"),
                     OutputFile(path: "x/index.html", text: "x3"), OutputFile(path: "gone", text: "now a file")]
        let session = try SiteWriter.Session(output: output)
        session.currentFacts = facts(output)
        try session.add(three)
        #expect(session.reusesSpare)
        let report = try session.finish()
        #expect(session.swappedFacts == facts(output))
        #expect(report == WriteReport(written: 3, unchanged: 2))  // b (relinked) and the marker
        for file in three { #expect(text(file.path, in: output) == String(decoding: file.bytes, as: UTF8.self), "\(file.path)") }
        #expect(files(output) == Set(three.map(\.path) + [SiteWriter.marker]))
        // The spare is now the second site, untouched by the third build's writing.
        #expect(files(spare) == Set(two.map(\.path) + [SiteWriter.marker]))
        #expect(text("a/index.html", in: spare) == "a1")
        #expect(text("b/index.html", in: spare) == "b2")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root).filter { $0.contains("staging") }.isEmpty)
        // Written again as it is: nothing to do, nothing staged.
        #expect(try SiteWriter.write(three, to: output) == WriteReport(written: 0, unchanged: 5))
    }

    /// A batch written on several threads at once (`BackgroundSession`) makes the same site as
    /// one thread would: fresh, then staged into the spare, where a file stands where a folder
    /// goes and the other way round; the facts handed to the build state are a listing's.
    @Test func filesAddedOnSeveralThreadsMakeTheSameSite() throws {
        let folder = try TemporarySite()
        let output = folder.root + "/out"
        func listing(_ root: String) -> [String: String] {
            var found = Set<String>()
            SiteWriter.listFiles(root, prefix: "", into: &found)
            return Dictionary(uniqueKeysWithValues: found.map { ($0, (try? String(contentsOfFile: root + "/" + $0, encoding: .utf8)) ?? "?") })
        }
        func facts(_ root: String) -> [String: BuildState.FileFacts] {
            var found = Set<String>()
            SiteWriter.listFiles(root, prefix: "", into: &found)
            return Dictionary(uniqueKeysWithValues: found.compactMap { path in BuildState.facts(root + "/" + path).map { (path, $0) } })
        }
        func expected(_ files: [OutputFile]) -> [String: String] {
            Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) } + [(SiteWriter.marker, "")])
        }
        let pages = (0..<300).map { OutputFile(path: "p/\($0 % 12)/\($0)/index.html", text: "page \($0)") }
        let one = pages + [OutputFile(path: "x", text: "a file"), OutputFile(path: "y/index.html", text: "y")]
        let two = pages.enumerated().map { $0.offset % 3 == 0 ? OutputFile(path: $0.element.path, text: "changed \($0.offset)") : $0.element }
            + [OutputFile(path: "x/index.html", text: "now a folder"), OutputFile(path: "y", text: "now a file")]
        for (round, files) in [one, two, one, two].enumerated() {
            let session = try SiteWriter.Session(output: output)
            session.currentFacts = facts(output)
            try session.add(Array(files[..<150]), parts: 2)
            try session.add(Array(files[150...]), parts: 3)
            let report = try session.finish()
            #expect(report.written + report.unchanged == files.count + 1, "round \(round)")
            #expect(session.reusesSpare == (round >= 2), "round \(round)")
            #expect(listing(output) == expected(files), "round \(round)")
            #expect(session.swappedFacts == facts(output), "round \(round)")
        }
        let session = try SiteWriter.Session(output: output)
        #expect(throws: WriteError.duplicatePath("a")) {
            try session.add([OutputFile(path: "a", text: "1"), OutputFile(path: "b", text: "2"), OutputFile(path: "a", text: "3")], parts: 3)
        }
        session.abandon()
        #expect(listing(output) == expected(two))
    }

    @Test func twoFilesForOnePathAreRefusedAndTheSiteIsKept() throws {
        let folder = try TemporarySite()
        let output = folder.root + "/out"
        try SiteWriter.write([OutputFile(path: "index.html", text: "old")], to: output)
        #expect(throws: WriteError.duplicatePath("a.html")) {
            try SiteWriter.write([OutputFile(path: "a.html", text: "1"), OutputFile(path: "a.html", text: "2")], to: output)
        }
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root).filter { $0.contains("staging") }.isEmpty)
    }

    @Test func removesStagingFoldersOfKilledBuilds() throws {
        let site = try TemporarySite()
        try site.write(".site.staging-999999/nl/index.html", "half")
        #expect(site.buildAndWrite().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/.site.staging-999999"))
    }

    /// The listing on all cores finds what a walk on one finds: files at every depth, a symbolic
    /// link, a file beside folders; an empty folder adds nothing.
    @Test func theListingOnAllCoresFindsEveryFile() throws {
        let site = try TemporarySite()
        for path in ["a.txt", "nl/index.html", "nl/info/tolk/index.html", "nl/info/tolk/luister.mp3", "ar/x/y/z/w.html", "assets/site.css"] {
            try site.write("tree/" + path, path)
        }
        try FileManager.default.createDirectory(atPath: site.root + "/tree/empty/inner", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/tree/nl/link", withDestinationPath: "index.html")
        var walked = Set<String>()
        SiteWriter.listFiles(site.root + "/tree", prefix: "", into: &walked)
        #expect(walked.count == 7 && walked.contains("nl/link") && walked.contains("ar/x/y/z/w.html"))
        #expect(SiteWriter.listFiles(site.root + "/tree") == walked)
    }
}
