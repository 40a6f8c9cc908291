// CLDR plural rules as data: conditions over CLDR's operands (n, i, v, w, f, t, e), parsed from
// the rule text, so a new language needs a rule line, not code.

/// The operands CLDR defines for a number as written ("1", "2.50").
public struct PluralOperands: Sendable, Equatable {
    /// Integer digits of the absolute value.
    public var i: Int
    /// Visible fraction digits, as written ("50" for 2.50).
    public var fraction: String
    /// Compact exponent (always 0 here: the site writes plain numbers).
    public var e = 0

    public var v: Int { fraction.count }
    public var f: Int { Int(fraction) ?? 0 }
    public var t: Int { Int(String(fraction.reversed().drop { $0 == "0" }.reversed())) ?? 0 }
    public var w: Int { fraction.reversed().drop { $0 == "0" }.count }
    public var isInteger: Bool { fraction.allSatisfy { $0 == "0" } }

    /// Parses "3", "-1", "2.50"; nil for anything else (or too large).
    public init?(_ text: String) {
        var digits = Substring(text)
        if digits.hasPrefix("-") { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let integer = parts.first, !integer.isEmpty, integer.count <= 15,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let value = Int(integer) else { return nil }
        i = value
        fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2, fraction.isEmpty || fraction.count > 6 { return nil }
    }

    public init(_ integer: Int) {
        i = abs(integer)
        fraction = ""
    }
}

/// One language's rules: category → condition, checked in CLDR's order; "other" is the rest.
public struct PluralRules: Sendable {
    public static let categoryOrder = ["zero", "one", "two", "few", "many"]
    let conditions: [(category: String, condition: PluralCondition)]

    /// Every category this language uses, "other" included.
    public var categories: [String] { conditions.map(\.category) + ["other"] }

    /// Parses category → rule text; returns the failing category and reason on a syntax error.
    public static func parse(_ rules: [String: String]) -> Result<PluralRules, PluralRuleError> {
        var conditions: [(String, PluralCondition)] = []
        for category in categoryOrder {
            guard let text = rules[category] else { continue }
            switch PluralCondition.parse(text) {
            case .success(let condition): conditions.append((category, condition))
            case .failure(let error): return .failure(PluralRuleError(category: category, reason: error.reason))
            }
        }
        if let unknown = rules.keys.first(where: { !categoryOrder.contains($0) && $0 != "other" }) {
            return .failure(PluralRuleError(category: unknown, reason: "'\(unknown)' is not a CLDR plural category"))
        }
        return .success(PluralRules(conditions: conditions))
    }

    public func category(for operands: PluralOperands) -> String {
        conditions.first { $0.condition.matches(operands) }?.category ?? "other"
    }

    public func category(for count: Int) -> String { category(for: PluralOperands(count)) }
}

struct PluralSyntaxError: Error {
    var reason: String
}

public struct PluralRuleError: Error, Equatable, Sendable {
    public var category: String
    public var reason: String
}

/// `relation (and relation)* (or …)*`, as CLDR writes it.
struct PluralCondition: Sendable {
    struct Relation: Sendable {
        var operand: Character
        var modulo: Int?
        var negated: Bool
        var ranges: [ClosedRange<Int>]
    }

    /// Disjunction of conjunctions.
    var alternatives: [[Relation]]

    func matches(_ operands: PluralOperands) -> Bool {
        alternatives.contains { $0.allSatisfy { relation in relation.holds(for: operands) } }
    }

    static func parse(_ text: String) -> Result<PluralCondition, PluralSyntaxError> {
        var alternatives: [[Relation]] = []
        for alternative in text.components(separatedBy: " or ") {
            var relations: [Relation] = []
            for part in alternative.components(separatedBy: " and ") {
                switch Relation.parse(part) {
                case .success(let relation): relations.append(relation)
                case .failure(let error): return .failure(error)
                }
            }
            alternatives.append(relations)
        }
        return .success(PluralCondition(alternatives: alternatives))
    }
}

extension PluralCondition.Relation {
    func holds(for operands: PluralOperands) -> Bool {
        var value: Int
        var integral = true
        switch operand {
        case "n": value = operands.i; integral = operands.isInteger
        case "i": value = operands.i
        case "v": value = operands.v
        case "w": value = operands.w
        case "f": value = operands.f
        case "t": value = operands.t
        default: value = operands.e
        }
        if let modulo, modulo > 0 { value %= modulo }
        let inRange = integral && ranges.contains { $0.contains(value) }
        return negated ? !inRange : inRange
    }

