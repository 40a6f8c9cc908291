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
    /// continuation starts with one space (which counts towards its 75). Works on bytes.
    static func fold(_ line: String) -> String {
        let utf8 = line.utf8
        guard utf8.count > 75 else { return line }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + utf8.count / 24)
        var octets = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            // One scalar: a lead byte and its continuation bytes (10xxxxxx).
            var end = utf8.index(after: index)
            while end != utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
            let size = utf8.distance(from: index, to: end)
            if octets + size > 75 {
                bytes.append(contentsOf: [0x0D, 0x0A, 0x20])
                octets = 1
            }
            bytes.append(contentsOf: utf8[index..<end])
            octets += size
            index = end
        }
        return String(decoding: bytes, as: UTF8.self)
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
