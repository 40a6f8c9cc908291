// The page the preview shows instead of a stale site while the content has errors.

import Wijkwijzer

enum ErrorPage {
    static let stylesheetName = "errors.css"

    /// Every error and warning with file:line:column, the quoted line, message and hint.
    static func html(_ diagnostics: DiagnosticBag, sources: SourceFiles, version: String) -> String {
        let sorted = diagnostics.sorted
        let errors = sorted.filter { $0.severity == .error }.count
        var items = ""
        for diagnostic in sorted {
            items += "<li class=\"\(diagnostic.severity.rawValue)\">\n"
            items += "<p><code class=\"where\">\(HTML.escape(diagnostic.location.description))</code> "
            items += "<strong>\(diagnostic.severity.rawValue)</strong>: \(HTML.escape(diagnostic.message))"
            items += " <code class=\"code\">[\(HTML.escape(diagnostic.code))]</code></p>\n"
            if let line = sources.line(diagnostic.location) {
                let caret = String(repeating: " ", count: max(0, diagnostic.location.column - 1)) + "^"
                items += "<pre>\(HTML.escape(line))\n\(caret)</pre>\n"
            }
            if let hint = diagnostic.hint { items += "<p class=\"hint\">hint: \(HTML.escape(hint))</p>\n" }
            items += "</li>\n"
        }
        let title = "\(errors) error\(errors == 1 ? "" : "s") in the content"
        let html = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
            <title>\(title) – wijkwijzer serve</title>
            <link rel="stylesheet" href="/__wijkwijzer/\(stylesheetName)">
            </head>
            <body>
            <main>
            <h1>\(title)</h1>
            <p>The site is not rebuilt until these are fixed. This page reloads by itself when you save a fix.</p>
            <ol class="diagnostics">
            \(items)</ol>
            </main>
            </body>
            </html>

            """
        return String(decoding: ReloadScript.inject(into: Array(html.utf8), version: version), as: UTF8.self)
    }

    static let stylesheet = """
        body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; padding: 1rem; background: #fff; color: #111; }
        main { max-width: 60rem; margin: 0 auto; }
        h1 { color: #a00; font-size: 1.5rem; }
        ol.diagnostics { padding-inline-start: 1.5rem; }
        li { margin-block-end: 1rem; }
        li.error strong { color: #a00; }
        li.warning strong { color: #7a5200; }
        pre { background: #f3f3f3; padding: 0.5rem; overflow-x: auto; }
        .hint { color: #333; }
        code.where { font-weight: bold; }

        """
}