    /// `i % 10 = 2..4`, `n != 1`, `i = 0,1`.
    static func parse(_ text: String) -> Result<Self, PluralSyntaxError> {
        let compact = text.replacingOccurrences(of: " ", with: "")
        let negated = compact.contains("!=")
        let sides = compact.components(separatedBy: negated ? "!=" : "=")
        guard sides.count == 2, let left = sides.first, let right = sides.last, let operand = left.first,
              "nivwfte".contains(operand) else {
            return .failure(PluralSyntaxError(reason: "'\(text)' is not a relation like 'i % 10 = 2..4'"))
        }
        var modulo: Int?
        if left.count > 1 {
            guard left.dropFirst().first == "%", let value = Int(left.dropFirst(2)), value > 0 else {
                return .failure(PluralSyntaxError(reason: "'\(left)' is not an operand like 'i' or 'i % 10'"))
            }
            modulo = value
        }
        var ranges: [ClosedRange<Int>] = []
        for item in right.split(separator: ",") {
            let bounds = item.components(separatedBy: "..")
            guard let low = bounds.first.flatMap({ Int($0) }), let high = bounds.last.flatMap({ Int($0) }),
                  bounds.count <= 2, low <= high else {
                return .failure(PluralSyntaxError(reason: "'\(item)' is not a number or a range like 2..4"))
            }
            ranges.append(low...high)
        }
        guard !ranges.isEmpty else { return .failure(PluralSyntaxError(reason: "'\(text)' compares with nothing")) }
        return .success(Self(operand: operand, modulo: modulo, negated: negated, ranges: ranges))
    }
}

import Foundation

extension PluralRules {
    /// The rules as gettext's `plural=` C expression over an integer n (fraction operands are 0),
    /// indexing the categories in `categories` order.
    public var gettextExpression: String {
        guard !conditions.isEmpty else { return "0" }
        var expression = String(conditions.count)
        for (index, entry) in conditions.enumerated().reversed() {
            expression = "(\(entry.condition.cExpression)) ? \(index) : \(expression)"
        }
        return expression
    }
}

extension PluralCondition {
    /// For gettext, over integers: fraction operands (v, w, f, t) and e are 0, so relations on
    /// them are decided here ("1" true, "0" false) and dropped from the expression.
    var cExpression: String {
        var alternativesC: [String] = []
        for relations in alternatives {
            var terms: [String] = []
            var alwaysFalse = false
            for relation in relations {
                let term = relation.cExpression
                if term == "0" { alwaysFalse = true }
                if term != "1" { terms.append(term) }
            }
            if alwaysFalse { continue }
            if terms.isEmpty { return "1" }
            alternativesC.append(terms.joined(separator: " && "))
        }
        if alternativesC.isEmpty { return "0" }
        return alternativesC.count == 1 ? alternativesC[0] : alternativesC.map { "(\($0))" }.joined(separator: " || ")
    }
}

extension PluralCondition.Relation {
    var cExpression: String {
        guard operand == "n" || operand == "i" else {
            let holds = ranges.contains { $0.contains(0) } != negated
            return holds ? "1" : "0"
        }
        let value = modulo.map { "n % \($0)" } ?? "n"
        let tests = ranges.map { range in
            range.lowerBound == range.upperBound ? "\(value) == \(range.lowerBound)"
                : "\(value) >= \(range.lowerBound) && \(value) <= \(range.upperBound)"
        }
        let joined = tests.count == 1 ? tests[0] : tests.map { "(\($0))" }.joined(separator: " || ")
        return negated ? "!(\(joined))" : "(\(joined))"
    }
}
