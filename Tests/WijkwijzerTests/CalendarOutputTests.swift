// The fixture site's calendar files, contact card, JSON-LD, language pages and postcode index.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct CalendarOutputTests {
    let files: [String: String]

    init() throws {
        let result = try TemporarySite().build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted)")
        files = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.text) })
    }

    func file(_ path: String) throws -> String { try #require(files[path], "no \(path) in the build") }

    @Test func calendarLinesAreFoldedAndEndInCRLF() throws {
        for (path, text) in files where path.hasSuffix(".ics") || path.hasSuffix(".vcf") {
            #expect(text.hasSuffix("\r\n"), "\(path)")
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(path) has a bare LF")
            let lines = text.components(separatedBy: "\r\n")
            #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "\(path) has a line over 75 octets")
        }
    }

    @Test func teamCalendarHasRulesExceptionsAndEvents() throws {
        let calendar = try file("nl/buurtteams/overvecht/inloop.ics")
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
        for line in [
            "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "DTSTART;TZID=Europe/Amsterdam:20261006T093000", "RRULE:FREQ=WEEKLY;BYDAY=TU",
            "EXDATE;TZID=Europe/Amsterdam:20261208T093000",
            "DTSTART;TZID=Europe/Amsterdam:20261001T133000", "EXDATE;TZID=Europe/Amsterdam:20261224T133000",
            "DTSTART;TZID=Europe/Amsterdam:20270106T100000", "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T080000Z",
            "UID:inloop-overvecht-tuesday-0930-overvecht-kantoor@example.org",
            "SUMMARY;LANGUAGE=nl:Inloopspreekuur Buurtteam Overvecht",
            "UID:bijeenkomst-informatieavond@example.org", "DTSTART;TZID=Europe/Amsterdam:20261215T190000",
            "SUMMARY;LANGUAGE=nl:Informatieavond over het buurtteam",
            "DTSTAMP:20261126T000000Z",
        ] {
            #expect(unfolded.contains(line + "\r\n"), "missing: \(line)")
        }
        let arabic = try file("ar/buurtteams/overvecht/inloop.ics").replacingOccurrences(of: "\r\n ", with: "")
        #expect(arabic.contains("SUMMARY;LANGUAGE=ar:أمسية تعريفية بفريق الحي\r\n"))
        #expect(arabic.contains("SUMMARY;LANGUAGE=nl:Koffieochtend\r\n"), "an untranslated title falls back, marked as Dutch")
        #expect(arabic.contains("UID:inloop-overvecht-tuesday-0930-overvecht-kantoor@example.org\r\n"), "UIDs are the same in every language")
    }

    @Test func wijkCalendarHasEveryTeamsSessions() throws {
        let calendar = try file("nl/wijken/overvecht/inloop.ics")
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 5)
    }

    @Test func contactCardIsVersionFour() throws {
        let card = try file("nl/buurtteams/overvecht/contactpersoon.vcf")
        #expect(card.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\n"))
        for line in ["FN:Samira El Idrissi", "N:El Idrissi;Samira;;;", "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+31300991231",
                     "EMAIL;TYPE=work:s.elidrissi@example.org", "LANG;PREF=2:ar", "ORG:Buurtteam Overvecht"] {
            #expect(card.contains(line + "\r\n"), "missing: \(line)")
        }
    }

    @Test func teamPageHasStructuredData() throws {
        let page = try file("nl/buurtteams/overvecht/index.html")
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        #expect(json["@type"] as? String == "GovernmentService")
        let channels = try #require(json["availableChannel"] as? [[String: Any]])
        #expect(channels.count == 2)
        let office = try #require(channels.first)
        #expect(office["@type"] as? String == "ServiceChannel")
        #expect(office["availableLanguage"] as? [String] == ["nl", "ar"])
        let place = try #require(office["serviceLocation"] as? [String: Any])
        let hours = try #require(place["openingHoursSpecification"] as? [[String: Any]])
        #expect(hours.first?["dayOfWeek"] as? String == "https://schema.org/Tuesday")
        #expect(hours.first?["opens"] as? String == "09:30")
        let special = try #require(place["specialOpeningHoursSpecification"] as? [[String: Any]])
        #expect(special.map { $0["validFrom"] as? String } == ["2026-12-08", "2026-12-24"])
        #expect((office["servicePhone"] as? [String: Any])?["telephone"] as? String == "+31300991201")
    }

    @Test func teamPageLinksCalendarAndContactAsButtons() throws {
        let page = try file("nl/buurtteams/overvecht/index.html")
        #expect(page.contains("<a class=\"action action-secondary\" href=\"../../buurtteams/overvecht/inloop.ics\">"))
        #expect(page.contains("<a class=\"action action-secondary\" href=\"../../buurtteams/overvecht/contactpersoon.vcf\">"))
        #expect(page.contains("Gesloten van 24 december 2026 tot en met 26 december 2026 (feestdag)"))
        #expect(page.contains("<script src=\"../../../assets/today-"))
        #expect(!page.contains("<script>"), "no inline script")
    }

    @Test func everySpokenLanguageHasAPage() throws {
        for code in ["nl", "ar", "so", "ber"] {
            #expect(files["nl/inloop/\(code)/index.html"] != nil, "no page for \(code)")
        }
        #expect(files["nl/inloop/tr/index.html"] == nil)
        let somali = try file("ar/inloop/so/index.html")
        #expect(somali.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(somali.contains("data-day=\"thursday\""))
        #expect(!somali.contains("data-day=\"tuesday\""), "the Tuesday session has no Somali")
        let sitemap = try file("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/nl/inloop/so/</loc>"))
        #expect(!sitemap.contains(".ics"))
    }

    @Test func homePageHasTheFinderAndTheLanguageFilter() throws {
        let home = try file("nl/index.html")
        #expect(home.contains("<div class=\"finder\" id=\"finder\" role=\"search\" hidden data-by-script data-index=\"../postcodes.json\""))
        #expect(home.contains("<a href=\"inloop/so/\" lang=\"so\">Soomaali</a>"))
        #expect(home.contains("<script src=\"../assets/postcode-finder-"))
        let index = try #require(try JSONSerialization.jsonObject(with: Data(try file("postcodes.json").utf8)) as? [String: Any])
        #expect((index["pc4"] as? [String: [String]])?["3561"] == ["overvecht"])
        #expect((index["teams"] as? [String: String])?["overvecht"] == "Buurtteam Overvecht")
    }
}
