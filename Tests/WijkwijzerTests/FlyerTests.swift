// Flyers: the QR code's SVG, the bilingual flyer pages, their index, and the links to them.
// (Tests/print proves in a real browser that each prints on one A4 page and the QR codes scan.)

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct QRCodeTests {
    static let url = "https://buurtteams.example.org/ar/wijken/overvecht/"

    @Test func encodesWithLevelMInTheSmallestVersion() throws {
        let code = try #require(QRCode(Self.url))
        // 51 bytes at level M need version 4: 33 modules a side.
        #expect(code.size == 33)
        #expect(code.modules.count == 33 * 33)
        #expect(code.text == Self.url)
        // The three finder patterns: a dark 7×7 ring in three corners.
        for (left, top) in [(0, 0), (26, 0), (0, 26)] {
            #expect((0..<7).allSatisfy { code.isDark(x: left + $0, y: top) && code.isDark(x: left, y: top + $0) })
            #expect(!code.isDark(x: left + 1, y: top + 1))
        }
    }

    @Test func drawsOnePathWithTheQuietZoneInTheViewBox() throws {
        let svg = try #require(QRCode(Self.url)).svg(label: "QR code: \(Self.url)")
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains("viewBox=\"0 0 41 41\""))
        #expect(svg.contains("role=\"img\" aria-label=\"QR code: \(Self.url)\""))
        #expect(!svg.contains("style="))
    }

    /// Redraws the matrix from the path data: merging runs into rectangles loses no module,
    /// adds none, and keeps four light modules on every side.
    @Test func pathDataRedrawsExactlyTheModules() throws {
        let code = try #require(QRCode(Self.url))
        let side = code.size + 2 * QRCode.quietZone
        var drawn = [Bool](repeating: false, count: side * side)
        let scanner = Scanner(string: code.pathData)
        var rectangles = 0
        while scanner.scanString("M") != nil {
            let x = try #require(scanner.scanInt()), y = try #require(scanner.scanInt())
            _ = scanner.scanString("h")
            let run = try #require(scanner.scanInt())
            #expect(scanner.scanString("v1h-\(run)z") != nil)
            for column in x..<(x + run) { drawn[y * side + column] = true }
            rectangles += 1
        }
        #expect(scanner.isAtEnd)
        for y in 0..<side {
            for x in 0..<side {
                #expect(drawn[y * side + x] == code.isDark(x: x - QRCode.quietZone, y: y - QRCode.quietZone), "module \(x),\(y)")
            }
        }
        // Runs are merged: one rectangle per run, far fewer than the dark modules.
        #expect(rectangles * 3 < code.modules.filter { $0 }.count * 2)
    }

    @Test func isBoundedByWhatAQRCodeHolds() {
        #expect(QRCode(String(repeating: "a", count: 3000)) == nil)
    }
}

@Suite struct FlyerPageTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    static func files() -> [String: String] {
        Dictionary(uniqueKeysWithValues: Pipeline.build(root: Repository.root, buildDate: date).files.map { ($0.path, $0.text) })
    }

    @Test func dutchFlyerIsDutchAloneAndOthersAreBilingual() throws {
        let files = Self.files()
        let dutch = try #require(files["nl/flyers/overvecht/index.html"])
        #expect(!dutch.contains("class=\"bi-nl\""))
        #expect(dutch.contains("Het buurtteam in Overvecht"))
        let simple = try #require(files["makkelijk/flyers/overvecht/index.html"])
        #expect(!simple.contains("class=\"bi-nl\""), "simple Dutch is Dutch already")
        for prefix in ["tr", "ar", "pl"] {
            let flyer = try #require(files["\(prefix)/flyers/overvecht/index.html"])
            #expect(flyer.contains("<span class=\"bi-nl\" lang=\"nl\" dir=\"ltr\">Het buurtteam in Overvecht</span>"), "\(prefix)")
            #expect(flyer.contains("lang=\"nl\" dir=\"ltr\">U hoeft geen afspraak te maken. Kom gewoon langs.</span>"), "\(prefix)")
            #expect(flyer.contains("lang=\"nl\" dir=\"ltr\">U mag iemand meenemen die u vertrouwt.</span>"), "\(prefix)")
        }
        let arabic = try #require(files["ar/flyers/overvecht/index.html"])
        #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
    }

    @Test func everyFlyerHasBothTeamsSessionsContactsAndItsQRCode() throws {
        let files = Self.files()
        for prefix in ["nl", "makkelijk", "tr", "ar", "pl"] {
            let flyer = try #require(files["\(prefix)/flyers/overvecht/index.html"])
            for text in ["Buurtteam Overvecht-Noord", "Buurtteam Overvecht-Zuid", "+31 30 099 1081", "+31 30 099 1091",
                         "Samira El Idrissi", "Abdirahman Warsame", "Vrouwencentrum Zambesi (voorbeeld), Zambesidreef 41",
                         "picto-no-appointment", "picto-trusted-person", "picto-help"] {
                #expect(flyer.contains(text), "\(prefix): \(text)")
            }
            let url = "https://buurtteams.example.org/\(prefix)/wijken/overvecht/"
            #expect(flyer.components(separatedBy: "<svg class=\"qr\"").count == 2, "\(prefix): one QR code")
            #expect(flyer.contains(url), "\(prefix): the QR code's address is printed too")
            #expect(flyer.contains("href=\"flyer-overvecht-\(prefix).pdf\""), "\(prefix): PDF link")
            #expect(flyer.contains("class=\"flyer-page\""))
        }
    }

    @Test func theIndexListsEveryFlyerWithPrintAndPDFLinks() throws {
        let index = try #require(Self.files()["tr/flyers/index.html"])
        for prefix in ["nl", "makkelijk", "tr", "ar", "pl"] {
            for wijk in ["binnenstad", "overvecht", "zuidwest"] {
                #expect(index.contains("href=\"../../\(prefix)/flyers/\(wijk)/\""), "\(prefix)/\(wijk)")
                #expect(index.contains("href=\"../../\(prefix)/flyers/\(wijk)/flyer-\(wijk)-\(prefix).pdf\""), "\(prefix)/\(wijk) PDF")
            }
        }
    }

    @Test func everyPageLinksToTheFlyersAndEachWijkToItsFlyer() throws {
        let files = Self.files()
        let home = try #require(files["pl/index.html"])
        #expect(home.contains("<a href=\"./flyers/\">Ulotki</a>"))
        let wijk = try #require(files["ar/wijken/zuid/index.html"])
        #expect(wijk.contains("href=\"../../flyers/zuid/\""))
    }

    @Test func flyerListMatchesThePages() throws {
        let site = try #require(Pipeline.prepare(root: Repository.root, buildDate: Self.date).0?.site)
        let flyers = FlyerFiles.all(site)
        #expect(flyers.count == 50)
        #expect(flyers.contains(FlyerFiles.Flyer(
            wijk: "overvecht", language: "ar", page: "ar/flyers/overvecht/index.html",
            pdf: "ar/flyers/overvecht/flyer-overvecht-ar.pdf")))
        let files = Self.files()
        #expect(flyers.allSatisfy { files[$0.page] != nil })
    }
}
