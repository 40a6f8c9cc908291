// What content can never do: run script in a page, escape the site folder, or make the build
// hang or run out of memory. (The case-by-case corpora are in CorpusTests.)

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct PagePolicyTests {
    static let policy = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

    /// Every page of the real site: the strict policy, no referrer, and nothing HTMLSafety objects to.
    @Test func everyPageOfTheRealSiteCarriesThePolicyAndIsSafe() {
        let files = Pipeline.build(root: Repository.root, buildDate: CalendarDate(year: 2026, month: 11, day: 26)).files
        let pages = files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 200)
        for page in pages {
            let html = page.text
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.policy)\">"), "\(page.path)")
            #expect(html.contains("<meta name=\"referrer\" content=\"no-referrer\">"), "\(page.path)")
            let problems = HTMLSafety.problems(in: html)
            #expect(problems.isEmpty, "\(page.path): \(problems)")
        }
    }

    @Test func thePolicyAllowsOnlyTheSiteItself() {
        let directives = Self.policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(directives.first == "default-src 'self'")
        for directive in directives {
            for forbidden in ["unsafe-inline", "unsafe-eval", "*", "data:", "http:", "https:", "blob:"] {
                #expect(!directive.contains(forbidden), "\(directive)")
            }
        }
    }

    /// The checker itself must be able to fail.
    @Test(arguments: [
        "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
        "<a href=\"JaVa&#x09;ScRiPt:alert(1)\">x</a>", "<a href='&#106;avascript:alert(1)'>x</a>", "<a href=\"vbscript:x\">x</a>",
        "<a href=\"data:text/html,x\">x</a>", "<p style=\"color:red\">x</p>", "<style>p{}</style>", "<iframe src=\"/\"></iframe>",
        "<p>\u{202E}gro.knab</p>", "<p>&#x202e;x</p>", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)\"}</script>", "<svg onload=alert(1)>",
        "<a href=\"java&colon;script:x\">x</a>",
    ])
    func theSafetyCheckerFindsEachKindOfProblem(_ html: String) {
        #expect(!HTMLSafety.problems(in: html).isEmpty)
    }

    @Test(arguments: [
        "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>", "<a href=\"tel:+31300991234\">x</a>", "<a href=\"../info/\">x</a>",
        "<a href=\"mailto:a@example.org\">x</a>", "<p>&lt;script&gt;</p>", "<script src=\"assets/today.js\"></script>",
        "<script type=\"application/ld+json\">{\"name\":\"\\u003c/script\\u003e\"}</script>",
    ])
    func theSafetyCheckerAcceptsSafeHTML(_ html: String) {
        #expect(HTMLSafety.problems(in: html).isEmpty, "\(HTMLSafety.problems(in: html))")
    }
}

@Suite struct ScriptJSONTests {
    @Test func textCannotEndTheScriptElement() throws {
        let hostile = "</script><script>alert(1)</script><!-- \u{2028}\u{2029} \"quoted\" \\ \u{0}\u{1F}&"
        let json = JSONValue.object(["name": .string(hostile), "list": .array([.string("<b>"), .int(4), .bool(true)])])
            .encodedForScriptElement
        #expect(!json.contains("<"))
        #expect(!json.contains(">"))
        #expect(!json.contains("\u{2028}"))
        #expect(HTMLSafety.problems(in: "<script type=\"application/ld+json\">\(json)</script>").isEmpty)
        // JSON reads it back unchanged.
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(decoded["name"] as? String == hostile)
        #expect((decoded["list"] as? [Any])?.first as? String == "<b>")
    }
}

@Suite(.timeLimit(.minutes(2))) struct LimitTests {
    @Test func aHugeFileIsRefusedWithoutReadingIt() throws {
        // 50 GB, sparse: reading it would take minutes and all memory; the size check is instant.
        let folder = NSTemporaryDirectory() + "wijkwijzer-large-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/huge.yaml", contents: nil))
        #expect(truncate(folder + "/huge.yaml", 50 * 1024 * 1024 * 1024) == 0)
        #expect(ContentFile.read(root: folder, relative: "huge.yaml", limit: TextFile.maximumBytes) == .failure(.tooLarge(bytes: 50 * 1024 * 1024 * 1024)))
    }

    @Test func tooManyValuesAreRefusedWhileReading() {
        let text = "postcodes: [" + String(repeating: "1,", count: 250_000) + "1]\n"
        var diagnostics = DiagnosticBag()
        #expect(YAMLTree.parse(text, file: "x.yaml", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.code) == ["yaml-too-large"])
        #expect(diagnostics.all.first?.message == "this file holds more than 200000 values")
    }

    @Test func deepNestingNeitherCrashesNorRecurses() {
        let depth = 200_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var diagnostics = DiagnosticBag()
        #expect(YAMLTree.parse(text, file: "x.yaml", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.code) == ["yaml-too-large"])
    }

    @Test func anAliasBombIsRefusedBeforeItExpands() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...20 {
            text += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        var diagnostics = DiagnosticBag()
        let clock = ContinuousClock()
        let start = clock.now
        #expect(YAMLTree.parse(text, file: "bomb.yaml", diagnostics: &diagnostics) == nil)
        #expect(clock.now - start < .seconds(5))
        #expect(diagnostics.all.map(\.location) == [SourceLocation(file: "bomb.yaml", line: 2, column: 10)])
    }

    @Test func columnsAreCountedInCharactersInAnyOrder() {
        var columns = SourceColumns("ab\nشكرا x\n")
        #expect(columns.column(line: 2, byteColumn: 10) == 6)  // four two-byte letters and a space
        #expect(columns.column(line: 2, byteColumn: 3) == 2)   // backwards on the same line
        #expect(columns.column(line: 1, byteColumn: 2) == 2)
        #expect(columns.column(line: 9, byteColumn: 4) == 4)   // no such line: as given
    }

    @Test func manyProblemsOfOneKindAreCountedNotListed() {
        var first = DiagnosticBag(), second = DiagnosticBag()
        for index in 1...40 {
            first.error("broken-link", at: SourceLocation(file: "a.md", line: index), "broken")
            second.error("broken-link", at: SourceLocation(file: "a.md", line: 100 + index), "broken")
        }
        second.warning("broken-link", at: SourceLocation(file: "a.md"), "a warning is counted apart")
        first.append(contentsOf: second)
        #expect(first.all.count == DiagnosticBag.limitPerFileAndCode + 1)
        #expect(first.errorCount == 80)
        #expect(first.warningCount == 1)
        #expect(first.omissions == [Diagnostic(
            .error, "broken-link", at: SourceLocation(file: "a.md", line: 111), "30 more 'broken-link' problems in this file are not listed",
            hint: "fix the ones listed first, then check again")])
    }

    @Test func scalarsAreReadAsWritten() throws {
        var diagnostics = DiagnosticBag()
        let node = try #require(YAMLTree.parse("a: no\nb: on\nc: 0302861234\nd: 9.30\ne: 9:30\nf: 1e3\ng: ~\n", file: "x", diagnostics: &diagnostics))
        guard case .mapping(let pairs) = node.value else { Issue.record("not a mapping"); return }
        #expect(pairs.map { $0.value.scalarText } == ["no", "on", "0302861234", "9.30", "9:30", "1e3", nil])
        #expect(diagnostics.all.isEmpty)
    }
}
