// The sitemap: one file while the site fits the protocol's limits, an index of files within them
// beyond.

import Testing
@testable import Wijkwijzer

@Suite struct SitemapTests {
    /// Each `<url>` entry of a sitemap, without its tags.
    static func entries(_ xml: String) -> [String] {
        xml.components(separatedBy: "<url>\n").dropFirst().map { $0.components(separatedBy: "</url>\n")[0] }
    }

    @Test func aSiteOverTheLimitsGetsAnIndexOfSitemapsWithinThem() throws {
        let prepared = try #require(Pipeline.prepare(root: Repository.root, buildDate: CalendarDate(year: 2026, month: 11, day: 26)).0)
        let base = prepared.site.config.baseURL
        let one = SiteFilesRenderer.sitemaps(prepared)
        #expect(one.map(\.path) == ["sitemap.xml"])
        let all = Self.entries(try #require(one.first).text)
        #expect(all.count == prepared.routes.count * prepared.site.config.languages.count)
        #expect(all.contains { $0.hasPrefix("<loc>\(base)/nl/</loc>\n<xhtml:link rel=\"alternate\"") })
        // Limits on the number of URLs, and on the bytes of a file.
        for (urlLimit, byteLimit) in [(100, SiteFilesRenderer.sitemapByteLimit), (SiteFilesRenderer.sitemapURLLimit, 40_000)] {
            let split = SiteFilesRenderer.sitemaps(prepared, urlLimit: urlLimit, byteLimit: byteLimit)
            #expect(split.count > 3)
            let index = try #require(split.first)
            #expect(index.path == "sitemap.xml")
            #expect(index.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
            #expect(Self.entries(index.text).isEmpty)
            for (number, file) in split.dropFirst().enumerated() {
                #expect(file.path == "sitemap-\(number + 1).xml")
                #expect(index.text.contains("<sitemap>\n<loc>\(base)/sitemap-\(number + 1).xml</loc>\n</sitemap>\n"))
                #expect(Self.entries(file.text).count <= urlLimit)
                #expect(file.bytes.count <= byteLimit)
                #expect(file.text.hasPrefix("<?xml") && file.text.hasSuffix("</urlset>\n"))
            }
            #expect(!index.text.contains("sitemap-\(split.count).xml"))
            // Together, every entry once, in the same order.
            #expect(split.dropFirst().flatMap { Self.entries($0.text) } == all)
        }
    }
}
