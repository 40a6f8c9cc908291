// Small string operations on Unicode scalars; Foundation's versions bridge to NSString and were
// a measurable part of loading.

extension StringProtocol {
    /// Whitespace and newlines removed from both ends.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Whether `needle` occurs in the text, compared byte for byte (no locale, no bridging).
    func containsBytes(_ needle: String) -> Bool {
        let haystack = Array(utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return pattern.isEmpty }
        let first = pattern[0]
        var index = 0
        while index <= haystack.count - pattern.count {
            if haystack[index] == first, haystack[index..<index + pattern.count].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
