// A generated site of 20,000 pages builds without error and within a memory bound.
// WIJKWIJZER_SCALE_PAGES turns it on (`make test`, `make scale`): it needs the release binary.

import Foundation
import Testing
@testable import Wijkwijzer
#if canImport(Glibc)
import Glibc
#endif

@Suite(.enabled(if: ProcessInfo.processInfo.environment["WIJKWIJZER_SCALE_PAGES"] != nil), .timeLimit(.minutes(30)))
struct ScaleTests {
    @Test func aLargeGeneratedSiteBuildsWithinTheMemoryBound() throws {
        let environment = ProcessInfo.processInfo.environment
        let pages = Int(environment["WIJKWIJZER_SCALE_PAGES"] ?? "") ?? 20_000
        let boundMB = Int(environment["WIJKWIJZER_SCALE_MAX_RSS_MB"] ?? "") ?? 150
        let (binary, _) = try ToolBinary.wijkwijzer()
        let work = try TemporaryFolder()
        try ToolBinary.run("/usr/bin/env", ["python3", Repository.path("scripts/generate-large-site.py"), work.path + "/site", "--pages", "\(pages)"])

        let clock = ContinuousClock()
        let start = clock.now
        let printed = try ToolBinary.output(binary, ["build", "--verbose", "--root", work.path + "/site", "--output", work.path + "/out"])
        let duration = clock.now - start
        // The largest resident set of any child this process waited for: the build (the
        // generator, a Python script, is far smaller).
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let peakMB = Int(usage.ru_maxrss) / 1024

        var html = Set<String>()
        SiteWriter.listFiles(work.path + "/out", prefix: "", into: &html)
        let pageCount = html.filter { $0.hasSuffix(".html") }.count
        print("scale: \(pageCount) pages built in \(duration) by \(binary), peak RSS \(peakMB) MB (bound \(boundMB) MB)\n\(printed)")
        #expect(pageCount >= pages)
        #expect(!printed.contains("error:"), "\(printed)")
        #expect(peakMB <= boundMB, "peak RSS \(peakMB) MB is over the bound of \(boundMB) MB")
        // Every sitemap within the protocol's limits (an index of several beyond them).
        let sitemaps = html.filter { $0.hasPrefix("sitemap") && $0.hasSuffix(".xml") }
        let index = try String(contentsOfFile: work.path + "/out/sitemap.xml", encoding: .utf8)
        #expect(sitemaps.count == 1 || index.contains("<sitemapindex"))
        for name in sitemaps {
            let data = try Data(contentsOf: URL(fileURLWithPath: work.path + "/out/" + name))
            #expect(data.count <= SiteFilesRenderer.sitemapByteLimit)
            #expect(String(decoding: data, as: UTF8.self).components(separatedBy: "<url>").count - 1 <= SiteFilesRenderer.sitemapURLLimit)
        }
    }
}
