// RFC 5545 / RFC 6350 content lines: text values escaped, lines folded at 75 octets, CRLF endings.

struct ContentLines {
    private(set) var text = ""

    /// A property whose value is already in its final form (a date, a URI, a rule).
    mutating func raw(_ name: String, _ value: String) {
        text += Self.fold(name + ":" + value) + "\r\n"
    }

    /// A property whose value is free text: backslash, semicolon, comma and newline escaped.
    mutating func text(_ name: String, _ value: String) {
        raw(name, Self.escape(value))
    }

    static func escape(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in a content line.
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits a line into pieces of at most 75 octets, never inside a UTF-8 sequence; every
    /// continuation starts with one space (which counts towards its 75).
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result
    }

    /// `20261225T093000`: a local date and time (the time zone is given by TZID).
    static func localDateTime(_ date: CalendarDate, _ time: TimeOfDay) -> String {
        date.basicFormat + "T" + twoDigits(time.hour) + twoDigits(time.minute) + "00"
    }

    /// `20261225T083000Z`: UTC.
    static func utcDateTime(_ date: CalendarDate, minutes: Int) -> String {
        date.basicFormat + "T" + twoDigits(minutes / 60) + twoDigits(minutes % 60) + "00Z"
    }

    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
