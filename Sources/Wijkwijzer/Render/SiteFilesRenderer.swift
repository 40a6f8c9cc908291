// Files at the site root: the language chooser, the root 404, the sitemap and robots.txt.

enum SiteFilesRenderer {
    static func render(_ prepared: PreparedSite) -> [OutputFile] {
        sitemaps(prepared) + [
            chooser(prepared, path: "index.html", canonical: true),
            chooser(prepared, path: "404.html", canonical: false),
            PostcodeIndex.file(prepared.site),
            OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(prepared.site.config.baseURL)/sitemap.xml\n"),
        ]
    }

    /// Every language by its native name, with one sentence in that language. The 404 page
    /// uses absolute paths, as it is served at any depth.
    static func chooser(_ prepared: PreparedSite, path: String, canonical: Bool) -> OutputFile {
        let site = prepared.site
        guard let defaultLanguage = site.language(site.config.defaultLanguage) else { return OutputFile(path: path, text: "") }
        let defaultStrings = Strings(language: defaultLanguage, site: site)
        let linkPrefix = canonical ? "" : "/"
        let languages: [[String: Any]] = site.config.languages.map { language in
            let strings = Strings(language: language, site: site)
            return [
                "lang": language.lang, "dir": language.direction.rawValue, "name": language.name,
                "sentence": strings.text("root.sentence"), "href": linkPrefix + language.prefix + "/",
                "suggested": strings.text("root.suggested"),
            ]
        }
        let title = canonical ? site.config.title : defaultStrings.text("notfound.title")
        let context: [String: Any] = [
            "root": [
                "lang": defaultLanguage.lang, "dir": defaultLanguage.direction.rawValue,
                "title": title,
                "message": canonical ? false : defaultStrings.text("notfound.text"),
                "canonical": canonical ? site.config.baseURL + "/" : false,
                "alternates": canonical ? [["hreflang": "x-default", "href": site.config.baseURL + "/"]] : [],
                "prefix": linkPrefix, "stylesheet": prepared.stylesheetPath, "script": prepared.languageScriptPath,
                "pagesStylesheet": prepared.assetPaths["pages.css"] ?? "",
                "home": defaultLanguage.prefix + "/",
                "accessibility": defaultStrings.text("nav.accessibility"),
                "privacy": site.privacyPages.isEmpty ? false : defaultStrings.text("nav.privacy"),
                "languages": languages,
            ] as [String: Any],
        ]
        return OutputFile(path: path, text: prepared.templates.render("root", context))
    }

    /// The sitemaps protocol's limits for one file: 50,000 URLs and 50 MB uncompressed.
    static let sitemapURLLimit = 50_000
    static let sitemapByteLimit = 52_428_800

    /// Every page in every language, with its real translations as alternates: `sitemap.xml`.
    /// A site with more URLs or bytes than one sitemap may hold (`urlLimit`, `byteLimit`: the
    /// protocol's) gets `sitemap-1.xml`, `sitemap-2.xml`, … beside it at the root (a sitemap may
    /// only list URLs at or below its own folder), each within the limits, and `sitemap.xml`
    /// becomes their index. Written as bytes with room reserved up front: for a site of 20,000
    /// pages it is 15 MB, and growing a string and then copying it would hold three times that at
    /// the end of the build.
    static func sitemaps(_ prepared: PreparedSite, urlLimit: Int = sitemapURLLimit, byteLimit: Int = sitemapByteLimit) -> [OutputFile] {
        let site = prepared.site
        let routes = prepared.routes
        let languages = site.config.languages
        let header = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        let footer = "</urlset>\n", close = "</url>\n"
        let urlCount = routes.count * languages.count
        var files: [[UInt8]] = []
        var xml: [UInt8] = []
        var urls = 0
        func start() {
            xml = []
            xml.reserveCapacity(min(urlCount, urlLimit) * (160 + 110 * languages.count))
            xml += header.utf8
            urls = 0
        }
        start()
        // A route's alternates are the same in every language's entry: written once per route.
        let alternates: [String] = languages.first.map { first in
            let siteLanguages = Languages(site.config, current: first)
            return routes.map { route in
                siteLanguages.alternateLanguages(siteLanguages.realVersions(route, in: prepared)).map { alternate in
                    "<xhtml:link rel=\"alternate\" hreflang=\"\(HTML.escape(alternate.hreflang))\" href=\"\(HTML.escape(alternate.root + route.path))\"/>\n"
                }.joined()
            }
        } ?? []
        for language in languages {
            let root = Languages.root(of: language, site.config)
            for (route, links) in zip(routes, alternates) {
                let location = "<url>\n<loc>\(HTML.escape(root + route.path))</loc>\n"
                let real = prepared.hasRealVersion(route, in: language)
                let size = location.utf8.count + (real ? links.utf8.count : 0) + close.utf8.count
                // A full file is closed first; one entry alone over the byte limit still gets a file.
                if urls > 0, urls >= urlLimit || xml.count + size + footer.utf8.count > byteLimit {
                    xml += footer.utf8
                    files.append(xml)
                    start()
                }
                xml += location.utf8
                if real { xml += links.utf8 }
                xml += close.utf8
                urls += 1
            }
        }
        xml += footer.utf8
        files.append(xml)
        guard files.count > 1 else { return [OutputFile(path: "sitemap.xml", bytes: xml)] }
        var index = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for number in files.indices {
            index += "<sitemap>\n<loc>\(HTML.escape(site.config.baseURL))/sitemap-\(number + 1).xml</loc>\n</sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return [OutputFile(path: "sitemap.xml", text: index)]
            + files.enumerated().map { OutputFile(path: "sitemap-\($0.offset + 1).xml", bytes: $0.element) }
    }
}
