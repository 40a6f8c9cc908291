// What the preview answers for a path: a page of the in-memory build, or the list of errors.

import Wijkwijzer

/// One answer of the preview server, independent of the HTTP library.
public struct PreviewResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    /// Set for redirects (a folder asked for without its trailing `/`).
    public var location: String?

    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// A finished build held in memory, as the preview serves it.
public struct PreviewContent: Sendable {
    /// Paths under which the preview serves its own files; no site path starts with `__`.
    public static let internalPrefix = "/__wijkwijzer/"

    /// Counts builds, so an open page knows whether it shows the newest one.
    public let version: String
    private let files: [String: [UInt8]]
    /// The errors page when the content has errors; then every page shows it.
    private let errorPage: [UInt8]?

    public init(result: BuildResult, version: String) {
        self.version = version
        if result.diagnostics.hasErrors {
            files = [:]
            errorPage = Array(ErrorPage.html(result.diagnostics, sources: result.sources, version: version).utf8)
        } else {
            files = Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
            errorPage = nil
        }
    }

    public var hasErrors: Bool { errorPage != nil }
    public var fileCount: Int { files.count }

    /// The answer for a request path such as `/nl/buurtteams/zuilen/` (query already removed).
    public func response(for requestPath: String) -> PreviewResponse {
        let path = Self.normalised(requestPath)
        if path.hasPrefix(Self.internalPrefix) {
            return Self.internalFile(String(path.dropFirst(Self.internalPrefix.count)))
        }
        if let errorPage {
            return PreviewResponse(status: 500, contentType: Self.contentType(of: "x.html"), body: errorPage)
        }
        var relative = String(path.dropFirst())
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        if let bytes = files[relative] {
            return PreviewResponse(status: 200, contentType: Self.contentType(of: relative), body: preview(bytes, relative))
        }
        if files[relative + "/index.html"] != nil {
            return PreviewResponse(status: 301, contentType: "text/plain; charset=utf-8", body: [], location: path + "/")
        }
        // The language's own 404 page, as a web server configured for the site would show it.
        let language = relative.split(separator: "/").first.map(String.init) ?? ""
        let notFound = [language + "/404.html", "404.html"].first { files[$0] != nil }
        guard let notFound, let bytes = files[notFound] else {
            return PreviewResponse(status: 404, contentType: "text/plain; charset=utf-8", body: Array("not found\n".utf8))
        }
        return PreviewResponse(status: 404, contentType: Self.contentType(of: notFound), body: preview(bytes, notFound))
    }

    /// HTML pages get the reload script; everything else is served as built.
    private func preview(_ bytes: [UInt8], _ path: String) -> [UInt8] {
        path.hasSuffix(".html") ? ReloadScript.inject(into: bytes, version: version) : bytes
    }

    static func internalFile(_ name: String) -> PreviewResponse {
        switch name {
        case ReloadScript.fileName:
            return PreviewResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: Array(ReloadScript.source.utf8))
        case ErrorPage.stylesheetName:
            return PreviewResponse(status: 200, contentType: "text/css; charset=utf-8", body: Array(ErrorPage.stylesheet.utf8))
        default:
            return PreviewResponse(status: 404, contentType: "text/plain; charset=utf-8", body: Array("not found\n".utf8))
        }
    }

    /// Percent-decoded, without query or fragment, always starting with `/`, and never
    /// climbing out of the site with `..`.
    public static func normalised(_ requestPath: String) -> String {
        let withoutQuery = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let decoded = String(withoutQuery).removingPercentEncodingSafely
        var parts: [Substring] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        let trailing = decoded.hasSuffix("/") && !parts.isEmpty ? "/" : ""
        return "/" + parts.joined(separator: "/") + trailing
    }

    static func contentType(of path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "xml": return "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "vcf": return "text/vcard; charset=utf-8"
        case "json": return "application/json"
        case "png": return "image/png"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}

extension String {
    /// `%20` → space; malformed escapes are kept as written.
    var removingPercentEncodingSafely: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
