// Stylesheets as served: comments and layout whitespace removed, so every page downloads less.

enum CSSMinifier {
    /// Drops `/* … */` comments and the whitespace around `{ } ; : , >`; runs of whitespace become
    /// one space. Quoted strings (`content: "☎ "`) are copied as they are.
    static func minify(_ css: String) -> String {
        var output = ""
        output.reserveCapacity(css.utf8.count)
        let characters = Array(css.unicodeScalars)
        var index = 0
        var pendingSpace = false
        let tight: Set<Unicode.Scalar> = ["{", "}", ";", ":", ",", ">"]
        func lastScalar() -> Unicode.Scalar? { output.unicodeScalars.last }
        while index < characters.count {
            let scalar = characters[index]
            if scalar == "/", index + 1 < characters.count, characters[index + 1] == "*" {
                index += 2
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == "/") { index += 1 }
                index += 2
                continue
            }
            if scalar == "\"" || scalar == "'" {
                if pendingSpace, let last = lastScalar(), !tight.contains(last) { output.unicodeScalars.append(" ") }
                pendingSpace = false
                output.unicodeScalars.append(scalar)
                index += 1
                while index < characters.count, characters[index] != scalar {
                    output.unicodeScalars.append(characters[index])
                    index += 1
                }
                if index < characters.count { output.unicodeScalars.append(scalar) }
                index += 1
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                index += 1
                continue
            }
            if pendingSpace, let last = lastScalar(), !tight.contains(last), !tight.contains(scalar) {
                output.unicodeScalars.append(" ")
            }
            pendingSpace = false
            output.unicodeScalars.append(scalar)
            index += 1
        }
        return output
    }
}
