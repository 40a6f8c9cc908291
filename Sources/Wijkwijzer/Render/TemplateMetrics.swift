// `build --template-metrics`: how often each template was rendered and how long it took, like
// Hugo's `--templateMetrics`, so that a maintainer sees which template to make cheaper.

import Foundation

public final class TemplateMetrics: @unchecked Sendable {
    public struct Row: Sendable, Equatable {
        public var template: String
        public var count: Int
        public var total: Duration
        public var bytes: Int

        public var mean: Duration { count == 0 ? .zero : total / count }
    }

    private let lock = NSLock()
    private var rows: [String: Row] = [:]
    private var keptPages = 0

    public init() {}

    func record(_ template: String, _ duration: Duration, bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        var row = rows[template] ?? Row(template: template, count: 0, total: .zero, bytes: 0)
        row.count += 1
        row.total += duration
        row.bytes += bytes
        rows[template] = row
    }

    func recordKept() {
        lock.lock()
        keptPages += 1
        lock.unlock()
    }

    /// Every template rendered, the most expensive first (`layout` includes its partials but not
    /// the page's own template, which is rendered first and passed in as `main`).
    public var report: [Row] {
        lock.lock()
        defer { lock.unlock() }
        return rows.values.sorted { ($0.total, $1.template) > ($1.total, $0.template) }
    }

    /// Pages not rendered because they equal the last build's (`PageReuse`).
    public var kept: Int {
        lock.lock()
        defer { lock.unlock() }
        return keptPages
    }

    /// The report as a table for the terminal.
    public func table() -> String {
        func milliseconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        func microseconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return String(format: "%.0f", Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
        }
        let rows = report
        let width = max(8, rows.map(\.template.count).max() ?? 0)
        func pad(_ text: String, _ count: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, count - text.count))
            return left ? text + padding : padding + text
        }
        var lines = [pad("template", width, left: true) + "   count   total ms   mean µs   KB out"]
        for row in rows {
            lines.append(pad(row.template, width, left: true) + pad(String(row.count), 8) + pad(milliseconds(row.total), 11)
                + pad(microseconds(row.mean), 10) + pad(String(row.bytes / 1024), 9))
        }
        lines.append("pages kept from the last build, not rendered: \(kept)")
        return lines.joined(separator: "\n")
    }
}
