// JSON built as values and encoded with sorted keys: deterministic, and never by pasting strings.

import Foundation

enum JSONValue: Encodable, Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case array([JSONValue])
    case object([String: JSONValue])

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .array(let items): try container.encode(items)
        case .object(let fields): try container.encode(fields)
        }
    }

    /// A digest of the value: equal values, equal digests (an object's keys in any order). A page
    /// that the last build kept needs only this, not the JSON (`LanguageContext.page`).
    var digest: Digest {
        var hasher = DigestHasher()
        add(to: &hasher)
        return hasher.finish()
    }

    private func add(to hasher: inout DigestHasher) {
        switch self {
        case .string(let text):
            hasher.add(1)
            hasher.add(text)
        case .bool(let value): hasher.add(value ? 2 : 3)
        case .int(let value):
            hasher.add(4)
            hasher.add(value)
        case .array(let items):
            hasher.add(6)
            hasher.add(items.count)
            for item in items { item.add(to: &hasher) }
        case .object(let fields):
            // Each field digested alone and the digests summed: no sorting, any order.
            var high: UInt64 = 0, low: UInt64 = 0
            for (key, value) in fields {
                var field = DigestHasher()
                field.add(key)
                value.add(to: &field)
                let digest = field.finish()
                high &+= digest.high
                low &+= digest.low
            }
            hasher.add(5)
            hasher.add(fields.count)
            hasher.add(Digest(high: high, low: low))
        }
    }

    /// Compact JSON with sorted keys, the bytes `JSONEncoder` writes with `.sortedKeys` and
    /// `.withoutEscapingSlashes` (keys in UTF-8 byte order; `"`, `\\`, and control characters
    /// escaped, `\b \f \n \r \t` short), written directly: `JSONEncoder` cost a tenth of a
    /// build of the Utrecht site. `JSONValueTests` holds the two to the same bytes.
    var encoded: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(into bytes: inout [UInt8]) {
        switch self {
        case .string(let text): Self.write(text, into: &bytes)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): bytes.append(contentsOf: String(value).utf8)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                item.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let fields):
            bytes.append(UInt8(ascii: "{"))
            // The fields with their values, in key order: no look-up of each key again.
            for (index, field) in fields.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.write(field.key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                field.value.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func write(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: their bytes go in at once.
        guard text.containsByte(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// JSON safe inside an HTML `<script>` element: `<`, `>` and `&` (which only occur inside
    /// strings) become `\u003c`, `\u003e`, `\u0026`, so `</script>` in data cannot end the block;
    /// U+2028 and U+2029, which old script parsers read as line ends, become `\u2028`, `\u2029`.
    var encodedForScriptElement: String {
        let json = encoded
        guard json.containsByte(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) else { return json }
        let utf8 = Array(json.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 64)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case 0x3C: bytes.append(contentsOf: "\\u003c".utf8)
            case 0x3E: bytes.append(contentsOf: "\\u003e".utf8)
            case 0x26: bytes.append(contentsOf: "\\u0026".utf8)
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
            case 0xE2 where index + 1 < utf8.count && utf8[index] == 0x80 && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
                bytes.append(contentsOf: (utf8[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
