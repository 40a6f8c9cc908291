// Markdown to HTML through cmark-gfm: raw HTML dropped, links checked and rewritten.

import CCmarkGFM
import Foundation

/// The pages, teams and wijken that internal links (`page:`, `team:`, `wijk:`) may name.
public struct LinkTargets: Sendable {
    public var pages: Set<String>
    public var teams: Set<String>
    public var wijken: Set<String>
    /// URL prefixes of the site's languages, to warn about hard-coded `/nl/…` links.
    public var languagePrefixes: Set<String>

    public init(pages: Set<String>, teams: Set<String>, wijken: Set<String>, languagePrefixes: Set<String>) {
        self.pages = pages
        self.teams = teams
        self.wijken = wijken
        self.languagePrefixes = languagePrefixes
    }

    /// The path of a target below a language's root (`info/tolk/`), or nil when unknown.
    func path(scheme: String, id: String) -> String?? {
        switch scheme {
        case "page": return pages.contains(id) ? .some("info/\(id)/") : .some(nil)
        case "team": return teams.contains(id) ? .some("buurtteams/\(id)/") : .some(nil)
        case "wijk": return wijken.contains(id) ? .some("wijken/\(id)/") : .some(nil)
        default: return nil
        }
    }

    func names(scheme: String) -> [String] {
        switch scheme {
        case "page": return Array(pages)
        case "team": return Array(teams)
        default: return Array(wijken)
        }
    }
}

public struct RenderedMarkdown: Sendable {
    public var html: String
    public var diagnostics: DiagnosticBag
    /// The HTML of each top-level block, for the side-by-side compare view.
    public var blocks: [String] = []
    /// The shape of each top-level block ("h2", "p", "ul:3"), to check that a translation lines up.
    public var shapes: [String] = []
}

public enum MarkdownRenderer {
    /// cmark-gfm keeps extension state in process-wide tables while parsing inlines, so
    /// parsing is serialised; everything else runs in parallel.
    private static let parseLock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Renders `markdown` from `file` (body starting at `firstLine`). `toLanguageRoot` is the
    /// relative path from the page to its language's root, e.g. `../../` for `info/<slug>/`.
    public static func render(_ markdown: String, file: String, firstLine: Int, toLanguageRoot: String,
                              targets: LinkTargets, isTranslation: Bool,
                              pictograms: [String: String] = [:], easyRead: EasyReadRules? = nil) -> RenderedMarkdown {
        var diagnostics = DiagnosticBag()
        parseLock.lock()
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let parser = cmark_parser_new(options) else {
            parseLock.unlock()
            return RenderedMarkdown(html: "", diagnostics: diagnostics)
        }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        let document = cmark_parser_finish(parser)
        parseLock.unlock()
        defer { cmark_parser_free(parser) }
        guard let document else { return RenderedMarkdown(html: "", diagnostics: diagnostics) }
        defer { cmark_node_free(document) }

        if let easyRead {
            var columns = SourceColumns(markdown)
            EasyReadChecker.check(document, rules: easyRead, location: { node in
                let line = Int(cmark_node_get_start_line(node))
                return SourceLocation(file: file, line: line + firstLine - 1,
                                      column: columns.column(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
            }, diagnostics: &diagnostics)
        }
        rewriteLinks(in: document, markdown: markdown, file: file, firstLine: firstLine, toLanguageRoot: toLanguageRoot,
                     targets: targets, isTranslation: isTranslation, pictograms: pictograms, diagnostics: &diagnostics)

        let extensions = cmark_parser_get_syntax_extensions(parser)
        func html(of node: OpaquePointer) -> String {
            guard let rendered = cmark_render_html(node, options, extensions) else { return "" }
            defer { free(rendered) }
            return tableAlignmentAsClasses(String(cString: rendered))
        }
        var blocks: [String] = [], shapes: [String] = []
        var block = cmark_node_first_child(document)
        while let current = block {
            // Raw HTML is dropped from the page, so it is no block to translate or compare.
            if cmark_node_get_type(current) != CMARK_NODE_HTML_BLOCK {
                blocks.append(html(of: current))
                shapes.append(BlockShape.of(current))
            }
            block = cmark_node_next(current)
        }
        return RenderedMarkdown(html: html(of: document), diagnostics: diagnostics, blocks: blocks, shapes: shapes)
    }

    private static func rewriteLinks(in document: OpaquePointer, markdown: String, file: String, firstLine: Int, toLanguageRoot: String,
                                     targets: LinkTargets, isTranslation: Bool, pictograms: [String: String],
                                     diagnostics: inout DiagnosticBag) {
        // Collect first, change after the walk (changing the tree during iteration is unsafe).
        var links: [OpaquePointer] = []
        var images: [OpaquePointer] = []
        var htmlNodes: [OpaquePointer] = []
        var lists: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }

        var event = cmark_iter_next(iterator)
        // Nodes inside an image's description are left alone: they go when the image is
        // replaced or removed, and must not be touched after that.
        var insideImages = 0
        while event != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator) {
                let type = cmark_node_get_type(node)
                if event == CMARK_EVENT_ENTER {
                    if insideImages == 0 {
                        switch type {
                        case CMARK_NODE_LINK: links.append(node)
                        case CMARK_NODE_IMAGE: images.append(node)
                        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: htmlNodes.append(node)
                        case CMARK_NODE_LIST: lists.append(node)
                        default: break
                        }
                    }
                    if type == CMARK_NODE_IMAGE { insideImages += 1 }
                } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_IMAGE {
                    insideImages -= 1
                }
            }
            event = cmark_iter_next(iterator)
        }
        cmark_iter_free(iterator)

