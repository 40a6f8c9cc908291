// "Did you mean …?": the closest known name to a misspelt one.

enum Suggestion {
    /// The candidate with the smallest edit distance, if it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        let length = word.count
        // Nobody misspells an 80-letter name; and a pasted page of text must not cost minutes.
        guard length <= 80 else { return nil }
        let limit = max(2, length / 3)
        for candidate in candidates where abs(candidate.count - length) <= limit {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// A hint naming the closest candidate, or listing a few of them.
    static func hint(for word: String, in candidates: [String], kind: String) -> String {
        if let near = closest(to: word, in: candidates) {
            return "did you mean '\(near)'?"
        }
        let shown = candidates.sorted().prefix(8).joined(separator: ", ")
        let more = candidates.count > 8 ? ", …" : ""
        return candidates.isEmpty ? "there are no \(kind) yet" : "known \(kind): \(shown)\(more)"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
