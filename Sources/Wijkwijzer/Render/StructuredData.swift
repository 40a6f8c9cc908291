// schema.org JSON-LD for a team page: a GovernmentService with one ServiceChannel per walk-in place,
// its opening hours per session and its closures as special opening hours.

struct StructuredData {
    let context: LanguageContext

    private var site: Site { context.site.site }

    func teamService(_ team: Team) -> JSONValue {
        let url = context.absoluteURL(.team(team.id), in: context.language)
        let wijkName = site.wijk(team.wijk.value)?.name ?? team.wijk.value
        var provider: [String: JSONValue] = [
            "@type": .string("GovernmentOrganization"), "name": .string(team.name), "url": .string(url),
        ]
        if let phone = team.phone { provider["telephone"] = .string(phone.international) }
        if let email = team.email { provider["email"] = .string(email) }
        let sessions = team.currentSessions(on: site.buildDate)
        var places: [String] = []
        for session in sessions where !places.contains(session.location.value) { places.append(session.location.value) }
        let channels = places.map { place in
            channel(at: place, sessions: sessions.filter { $0.location.value == place }, of: team, url: url)
        }
        return .object([
            "@context": .string("https://schema.org"),
            "@type": .string("GovernmentService"),
            "@id": .string(url + "#service"),
            "name": .string(team.name),
            "url": .string(url),
            "description": .string(context.strings.plain("team.in_wijk", ["wijk": wijkName])),
            "serviceType": .string(context.strings.text("jsonld.service_type")),
            "inLanguage": .string(context.language.lang),
            "areaServed": .object([
                "@type": .string("AdministrativeArea"), "name": .string(wijkName),
                "containedInPlace": .object(["@type": .string("City"), "name": .string(officeCity(team))]),
            ]),
            "provider": .object(provider),
            "availableChannel": .array(channels),
        ])
    }

    private func channel(at placeID: String, sessions: [WalkInSession], of team: Team, url: String) -> JSONValue {
        var languages: [String] = []
        for code in sessions.flatMap(\.languages) where !languages.contains(code.value) { languages.append(code.value) }
        var place: [String: JSONValue] = ["@type": .string("Place")]
        if let location = site.location(placeID) {
            place["name"] = .string(location.name)
            place["address"] = .object([
                "@type": .string("PostalAddress"), "streetAddress": .string(location.address),
                "postalCode": .string(location.postcode), "addressLocality": .string(location.city),
                "addressCountry": .string("NL"),
            ])
            if let coordinates = location.coordinates {
                place["geo"] = .object([
                    "@type": .string("GeoCoordinates"),
                    "latitude": .string(coordinates.latitudeText), "longitude": .string(coordinates.longitudeText),
                ])
            }
            place["hasMap"] = .string(location.mapURL)
        }
        place["openingHoursSpecification"] = .array(sessions.sorted { ($0.day, $0.start) < ($1.day, $1.start) }.map(openingHours))
        let closures = team.upcomingClosures(from: site.buildDate)
        if !closures.isEmpty { place["specialOpeningHoursSpecification"] = .array(closures.map(closed)) }
        var channel: [String: JSONValue] = [
            "@type": .string("ServiceChannel"),
            "name": .string(context.strings.plain("jsonld.channel", ["place": site.location(placeID)?.name ?? placeID])),
            "availableLanguage": .array(languages.map(JSONValue.string)),
            "serviceUrl": .string(url),
            "serviceLocation": .object(place),
        ]
        if let phone = team.phone {
            channel["servicePhone"] = .object([
                "@type": .string("ContactPoint"), "telephone": .string(phone.international),
                "contactType": .string(context.strings.text("jsonld.contact_type")),
            ])
        }
        return .object(channel)
    }

    private func openingHours(_ session: WalkInSession) -> JSONValue {
        var hours: [String: JSONValue] = [
            "@type": .string("OpeningHoursSpecification"),
            "dayOfWeek": .string("https://schema.org/" + session.day.rawValue.capitalized),
            "opens": .string(session.start.description),
            "closes": .string(session.end.description),
        ]
        if let from = session.validFrom { hours["validFrom"] = .string(from.value.description) }
        if let until = session.validUntil { hours["validThrough"] = .string(until.value.description) }
        return .object(hours)
    }

    /// Closed all day: schema.org's convention is opens and closes at 00:00.
    private func closed(_ closure: Closure) -> JSONValue {
        .object([
            "@type": .string("OpeningHoursSpecification"),
            "opens": .string("00:00"), "closes": .string("00:00"),
            "validFrom": .string(closure.from.description), "validThrough": .string(closure.until.description),
        ])
    }

    private func officeCity(_ team: Team) -> String { site.location(team.office.value)?.city ?? "Utrecht" }
}

import Foundation
