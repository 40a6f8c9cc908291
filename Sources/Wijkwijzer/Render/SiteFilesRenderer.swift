// Files at the site root: the language chooser, the root 404, sitemap.xml and robots.txt.

enum SiteFilesRenderer {
    static func render(_ prepared: PreparedSite) -> [OutputFile] {
        [
            chooser(prepared, path: "index.html", canonical: true),
            chooser(prepared, path: "404.html", canonical: false),
            sitemap(prepared),
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

    /// Every page in every language, with its real translations as alternates. Written as
    /// bytes with room reserved up front: for a site of 20,000 pages it is 15 MB, and growing a
    /// string and then copying it would hold three times that at the end of the build.
    static func sitemap(_ prepared: PreparedSite) -> OutputFile {
        let site = prepared.site
        let routes = prepared.routes
        let languages = site.config.languages
        var xml: [UInt8] = []
        xml.reserveCapacity(routes.count * languages.count * (160 + 110 * languages.count))
        func add(_ text: String) { xml.append(contentsOf: text.utf8) }
        add("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """)
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
                add("<url>\n<loc>\(HTML.escape(root + route.path))</loc>\n")
                if prepared.hasRealVersion(route, in: language) { add(links) }
                add("</url>\n")
            }
        }
        add("</urlset>\n")
        return OutputFile(path: "sitemap.xml", bytes: xml)
    }
}
