// Unit and property tests: Amsterdam time, calendar arithmetic, content lines, postcode ranges, JSON, scripts.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct AmsterdamTimeTests {
    @Test func findsTheLastSundays() {
        #expect(AmsterdamTime.lastSunday(month: 3, year: 2026).description == "2026-03-29")
        #expect(AmsterdamTime.lastSunday(month: 10, year: 2026).description == "2026-10-25")
        #expect(AmsterdamTime.lastSunday(month: 3, year: 2027).description == "2027-03-28")
        #expect(AmsterdamTime.lastSunday(month: 10, year: 2027).description == "2027-10-31")
    }

    /// Property: for every hour of 2024–2032 our rule gives the offset of the system's tz database.
    @Test func agreesWithTheTimeZoneDatabase() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let first = try #require(CalendarDate.parse("2024-01-01")).daysSinceEpoch
        let last = try #require(CalendarDate.parse("2032-12-31")).daysSinceEpoch
        var mismatches: [String] = []
        for day in first...last {
            let date = CalendarDate(daysSinceEpoch: day)
            // 02:00–03:00 is skipped in spring and twice in autumn: the database cannot say which is meant.
            for hour in [0, 1, 3, 4, 9, 12, 17, 23] {
                let utc = AmsterdamTime.utc(date, minutes: hour * 60)
                let instant = Date(timeIntervalSince1970: TimeInterval((utc.date.daysSinceEpoch * 1440 + utc.minutes) * 60))
                let expected = zone.secondsFromGMT(for: instant) / 60
                if AmsterdamTime.utcOffsetMinutes(on: date, at: hour * 60) != expected { mismatches.append("\(date) \(hour):00") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func convertsToUTCAcrossMidnight() throws {
        let date = try #require(CalendarDate.parse("2027-01-01"))
        let utc = AmsterdamTime.utc(date, minutes: 30)
        #expect(utc.date.description == "2026-12-31")
        #expect(utc.minutes == 23 * 60 + 30)
        let summer = AmsterdamTime.utc(try #require(CalendarDate.parse("2027-06-15")), minutes: 9 * 60 + 30)
        #expect(summer.minutes == 7 * 60 + 30)
    }
}

@Suite struct ScheduleModelTests {
    func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate.parse(text)) }

    func session(_ day: Weekday, from: String? = nil, until: String? = nil) throws -> WalkInSession {
        let here = SourceLocation(file: "t.yaml")
        return WalkInSession(
            day: day, start: try #require(TimeOfDay.parse("09:30")), end: try #require(TimeOfDay.parse("11:00")),
            location: Located("x", at: here), languages: [], interpreterByPhone: false,
            validFrom: try from.map { Located(try self.day($0), at: here) },
            validUntil: try until.map { Located(try self.day($0), at: here) }, sourceLocation: here)
    }

    func closure(_ from: String, _ until: String) throws -> Closure {
        Closure(from: try day(from), until: try day(until), reason: .holiday, note: nil, sourceLocation: SourceLocation(file: "t.yaml"))
    }

    @Test func findsTheNextWeekday() throws {
        let thursday = try day("2026-11-26")
        #expect(thursday.next(.thursday) == thursday)
        #expect(thursday.next(.friday).description == "2026-11-27")
        #expect(thursday.next(.wednesday).description == "2026-12-02")
    }

    @Test func closuresCancelOnlyTheDaysOfTheSession() throws {
        let christmas = try closure("2026-12-24", "2027-01-01")
        let friday = try session(.friday)
        let dates = friday.cancelledDates(from: try day("2026-11-26"), through: try day("2027-12-31"), closures: [christmas])
        #expect(dates.map(\.description) == ["2026-12-25", "2027-01-01"])
        #expect(!friday.takesPlace(on: try day("2026-12-25"), closures: [christmas]))
        #expect(friday.takesPlace(on: try day("2027-01-08"), closures: [christmas]))
        #expect(!friday.takesPlace(on: try day("2027-01-07"), closures: []))
    }

    @Test func validityBoundsTheSession() throws {
        let limited = try session(.wednesday, from: "2027-01-06", until: "2027-06-30")
        #expect(!limited.isValid(on: try day("2027-01-05")))
        #expect(limited.isValid(on: try day("2027-01-06")))
        #expect(limited.isValid(on: try day("2027-06-30")))
        #expect(!limited.isValid(on: try day("2027-07-01")))
        #expect(limited.hasEnded(before: try day("2027-07-01")))
        #expect(!limited.hasEnded(before: try day("2027-06-30")))
        let cancelled = limited.cancelledDates(
            from: try day("2026-01-01"), through: try day("2028-01-01"),
            closures: [try closure("2026-12-30", "2027-01-06"), try closure("2027-07-07", "2027-07-07")])
        #expect(cancelled.map(\.description) == ["2027-01-06"])
    }

    @Test(arguments: [
        ("3521 AA-3521 HZ", "3521 AA", "3521 HZ"), ("3521aa - 3521hz", "3521 AA", "3521 HZ"), ("3521 AA–3521 AA", "3521 AA", "3521 AA"),
    ])
    func readsPostcodeRanges(_ text: String, _ from: String, _ until: String) throws {
        let range = try #require(PostcodeRange.parse(text, at: SourceLocation(file: "t")))
        #expect(range.fromText == from)
        #expect(range.untilText == until)
    }

    @Test(arguments: ["3521 AA", "3521 AA-3522 AA", "3521 HZ-3521 AA", "0521 AA-0521 ZZ", "3521 A1-3521 ZZ", "3521AAA-3521ZZ"])
    func refusesWhatIsNotAPostcodeRange(_ text: String) {
        #expect(PostcodeRange.parse(text, at: SourceLocation(file: "t")) == nil)
    }
}

@Suite struct ContentLineTests {
    @Test func escapesText() {
        #expect(ContentLines.escape("a,b;c\\d\ne\r") == "a\\,b\\;c\\\\d\\ne")
    }

    /// Property: every folded line is at most 75 octets, ends in CRLF, is folded no earlier than it
    /// must be, and unfolding gives the original.
    @Test func foldsAtSeventyFiveOctetsWithoutSplittingCharacters() {
        let alphabet = Array("abc XYZ,;:0123 éü العربية ትግርኛ 中文 🙂")
        var generator = SeededGenerator(seed: 42)
        for length in 0..<400 {
            let text = "DESCRIPTION:" + String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            var lines = ContentLines()
            lines.raw("DESCRIPTION", String(text.dropFirst("DESCRIPTION:".count)))
            #expect(lines.text.hasSuffix("\r\n"))
            // "\r\n" is one Character in Swift: cut the two bytes instead.
            let body = String(decoding: lines.text.utf8.dropLast(2), as: UTF8.self)
            let physical = body.components(separatedBy: "\r\n")
            #expect(physical.allSatisfy { $0.utf8.count <= 75 }, "\(physical.map(\.utf8.count))")
            #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
            #expect(body.replacingOccurrences(of: "\r\n ", with: "") == text)
            // Folded as late as it can be: the scalar that starts each continuation would not
            // have fitted on the line before.
            for (line, next) in zip(physical, physical.dropFirst()) {
                let scalar = next.unicodeScalars.dropFirst().first.map { String($0).utf8.count } ?? 0
                #expect(line.utf8.count + scalar > 75, "\(line.utf8.count) + \(scalar) octets folded early")
            }
        }
    }

    @Test func writesLocalAndUTCTimes() throws {
        let date = try #require(CalendarDate.parse("2026-12-25"))
        #expect(ContentLines.localDateTime(date, try #require(TimeOfDay.parse("09:30"))) == "20261225T093000")
        #expect(ContentLines.utcDateTime(date, minutes: 8 * 60 + 30) == "20261225T083000Z")
        #expect(Weekday.thursday.icsCode == "TH")
    }
}

@Suite struct StructuredOutputTests {
    @Test func jsonCannotEndTheScriptElement() {
        let value = JSONValue.object(["name": .string("</script><script>alert(1)</script> & more"), "a": .array([.bool(true), .int(3)])])
        let text = value.encodedForScriptElement
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(text == #"{"a":[true,3],"name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 more"}"#)
        let decoded = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(decoded?["name"] as? String == "</script><script>alert(1)</script> & more")
    }

    @Test func splitsNamesForTheVCard() {
        #expect(ContactCardRenderer.structuredName("Samira El Idrissi") == "El Idrissi;Samira;;;")
        #expect(ContactCardRenderer.structuredName("Contactpersoon") == "Contactpersoon;;;;")
        #expect(ContactCardRenderer.structuredName("A, B") == "B;A\\,;;;")
    }

    @Test func makesStableUUIDs() {
        let first = ContactCardRenderer.uuid("https://example.org/buurtteams/overvecht/contactpersoon")
        #expect(first == ContactCardRenderer.uuid("https://example.org/buurtteams/overvecht/contactpersoon"))
        #expect(first != ContactCardRenderer.uuid("https://example.org/buurtteams/zuilen/contactpersoon"))
        let parts = first.split(separator: "-").map(\.count)
        #expect(parts == [8, 4, 4, 4, 12])
        #expect(first.dropFirst(14).first == "8")
    }

    /// The optional scripts stay small: under 2 KB each.
    @Test(arguments: Script.allCases.map(\.fileName))
    func scriptIsUnderTwoKilobytes(_ name: String) throws {
        let text = try #require(EmbeddedResources.files["assets/\(name)"])
        #expect(text.utf8.count > 100)
        #expect(text.utf8.count < 2048, "\(name) is \(text.utf8.count) bytes")
    }
}

/// A small deterministic random number generator (SplitMix64) for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
