// Wijken, their partner organisations, and the locations where teams receive residents.

import Foundation

public struct Wijk: Sendable {
    public var id: String
    public var name: String
    /// The municipality's wijk code ("03").
    public var code: String
    public var postcodes: [Located<Int>]
    public var buurten: [Located<String>]
    public var partners: [Partner]
    public var file: String
}

public struct Partner: Sendable {
    public var name: String
    public var kind: String
    public var languages: [Located<String>]
    public var phone: PhoneNumber?
    public var email: String?
    public var website: String?
    public var location: SourceLocation
}

public struct Location: Sendable {
    public var id: String
    public var name: String
    public var kind: String
    public var address: String
    public var postcode: String
    public var city: String
    public var coordinates: Coordinates?
    public var accessibility: Accessibility
    public var file: String

    /// An OpenStreetMap link: the point when coordinates are known, else an address search.
    public var mapURL: String {
        if let coordinates {
            let lat = coordinates.latitudeText, lon = coordinates.longitudeText
            return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=18/\(lat)/\(lon)"
        }
        let query = "\(address), \(postcode) \(city)"
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return "https://www.openstreetmap.org/search?query=\(encoded)"
    }
}

public struct Coordinates: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double
    /// The numbers as written in the content, so output never depends on float printing.
    public var latitudeText: String
    public var longitudeText: String
}

public struct Accessibility: Sendable, Hashable {
    public var stepFree: Bool?
    public var lift: Bool?
    public var accessibleToilet: Bool?
    public var hearingLoop: Bool?
    public var parkingDisabled: Bool?
    public var publicTransport: String?
}

