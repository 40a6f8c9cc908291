// A diagnostic: one problem found in the content, with where it is and how to fix it.

/// A position in a content file. Lines and columns count from 1.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One finding of `load` or `check`. Compared as a whole value in tests.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    /// A stable identifier, documented in the README (e.g. `unknown-reference`).
    public var code: String
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ severity: Severity, _ code: String, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message`, the quoted source line with a caret, and the hint.
    public func formatted(sourceLine: String?) -> String {
        var text = "\(location): \(severity.rawValue): \(message) [\(code)]"
        if let sourceLine {
            // Tabs and invisible direction controls shown as one visible column each; a very
            // long line is cut to the part around the column.
            var scalars = Array(sourceLine.unicodeScalars.map { scalar in
                scalar == "\t" ? " " : BidiControls.isControl(scalar) ? "\u{FFFD}" : scalar
            })
            var caret = max(0, location.column - 1)
            if scalars.count > 160 {
                let start = max(0, min(caret - 60, scalars.count - 120))
                let end = min(scalars.count, start + 120)
                scalars = (start > 0 ? ["…"] : []) + Array(scalars[start..<end]) + (end < scalars.count ? ["…"] : [])
                caret = caret - start + (start > 0 ? 1 : 0)
            }
            text += "\n    \(String(String.UnicodeScalarView(scalars)))\n    " + String(repeating: " ", count: max(0, caret)) + "^"
        }
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// Collects diagnostics in the order they are found; sorted for output. Of one code in one file
/// the first `limitPerFileAndCode` are kept and the rest only counted, so a file with 50,000 broken
/// links costs neither minutes nor a flood of output.
public struct DiagnosticBag: Sendable {
    public static let limitPerFileAndCode = 50

    public private(set) var all: [Diagnostic] = []

    struct Key: Hashable, Sendable {
        var file: String
        var code: String
        var severity: Severity
    }

    private var kept: [Key: Int] = [:]
    /// Diagnostics counted but not kept: how many, and where the first of them was.
    private var omitted: [Key: (count: Int, first: SourceLocation)] = [:]

    public init() {}

    /// The hint is worked out only when the diagnostic is kept: a "did you mean" compares
    /// with every known name, which 100,000 times over would take minutes.
    public mutating func error(_ code: String, at location: SourceLocation, _ message: String, hint: @autoclosure () -> String? = nil) {
        add(.error, code, at: location, message, hint: hint)
    }

    public mutating func warning(_ code: String, at location: SourceLocation, _ message: String, hint: @autoclosure () -> String? = nil) {
        add(.warning, code, at: location, message, hint: hint)
    }

    private mutating func add(_ severity: Severity, _ code: String, at location: SourceLocation, _ message: String, hint: () -> String?) {
        let key = Key(file: location.file, code: code, severity: severity)
        let count = kept[key, default: 0]
        if count < Self.limitPerFileAndCode {
            kept[key] = count + 1
            all.append(Diagnostic(severity, code, at: location, message, hint: hint()))
        } else {
            let previous = omitted[key]
            omitted[key] = ((previous?.count ?? 0) + 1, previous?.first ?? location)
        }
    }

    public mutating func append(contentsOf other: DiagnosticBag) {
        for diagnostic in other.all {
            add(diagnostic.severity, diagnostic.code, at: diagnostic.location, diagnostic.message, hint: { diagnostic.hint })
        }
        for (key, value) in other.omitted {
            let previous = omitted[key]
            omitted[key] = ((previous?.count ?? 0) + value.count, previous?.first ?? value.first)
        }
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Every problem found, the omitted ones included.
    public var errorCount: Int { count(.error) }
    public var warningCount: Int { count(.warning) }

    private func count(_ severity: Severity) -> Int {
        all.filter { $0.severity == severity }.count + omitted.filter { $0.key.severity == severity }.reduce(0) { $0 + $1.value.count }
    }

    /// One line for each kind of problem that was counted but not listed.
    public var omissions: [Diagnostic] {
        omitted.map { key, value in
            Diagnostic(
                key.severity, key.code, at: value.first,
                "\(value.count) more '\(key.code)' \(value.count == 1 ? "problem" : "problems") in this file \(value.count == 1 ? "is" : "are") not listed",
                hint: "fix the ones listed first, then check again")
        }
    }

    /// Sorted by file, line, column, then message, so reports are deterministic.
    public var sorted: [Diagnostic] {
        (all + omissions).sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}

/// JSON for CI: `{file, line, column, severity, code, message, hint}`.
extension Diagnostic: Encodable {
    enum CodingKeys: String, CodingKey {
        case file, line, column, severity, code, message, hint
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(hint, forKey: .hint)
    }
}
