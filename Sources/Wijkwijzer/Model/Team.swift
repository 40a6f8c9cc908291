// A buurtteam: the language-neutral facts about it, entered once.

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
    public var sourceLocation: SourceLocation
}
