// Reads the fields of one YAML block, reporting wrong types and unknown fields with positions.

import Foundation

/// A value read from content, with the place it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// Reads one mapping node. Every field read is remembered; `finish` reports the rest as unknown,
/// so a misspelt field name is an error instead of a silently missing value.
struct FieldReader {
    let node: YAMLNode
    /// What this block describes, for messages ("team", "walk-in session").
    let what: String
    private var fields: [String: (key: YAMLNode, value: YAMLNode)] = [:]
    private var order: [String] = []
    private var read: Set<String> = []

    /// Nil (with an error) when `node` is not a mapping.
    init?(_ node: YAMLNode, what: String, diagnostics: inout DiagnosticBag) {
        self.node = node
        self.what = what
        guard case .mapping(let pairs) = node.value else {
            diagnostics.error(
                "wrong-type", at: node.location, "expected the fields of a \(what), found \(node.kindName)",
                hint: "write one 'field: value' per line")
            return nil
        }
        for pair in pairs {
            guard let name = pair.key.scalarText else {
                diagnostics.error("wrong-type", at: pair.key.location, "a field name must be a single word")
                continue
            }
            if fields[name] != nil {
                diagnostics.error(
                    "duplicate-key", at: pair.key.location, "the field '\(name)' is written twice in this \(what)",
                    hint: "keep one of them")
                continue
            }
            fields[name] = pair
            order.append(name)
        }
    }

    var location: SourceLocation { node.location }

    func has(_ name: String) -> Bool {
        if let pair = fields[name], case .null = pair.value.value { return false }
        return fields[name] != nil
    }

    /// The raw node of a field (nil when absent or empty).
    mutating func node(_ name: String) -> YAMLNode? {
        read.insert(name)
        guard let pair = fields[name] else { return nil }
        if case .null = pair.value.value { return nil }
        return pair.value
    }

    /// Where a missing field should have been: the start of the block.
    private func missing(_ name: String, _ diagnostics: inout DiagnosticBag, hint: String?) {
        diagnostics.error(
            "missing-field", at: node.location, "this \(what) has no '\(name)'",
            hint: hint ?? "add a line '\(name): …'")
    }

    mutating func string(_ name: String, required: Bool = false, hint: String? = nil,
                         _ diagnostics: inout DiagnosticBag) -> Located<String>? {
        guard let value = node(name) else {
            if required { missing(name, &diagnostics, hint: hint) }
            return nil
        }
        guard let text = value.scalarText else {
            diagnostics.error(
                "wrong-type", at: value.location, "'\(name)' must be a single value, found \(value.kindName)",
                hint: hint)
            return nil
        }
        let trimmed = text.trimmed
        if trimmed.isEmpty {
            if required { missing(name, &diagnostics, hint: hint) }
            return nil
        }
        return Located(trimmed, at: value.location)
    }

    /// `true` or `false` only: YAML 1.1's `yes`, `no`, `on`, `off` are refused, not guessed.
    mutating func bool(_ name: String, _ diagnostics: inout DiagnosticBag) -> Bool? {
        guard let value = node(name) else { return nil }
        switch value.scalarText?.lowercased() {
        case "true": return true
        case "false": return false
        default:
            diagnostics.error(
                "wrong-type", at: value.location, "'\(name)' must be true or false",
                hint: "write true or false (not yes/no/on/off)")
            return nil
        }
    }

    /// A list of single values; a single value alone is accepted as a list of one.
    mutating func strings(_ name: String, required: Bool = false, _ diagnostics: inout DiagnosticBag) -> [Located<String>] {
        guard let value = node(name) else {
            if required { missing(name, &diagnostics, hint: "add a list, e.g. \(name): [a, b]") }
            return []
        }
        switch value.value {
        case .scalar(let text, _):
            return [Located(text.trimmed, at: value.location)]
        case .sequence(let items):
            var result: [Located<String>] = []
            for item in items {
                if let text = item.scalarText {
                    result.append(Located(text.trimmed, at: item.location))
                } else if case .null = item.value {
                    diagnostics.error("wrong-type", at: item.location, "an item of '\(name)' is empty")
                } else {
                    diagnostics.error("wrong-type", at: item.location, "each item of '\(name)' must be a single value, found \(item.kindName)")
                }
            }
            return result
        default:
            diagnostics.error("wrong-type", at: value.location, "'\(name)' must be a list, found \(value.kindName)")
            return []
        }
    }

    /// The items of a list of blocks.
    mutating func list(_ name: String, _ diagnostics: inout DiagnosticBag) -> [YAMLNode] {
        guard let value = node(name) else { return [] }
        guard case .sequence(let items) = value.value else {
            diagnostics.error(
                "wrong-type", at: value.location, "'\(name)' must be a list, found \(value.kindName)",
                hint: "start each item on its own line with '- '")
            return []
        }
        return items
    }

    /// A nested block, read with its own reader.
    mutating func block(_ name: String, what: String, required: Bool = false, _ diagnostics: inout DiagnosticBag) -> FieldReader? {
        guard let value = node(name) else {
            if required { missing(name, &diagnostics, hint: nil) }
            return nil
        }
        return FieldReader(value, what: what, diagnostics: &diagnostics)
    }

    /// Reports every field that was not read as unknown.
    func finish(_ diagnostics: inout DiagnosticBag) {
        for name in order where !read.contains(name) {
            guard let pair = fields[name] else { continue }
            diagnostics.error(
                "unknown-field", at: pair.key.location, "a \(what) has no field '\(name)'",
                hint: Suggestion.hint(for: name, in: Array(read), kind: "fields"))
        }
    }
}
