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
            // Tabs and invisible direction controls shown as one visible column each.
            let shown = String(String.UnicodeScalarView(sourceLine.unicodeScalars.map { scalar in
                scalar == "\t" ? " " : BidiControls.isControl(scalar) ? "\u{FFFD}" : scalar
            }))
            text += "\n    \(shown)\n    " + String(repeating: " ", count: max(0, location.column - 1)) + "^"
        }
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// Collects diagnostics in the order they are found; sorted for output.
public struct DiagnosticBag: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func error(_ code: String, at location: SourceLocation, _ message: String, hint: String? = nil) {
        all.append(Diagnostic(.error, code, at: location, message, hint: hint))
    }

    public mutating func warning(_ code: String, at location: SourceLocation, _ message: String, hint: String? = nil) {
        all.append(Diagnostic(.warning, code, at: location, message, hint: hint))
    }

    public mutating func append(contentsOf other: DiagnosticBag) {
        all.append(contentsOf: other.all)
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by file, line, column, then message, so reports are deterministic.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}
