// The few lines of script that reload an open page after a rebuild; added to pages only in preview.

enum ReloadScript {
    static let fileName = "reload.js"
    static let eventsName = "events"

    /// Served as a file from the site's own origin, so the pages' CSP (`default-src 'self'`)
    /// allows it without an inline script. The page carries the build version it shows; the
    /// script reloads when the server announces another one (also after a restart of `serve`).
    static let source = """
        // Wijkwijzer preview: reload this page when the site has been rebuilt. Never part of the built site.
        (function () {
          var shown = document.currentScript && document.currentScript.getAttribute("data-version");
          var events = new EventSource("/__wijkwijzer/events");
          events.addEventListener("build", function (event) {
            if (event.data !== shown) { events.close(); window.location.reload(); }
          });
        })();

        """

    /// The page with `<script src=… defer>` before `</head>` (or at the end when it has none).
    static func inject(into html: [UInt8], version: String) -> [UInt8] {
        let tag = Array("<script src=\"/__wijkwijzer/\(fileName)\" data-version=\"\(version)\" defer></script>\n".utf8)
        let marker = Array("</head>".utf8)
        guard let index = firstIndex(of: marker, in: html) else { return html + tag }
        var result = html
        result.insert(contentsOf: tag, at: index)
        return result
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
