// YAML parsed into a small tree of our own that remembers where every value was written.

/// A YAML value and its position. Our own type (not Yams' `Node`): `Sendable`, and built
/// by `YAMLComposer` from libyaml's events, so no alias is ever expanded.
struct YAMLNode: Sendable {
    enum Value: Sendable {
        case null
        /// `plain` is false when the scalar was quoted or a block scalar.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    var value: Value
    var location: SourceLocation

    var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    var kindName: String {
        switch value {
        case .null: return "nothing"
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a set of fields"
        }
    }
}

enum YAMLTree {
    /// Upper bound on values in one document. Without aliases a document cannot expand, so
    /// this only bounds the memory of a huge file; no content file comes near it.
    static let maximumNodes = 200_000
    /// Upper bound on nesting; content files nest four or five levels.
    static let maximumDepth = 64

    /// Parses `text` (one YAML document) from `file`. `lineOffset` is added to every line
    /// (front matter starts on the second line of its file). Every scalar is read as written:
    /// `no`, `on`, `0302861234` and `9.30` stay text; the readers decide what a value means.
    static func parse(_ text: String, file: String, lineOffset: Int = 0, diagnostics: inout DiagnosticBag) -> YAMLNode? {
        let composer = YAMLComposer(file: file, lineOffset: lineOffset, maximumNodes: maximumNodes, maximumDepth: maximumDepth)
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: line + lineOffset, column: column)
        }
        switch composer.compose(text) {
        case .success(let root):
            return root ?? YAMLNode(value: .null, location: at(1, 1))
        case .failure(.syntax(let problem, let line, let column)):
            diagnostics.error(
                "yaml-syntax", at: at(line, column), "this is not valid YAML: \(problem)",
                hint: syntaxHint(problem: problem, text: text, line: line))
        case .failure(.alias(let name, let line, let column)):
            diagnostics.error(
                "yaml-alias", at: at(line, column), "'*\(name)' repeats a value marked '&\(name)'; content files may not do that",
                hint: "write the value out in full (anchors & and aliases * are not allowed: they can make a tiny file enormous)")
        case .failure(.tooManyValues(let line, let column)):
            diagnostics.error(
                "yaml-too-large", at: at(line, column), "this file holds more than \(maximumNodes) values",
                hint: "split it, or check that it is the file you meant to add")
        case .failure(.tooDeep(let line, let column)):
            diagnostics.error(
                "yaml-too-large", at: at(line, column), "this file nests lists and blocks more than \(maximumDepth) levels deep",
                hint: "check the indentation and the [ ] and { } brackets")
        case .failure(.severalDocuments(let line, let column)):
            diagnostics.error(
                "yaml-syntax", at: at(line, column), "this file holds more than one YAML document",
                hint: "remove this '---' line: one file describes one thing")
        }
        return nil
    }

    private static func syntaxHint(problem: String, text: String, line: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = line - 1
        if index >= 0, index < lines.count, lines[index].contains("\t") {
            return "YAML does not allow tabs for indentation; use spaces"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be in quotes, e.g. title: \"Tijd: 9 uur\""
        }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "check the indentation: items of one list or fields of one block start in the same column"
        }
        if problem.contains("control characters") || problem.contains("invalid") {
            return "remove the invisible character at this place (it may come from copying text out of a PDF or a word processor)"
        }
        return "check the line above too: quotes and indentation must match"
    }
}
