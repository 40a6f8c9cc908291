// A buurtteam: the language-neutral facts about it, entered once.

import Foundation

public struct Team: Sendable {
    public var id: String
    public var name: String
    public var wijk: Located<String>
    public var buurten: [Located<String>]
    public var postcodes: [Located<Int>]
    public var office: Located<String>
    public var phone: PhoneNumber?
    public var whatsapp: PhoneNumber?
    public var email: String?
    /// Jeugd & Gezin and Sociaal, in that order when both exist.
    public var parts: [TeamPart]
    public var contact: ContactPerson?
    public var walkInChecked: Located<CalendarDate>?
    public var sessions: [WalkInSession]
    /// Days the team's walk-in hours do not take place (holidays, a team day).
    public var closures: [Closure]
    /// PC6 ranges, only where a PC4 is split between teams.
    public var postcodeRanges: [PostcodeRange]
    public var file: String
}

public struct TeamPart: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case jeugdEnGezin = "jeugd-en-gezin"
        case sociaal
    }
    public var kind: Kind
    public var phone: PhoneNumber?
    public var email: String?
}

/// The team's fixed contact for migrant organisations and key figures.
public struct ContactPerson: Sendable {
    public var name: String?
    public var role: String?
    public var phone: PhoneNumber?
    public var email: String?
    public var languages: [Located<String>]
}

/// A weekly walk-in hour: no appointment needed.
public struct WalkInSession: Sendable {
    public var day: Weekday
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var location: Located<String>
    public var languages: [Located<String>]
    public var interpreterByPhone: Bool
    /// The first and last day the session takes place, when it is not open-ended.
    public var validFrom: Located<CalendarDate>?
    public var validUntil: Located<CalendarDate>?
    public var sourceLocation: SourceLocation
}

/// Part of a four-digit postcode area served by one team: `3521 AA` up to and including `3521 HZ`.
public struct PostcodeRange: Sendable, Hashable {
    public var pc4: Int
    /// Two capital letters each.
    public var fromLetters: String
    public var untilLetters: String
    public var location: SourceLocation

    public var fromText: String { "\(pc4) \(fromLetters)" }
    public var untilText: String { "\(pc4) \(untilLetters)" }

    /// Parses `3521 AA-3521 HZ` (spaces optional, any dash); both ends in one PC4.
    public static func parse(_ text: String, at location: SourceLocation) -> PostcodeRange? {
        let compact = text.uppercased().filter { !$0.isWhitespace }
            .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        let ends = compact.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, ends[0].count == 6, ends[1].count == 6,
              ends[0].prefix(4) == ends[1].prefix(4), let pc4 = Int(ends[0].prefix(4)), pc4 >= 1000,
              ends.allSatisfy({ $0.prefix(4).allSatisfy(\.isASCII) && $0.prefix(4).allSatisfy(\.isNumber)
                  && $0.suffix(2).allSatisfy { ("A"..."Z").contains($0) } }) else { return nil }
        let from = String(ends[0].suffix(2)), until = String(ends[1].suffix(2))
        guard from <= until else { return nil }
        return PostcodeRange(pc4: pc4, fromLetters: from, untilLetters: until, location: location)
    }
}