        var columns = SourceColumns(markdown)
        func location(_ node: OpaquePointer) -> SourceLocation {
            let line = Int(cmark_node_get_start_line(node))
            return SourceLocation(
                file: file, line: line + firstLine - 1,
                column: columns.column(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
        }

        for node in htmlNodes {
            diagnostics.warning(
                "raw-html", at: location(node), "raw HTML is not allowed in content and was left out",
                hint: "write it in Markdown: **bold**, [link](https://…), lists with '- '")
        }
        // Lists whose every item starts with a pictogram become easy-read lists. Found before
        // the pictograms are replaced, changed after.
        let easyReadLists = lists.filter(Pictograms.isEasyReadList)
        easyReadLists.forEach(Pictograms.wrapItemTexts)
        for node in images {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            guard url.lowercased().hasPrefix("picto:") else {
                diagnostics.error(
                    "unsupported-image", at: location(node), "images cannot be used in pages ('\(url)')",
                    hint: "use a pictogram, e.g. ![](picto:phone); pictures from other websites would make readers' phones contact them")
                // Removed, not only reported: the HTML never holds an image from elsewhere.
                cmark_node_unlink(node)
                cmark_node_free(node)
                continue
            }
            let name = String(url.dropFirst("picto:".count))
            guard let html = pictograms[name], let replacement = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
                diagnostics.error(
                    "unknown-pictogram", at: location(node), "there is no pictogram '\(name)'",
                    hint: Suggestion.hint(for: name, in: Array(pictograms.keys), kind: "pictograms"))
                cmark_node_unlink(node)
                cmark_node_free(node)
                continue
            }
            cmark_node_set_on_enter(replacement, html)
            if cmark_node_replace(node, replacement) == 0 {
                // The table extension lets a cell hold only its own kinds of inline nodes.
                diagnostics.error(
                    "unsupported-image", at: location(node), "a pictogram cannot be used in a table",
                    hint: "put the pictogram in the text before or after the table")
                cmark_node_free(replacement)
            }
            cmark_node_free(node)
        }
        for list in easyReadLists {
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(wrapper, "<div class=\"easy-read\">")
            cmark_node_set_on_exit(wrapper, "</div>")
            if cmark_node_insert_before(list, wrapper) == 0 {
                cmark_node_free(wrapper)
                continue
            }
            cmark_node_append_child(wrapper, list)
        }
        for node in links {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            // Only a diagnostic needs the column: most links have none.
            var place: SourceLocation { location(node) }
            switch classify(url) {
            case .internalLink(let scheme, let id):
                switch targets.path(scheme: scheme, id: id) {
                case .some(.some(let path)):
                    cmark_node_set_url(node, toLanguageRoot + path)
                case .some(.none):
                    diagnostics.error(
                        "broken-link", at: place, "the link '\(url)' points to a \(scheme) that does not exist",
                        hint: Suggestion.hint(for: id, in: targets.names(scheme: scheme), kind: "\(scheme)s"))
                    cmark_node_set_url(node, "")
                case .none:
                    break
                }
            case .external, .relative:
                if url.lowercased().hasPrefix("tel:") { isolateNumber(in: node) }
                if isTranslation, url.hasPrefix("/"), let first = url.split(separator: "/").first,
                   targets.languagePrefixes.contains(String(first)) {
                    diagnostics.warning(
                        "hard-coded-link", at: place, "the link '\(url)' always opens the /\(first)/ site",
                        hint: "name the target instead, e.g. (page:eerste-bezoek) or (team:overvecht-noord)")
                }
            case .refused(let scheme):
                diagnostics.error(
                    "unsafe-link", at: place, "links with '\(scheme):' are not allowed",
                    hint: "use https:, mailto:, tel:, or page:/team:/wijk: for pages of this site")
                cmark_node_set_url(node, "")
            case .controlCharacters:
                let shown = String(String.UnicodeScalarView(url.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
                diagnostics.error(
                    "unsafe-link", at: place, "the link '\(shown)' contains an invisible control character",
                    hint: "type the address again (copying it out of a PDF or a word processor can bring such characters along)")
                cmark_node_set_url(node, "")
            }
        }
    }

    /// A telephone link whose text is the number itself reads left to right, isolated, also
    /// inside right-to-left text (as the templates do with `<bdi dir="ltr">`).
    private static func isolateNumber(in link: OpaquePointer) {
        guard let only = cmark_node_first_child(link), cmark_node_next(only) == nil,
              cmark_node_get_type(only) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(only).map({ String(cString: $0) }),
              !literal.isEmpty, literal.allSatisfy({ "0123456789+-() ".contains($0) }),
              let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(wrapper, "<bdi dir=\"ltr\">")
        cmark_node_set_on_exit(wrapper, "</bdi>")
        cmark_node_unlink(only)
        cmark_node_append_child(wrapper, only)
        cmark_node_append_child(link, wrapper)
    }

    enum LinkKind: Equatable {
        case internalLink(scheme: String, id: String)
        case external
        case relative
        case refused(scheme: String)
        /// A control character anywhere: browsers drop some and keep others, so what the link
        /// would open is unclear. Refused, whatever the scheme.
        case controlCharacters
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || scalar.value == 0x7F }

    /// What a link URL is. The scheme test ignores case, whitespace and control characters,
    /// as browsers do, so `JaVa\tScRiPt:` is refused as javascript: too.
    static func classify(_ url: String) -> LinkKind {
        // Nearly every URL is printable ASCII, with nothing to clean.
        let isPrintableASCII = url.utf8.allSatisfy { (0x21...0x7E).contains($0) }
        let cleaned = isPrintableASCII ? url : String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        let hasControls = !isPrintableASCII && url.unicodeScalars.contains(where: isControl)
        guard let colon = cleaned.firstIndex(of: ":") else { return hasControls ? .controlCharacters : .relative }
        let head = cleaned[..<colon]
        // On printable ASCII the bytes answer; other URLs are searched as before.
        let looksLikePath = isPrintableASCII
            ? head.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            : head.contains("/") || head.contains("?") || head.contains("#")
        if looksLikePath { return hasControls ? .controlCharacters : .relative }
        let scheme = head.lowercased()
        switch scheme {
        case "http", "https", "mailto", "tel": return hasControls ? .controlCharacters : .external
        case "page", "team", "wijk":
            return hasControls ? .controlCharacters : .internalLink(scheme: scheme, id: String(cleaned[cleaned.index(after: colon)...]))
        default: return .refused(scheme: scheme)
        }
    }

    /// cmark-gfm writes `style="text-align: …"` on table cells; the site's CSP forbids inline
    /// styles, so the alignment becomes a class.
    static func tableAlignmentAsClasses(_ html: String) -> String {
        guard html.containsBytes("style=\"text-align:") else { return html }
        return html
            .replacingOccurrences(of: " style=\"text-align: left\"", with: " class=\"align-start\"")
            .replacingOccurrences(of: " style=\"text-align: center\"", with: " class=\"align-center\"")
            .replacingOccurrences(of: " style=\"text-align: right\"", with: " class=\"align-end\"")
    }
}
