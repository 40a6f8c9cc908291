// RFC 5545 / RFC 6350 content lines: text values escaped, lines folded at 75 octets, CRLF endings.

struct ContentLines {
    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A property whose value is already in its final form (a date, a URI, a rule).
    mutating func raw(_ name: String, _ value: String) {
        var octets = 0
        Self.appendFolded(name, into: &bytes, octets: &octets)
        Self.appendFolded(":", into: &bytes, octets: &octets)
        Self.appendFolded(value, into: &bytes, octets: &octets)
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// A property whose value is free text: backslash, semicolon, comma and newline escaped.
    mutating func text(_ name: String, _ value: String) {
        raw(name, Self.escape(value))
    }

    /// Every character that needs escaping is ASCII, so the escape works on UTF-8 bytes.
    /// On the string's contiguous bytes, each escape two appends (an array literal per escaped
    /// byte had cost an allocation each: 7,600 instructions a value on the Utrecht site).
    static func escape(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                    result.append(UInt8(ascii: "\\"))
                    result.append(byte)
                case UInt8(ascii: "\n"):
                    result.append(UInt8(ascii: "\\"))
                    result.append(UInt8(ascii: "n"))
                // Other control characters (and CR) are not allowed in a content line.
                case 0..<0x20, 0x7F: continue
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Splits a line into pieces of at most 75 octets, never inside a UTF-8 sequence; every
    /// continuation starts with one space (which counts towards its 75).
    static func fold(_ line: String) -> String {
        var bytes: [UInt8] = []
        var octets = 0
        appendFolded(line, into: &bytes, octets: &octets)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`'s bytes, starting a continuation (CRLF, space) before any scalar that
    /// would take the physical line past 75 octets; `octets` counts the current line's.
    private static func appendFolded(_ text: String, into bytes: inout [UInt8], octets: inout Int) {
        var text = text
        text.withUTF8 { line in
            var index = 0
            while index < line.count {
                // The rest fits on this line: no scalar boundaries to find.
                if octets + line.count - index <= 75 {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[index...]))
                    octets += line.count - index
                    return
                }
                // As many whole scalars as fit, at once: back from the line's 75th octet to the
                // start of the scalar it falls in (continuation bytes are 10xxxxxx), then a fold.
                var end = index + max(75 - octets, 0)
                while end > index, line[end] & 0xC0 == 0x80 { end -= 1 }
                if end > index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<end]))
                    index = end
                }
                bytes.append(contentsOf: [0x0D, 0x0A, 0x20])
                octets = 1
            }
        }
    }

    /// `20261225T093000`: a local date and time (the time zone is given by TZID).
    static func localDateTime(_ date: CalendarDate, _ time: TimeOfDay) -> String {
        date.basicFormat + "T" + twoDigits(time.hour) + twoDigits(time.minute) + "00"
    }

    /// `20261225T083000Z`: UTC.
    static func utcDateTime(_ date: CalendarDate, minutes: Int) -> String {
        date.basicFormat + "T" + twoDigits(minutes / 60) + twoDigits(minutes % 60) + "00Z"
    }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
