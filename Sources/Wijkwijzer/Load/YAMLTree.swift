// YAML parsed into a small tree of our own that remembers where every value was written.

import Yams

/// A YAML value and its position. Our own type (not Yams' `Node`) so it is `Sendable`
/// and so that alias expansion is bounded while it is built.
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
    /// Upper bound on nodes in one document: stops "billion laughs" alias bombs.
    static let maximumNodes = 200_000

    /// Parses `text` (one YAML document) from `file`. `lineOffset` is added to every line
    /// (front matter starts on the second line of its file).
    static func parse(_ text: String, file: String, lineOffset: Int = 0, diagnostics: inout DiagnosticBag) -> YAMLNode? {
        let root: Node?
        do {
            // The basic resolver: we read every scalar as written, so the regex-based type
            // guessing of the default resolver (its cost dominated loading) is not needed.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, column, problem) = describe(error)
            diagnostics.error(
                "yaml-syntax", at: SourceLocation(file: file, line: line + lineOffset, column: column),
                "this is not valid YAML: \(problem)",
                hint: syntaxHint(problem: problem, text: text, line: line))
            return nil
        } catch {
            diagnostics.error("yaml-syntax", at: SourceLocation(file: file, line: 1 + lineOffset), "this is not valid YAML: \(error)")
            return nil
        }
        guard let root else {
            return YAMLNode(value: .null, location: SourceLocation(file: file, line: 1 + lineOffset))
        }
        var budget = maximumNodes
        let tree = convert(root, file: file, lineOffset: lineOffset, budget: &budget)
        if budget < 0 {
            diagnostics.error(
                "yaml-too-large", at: SourceLocation(file: file, line: 1 + lineOffset),
                "this file expands to more than \(maximumNodes) values",
                hint: "YAML anchors and aliases (& and *) are not needed in content files; write the values out")
            return nil
        }
        return tree
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int, budget: inout Int) -> YAMLNode {
        budget -= 1
        let mark = node.mark
        let location = SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        if budget < 0 { return YAMLNode(value: .null, location: location) }
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain
            if plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return YAMLNode(value: .null, location: location)
            }
            return YAMLNode(value: .scalar(scalar.string, plain: plain), location: location)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                if budget < 0 { break }
                items.append(convert(item, file: file, lineOffset: lineOffset, budget: &budget))
            }
            return YAMLNode(value: .sequence(items), location: location)
        case .mapping(let mapping):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            for (key, value) in mapping {
                if budget < 0 { break }
                pairs.append((convert(key, file: file, lineOffset: lineOffset, budget: &budget),
                              convert(value, file: file, lineOffset: lineOffset, budget: &budget)))
            }
            return YAMLNode(value: .mapping(pairs), location: location)
        case .alias:
            return YAMLNode(value: .null, location: location)
        }
    }

    private static func describe(_ error: YamlError) -> (line: Int, column: Int, problem: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return (mark.line, mark.column, detail)
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = Set(duplicates).sorted().map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column, "the field \(names) is written more than once in one block")
        default:
            return (1, 1, "\(error)")
        }
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
        return "check the line above too: quotes and indentation must match"
    }
}
