// `\n`, `\t`, `\r` and `\<character>` in one-line text: PO strings and the build state's fields.

enum BackslashEscapes {
    /// `\n`, `\t` and `\r` become the control characters; a backslash before anything else
    /// keeps that character (`\\` → `\`, `\"` → `"`).
    static func decode(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": result += "\n"
                case "t": result += "\t"
                case "r": result += "\r"
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
