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

    /// Compact JSON with sorted keys.
    var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// JSON safe inside an HTML `<script>` element: `<`, `>` and `&` (which only occur inside
    /// strings) become `\u003c`, `\u003e`, `\u0026`, so `</script>` in data cannot end the block;
    /// U+2028 and U+2029, which old script parsers read as line ends, become `\u2028`, `\u2029`.
    var encodedForScriptElement: String {
        let utf8 = Array(encoded.utf8)
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
