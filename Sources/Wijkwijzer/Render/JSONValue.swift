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
    /// strings) become `\u003c`, `\u003e`, `\u0026`, so `</script>` in data cannot end the block.
    var encodedForScriptElement: String {
        var bytes: [UInt8] = []
        let utf8 = encoded.utf8
        bytes.reserveCapacity(utf8.count + 64)
        for byte in utf8 {
            switch byte {
            case 0x3C: bytes.append(contentsOf: "\\u003c".utf8)
            case 0x3E: bytes.append(contentsOf: "\\u003e".utf8)
            case 0x26: bytes.append(contentsOf: "\\u0026".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
