// The pictograms kept as checked from one build for the next (`PictogramStore`).

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct PictogramStoreTests {
    static let date = CalendarDate(year: 2026, month: 11, day: 26)

    /// Every built-in drawing: checked through the store, and read back from its file, it is what
    /// `SVGChecker` makes of it.
    @Test func aDrawingReadBackIsTheDrawingAsChecked() throws {
        let drawings = EmbeddedResources.files.filter { $0.key.hasPrefix("pictograms/") && $0.key.hasSuffix(".svg") }
        #expect(drawings.count > 40)
        let store = PictogramStore()
        for (_, text) in drawings { _ = store.checked(text) }
        let read = try #require(PictogramStore.decode(CacheReader(store.encodedBody()[...])))
        let again = PictogramStore { read }
        for (file, text) in drawings {
            guard case .success(let fresh) = SVGChecker.check(text), case .success(let kept) = again.checked(text) else {
                Issue.record("\(file) did not pass")
                continue
            }
            #expect(kept.rootAttributes == fresh.rootAttributes && kept.body == fresh.body, "\(file)")
        }
        #expect(again.count == drawings.count)
        // A refused drawing is not kept: every build checks it and reports it.
        let refused = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        #expect((try? again.checked(refused).get()) == nil)
        #expect(again.count == drawings.count)
    }

    /// A site's own drawing made unsafe between two builds is refused by the second.
    @Test func aDrawingChangedBetweenBuildsIsCheckedAgain() throws {
        let site = try TemporarySite()
        let safe = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M0 0h24v24H0z\"/></svg>"
        try site.write("pictograms/manifest.yaml", "pictograms:\n  - name: eigen\n    file: eigen.svg\n    author: X\n    licence: CC0-1.0\n")
        try site.write("pictograms/eigen.svg", safe)
        for language in ["nl", "ar"] {
            try site.edit("translations/\(language).yaml", replacing: "entries:\n", with: "entries:\n  picto.eigen:\n    text: \"Eigen\"\n    reviewed: false\n")
        }
        #expect(SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root + "/.wijkwijzer-cache/site.pictograms"))
        try site.write("pictograms/eigen.svg", safe.replacingOccurrences(of: "<path", with: "<script>alert(1)</script><path"))
        let refused = SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true)
        #expect(!refused.succeeded && refused.result.diagnostics.all.contains { $0.code == "unsafe-svg" })
        try site.write("pictograms/eigen.svg", safe)
        #expect(SiteBuild.run(root: site.root, output: site.output, buildDate: Self.date, incremental: true).succeeded)
        expectEqualsACleanBuild(site, date: Self.date, "drawing back")
    }
}
