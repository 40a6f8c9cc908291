// Checked conversions of single values: phone numbers, e-mail, web addresses, postcodes, times.

import Foundation

enum Values {
    static func phone(_ text: Located<String>?, _ diagnostics: inout DiagnosticBag) -> PhoneNumber? {
        guard let text else { return nil }
        guard let phone = PhoneNumber.parse(text.value) else {
            diagnostics.error(
                "bad-phone", at: text.location, "'\(text.value)' is not a phone number",
                hint: "write it in quotes with the country code, e.g. \"+31 30 099 1234\"")
            return nil
        }
        return phone
    }

    static func email(_ text: Located<String>?, _ diagnostics: inout DiagnosticBag) -> String? {
        guard let text else { return nil }
        let value = text.value
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_+"))
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              value.unicodeScalars.allSatisfy({ allowed.contains($0) || $0 == "@" }) else {
            diagnostics.error("bad-email", at: text.location, "'\(value)' is not an e-mail address", hint: "e.g. info@example.org")
            return nil
        }
        return value
    }

    /// Only https:// and http:// addresses: no javascript:, data: or other schemes.
    static func webAddress(_ text: Located<String>?, _ diagnostics: inout DiagnosticBag) -> String? {
        guard let text else { return nil }
        let lower = text.value.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !text.value.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }),
              URL(string: text.value)?.host != nil else {
            diagnostics.error("bad-url", at: text.location, "'\(text.value)' is not a web address", hint: "it must start with https://")
            return nil
        }
        return text.value
    }

    static func oneOf(_ text: Located<String>?, _ allowed: [String], _ diagnostics: inout DiagnosticBag) -> String? {
        guard let text else { return nil }
        guard allowed.contains(text.value) else {
            diagnostics.error(
                "bad-value", at: text.location, "'\(text.value)' is not one of: \(allowed.joined(separator: ", "))",
                hint: Suggestion.closest(to: text.value, in: allowed).map { "did you mean '\($0)'?" })
            return nil
        }
        return text.value
    }

    static func isDutchPostcode(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 7, scalars[4] == " " else { return false }
        return scalars[0..<4].allSatisfy { ("0"..."9").contains($0) } && scalars[0] != "0"
            && scalars[5...].allSatisfy { ("A"..."Z").contains($0) }
    }

    /// Four-digit postcodes (PC4), e.g. 3563.
    static func postcodes(_ items: [Located<String>], _ diagnostics: inout DiagnosticBag) -> [Located<Int>] {
        items.compactMap { item in
            guard item.value.count == 4, item.value.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(item.value), number >= 1000 else {
                diagnostics.error("bad-postcode", at: item.location, "'\(item.value)' is not a four-digit postcode", hint: "list the digits only, e.g. postcodes: [3561, 3562]")
                return nil
            }
            return Located(number, at: item.location)
        }
    }

    static func time(_ text: Located<String>?, field: String, _ diagnostics: inout DiagnosticBag) -> TimeOfDay? {
        guard let text else { return nil }
        guard let time = TimeOfDay.parse(text.value) else {
            let hint: String
            if text.value.contains(".") {
                hint = "write the time with a colon and in quotes, e.g. \(field): \"\(text.value.replacingOccurrences(of: ".", with: ":"))\""
            } else {
                hint = "write the time on the 24-hour clock as HH:MM, in quotes, e.g. \(field): \"09:30\""
            }
            diagnostics.error("bad-time", at: text.location, "'\(text.value)' is not a time of day", hint: hint)
            return nil
        }
        return time
    }

    static func date(_ text: Located<String>?, _ diagnostics: inout DiagnosticBag) -> Located<CalendarDate>? {
        guard let text else { return nil }
        guard let date = CalendarDate.parse(text.value) else {
            diagnostics.error("bad-date", at: text.location, "'\(text.value)' is not a date", hint: "write the date as YYYY-MM-DD, e.g. 2026-10-01")
            return nil
        }
        return Located(date, at: text.location)
    }

    /// `[latitude, longitude]`, kept as written so output does not depend on float printing.
    static func coordinates(_ node: YAMLNode?, _ diagnostics: inout DiagnosticBag) -> Coordinates? {
        guard let node else { return nil }
        guard case .sequence(let items) = node.value, items.count == 2,
              let latText = items[0].scalarText, let lonText = items[1].scalarText,
              let lat = Double(latText), let lon = Double(lonText),
              (-90...90).contains(lat), (-180...180).contains(lon) else {
            diagnostics.error("bad-coordinates", at: node.location, "coordinates must be [latitude, longitude]", hint: "e.g. coordinates: [52.1148, 5.1105]")
            return nil
        }
        return Coordinates(latitude: lat, longitude: lon, latitudeText: latText, longitudeText: lonText)
    }
}
