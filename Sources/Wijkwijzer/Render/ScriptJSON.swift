// JSON for inside a <script> element (JSON-LD): no value can end the element, open an HTML
// comment or break a line for old parsers, whatever text content puts in it.

/// A JSON value whose object keys keep their order, so output is deterministic.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number as written (content numbers are kept as text, never reformatted).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)), (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: return false
        }
    }
}

public enum ScriptJSON {
    /// The JSON text, safe to place between `<script type="application/ld+json">` and `</script>`:
    /// `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes, which JSON reads back unchanged.
    public static func encode(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String) {
        switch value {
        case .string(let text): output += string(text)
        case .number(let text):
            // Only a plain decimal number is written as a number; anything else becomes a string.
            output += text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil ? text : string(text)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, into: &output)
            }
            output += "]"
        case .object(let pairs):
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                output += string(pair.key) + ":"
                write(pair.value, into: &output)
            }
            output += "}"
        }
    }

    /// A quoted JSON string.
    public static func string(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0000}"..."\u{001F}", "\u{007F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
