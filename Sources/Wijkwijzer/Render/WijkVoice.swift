// Two-way per wijk: "tell us what you need" (resident meetings, WhatsApp and e-mail with the
// message filled in the reader's language), and the priority wijken first on the home page.

extension LanguageRenderer {
    /// The block on a wijk page.
    func voice(for wijk: Wijk) -> [String: Any] {
        let planned = meetings(in: wijk)
        return [
            "intro": strings.html("wijk.voice.intro", ["wijk": context.data(wijk.name)]),
            "hasMeetings": !planned.isEmpty,
            "meetings": planned,
            "contact": contactActions(
                message: strings.plain("wijk.voice.message", ["wijk": wijk.name]),
                subject: strings.plain("wijk.voice.subject", ["wijk": wijk.name])),
        ]
    }

    /// The next resident meetings of a wijk (from `content/events/`), soonest first, for the wijk
    /// page and (priority wijken) the home page.
    func meetings(in wijk: Wijk) -> [[String: Any]] {
        context.events(site.upcomingEvents(inWijk: wijk.id), from: .wijk(wijk.id))
    }

    /// Tap to call, to WhatsApp with `message` typed in, to e-mail with `subject` filled in,
    /// using the site's contact; false when the site has none.
    func contactActions(message: String, subject: String) -> Any {
        guard let contact = context.config.contact else { return false }
        var actions: [String: Any] = ["phone": false, "whatsapp": false, "email": false]
        if let phone = contact.phone {
            actions["phone"] = ["href": "tel:" + phone.international, "display": phone.display]
        }
        if let whatsapp = contact.whatsapp {
            actions["whatsapp"] = [
                "href": "https://wa.me/\(whatsapp.whatsappDigits)?text=" + PercentEncoding.component(message),
                "display": whatsapp.display,
            ]
        }
        if let email = contact.email {
            actions["email"] = ["href": "mailto:\(email)?subject=" + PercentEncoding.component(subject), "display": email]
        }
        return actions
    }

    // MARK: Home

    /// Every wijk for the home page: the priority wijken first (in the config's order, marked),
    /// then the others by name.
    func homeWijken(from route: PageRoute) -> [[String: Any]] {
        let priority = priorityWijken
        let others = site.wijken.filter { wijk in !priority.contains { $0.id == wijk.id } }.sorted { $0.name < $1.name }
        return (priority + others).map { wijk in
            [
                "name": wijk.name, "href": route.toLanguageRoot + PageRoute.wijk(wijk.id).path,
                "priority": priority.contains { $0.id == wijk.id },
            ]
        }
    }

    /// The priority wijken with their meetings, for the home page; false when there are none.
    func priorityMeetings(from route: PageRoute) -> Any {
        let priority = priorityWijken
        guard !priority.isEmpty else { return false }
        let wijken = priority.map { wijk -> [String: Any] in
            let planned = meetings(in: wijk)
            return [
                "name": wijk.name, "href": route.toLanguageRoot + PageRoute.wijk(wijk.id).path,
                "hasMeetings": !planned.isEmpty, "meetings": planned,
            ]
        }
        return ["places": wijken]
    }

    private var priorityWijken: [Wijk] {
        var seen = Set<String>()
        return context.config.priorityWijken.compactMap { id in
            guard seen.insert(id.value).inserted else { return nil }
            return site.wijk(id.value)
        }
    }
}

/// Percent-encoding of a URL query value: every byte of the UTF-8 text except the unreserved
/// characters of RFC 3986 (so a space is `%20`, never `+`, which mail apps would show).
enum PercentEncoding {
    static func component(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
