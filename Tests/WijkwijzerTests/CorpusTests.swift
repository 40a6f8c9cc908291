// Runs the bad-input and hostile-input corpora: each case breaks the small fixture site in one
// way and states the exact diagnostic (or that the change is accepted, and what the HTML holds).

import Foundation
import Testing
@testable import Wijkwijzer

@Suite(.timeLimit(.minutes(5))) struct CorpusTests {
    static let badInputCases = (try? CaseFile.all(in: "bad-input")) ?? []
    static let hostileInputCases = (try? CaseFile.all(in: "hostile-input")) ?? []

    @Test func theCorporaAreThere() throws {
        #expect(try CaseFile.all(in: "bad-input").count >= 30)
        #expect(try CaseFile.all(in: "hostile-input").count >= 15)
    }

    @Test(arguments: badInputCases)
    func badInput(_ test: CaseFile) throws {
        try run(test)
    }

    @Test(arguments: hostileInputCases)
    func hostileInput(_ test: CaseFile) throws {
        try run(test)
    }

    private func run(_ test: CaseFile) throws {
        let site = try TemporarySite()
        let first = site.buildAndWrite()
        try #require(first.succeeded, "the fixture itself must build: \(first.result.diagnostics.sorted)")
        let before = snapshot(site.output)

        try test.apply(to: site)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = site.buildAndWrite()
        let duration = clock.now - start
        // Not a speed figure: a guard against a case that makes the build hang or crawl.
        #expect(duration < .seconds(60), "\(test.name) took \(duration)")

        let found = outcome.result.diagnostics.sorted
        if let expected = test.expected {
            let succeeded = outcome.succeeded
            #expect(!succeeded, "\(test.name): the build should fail")
            for diagnostic in expected {
                #expect(found.contains(diagnostic), "\(test.name): expected\n  \(diagnostic)\ngot\n  \(found.map { "\($0)" }.joined(separator: "\n  "))")
            }
            #expect(snapshot(site.output) == before, "\(test.name): the output folder changed after a failed build")
            return
        }
        let errors = outcome.result.diagnostics.all.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(test.name): should be accepted, got \(errors)")
        guard outcome.succeeded else { return }
        for path in outcome.paths where path.hasSuffix(".html") {
            let text = try String(contentsOfFile: site.output + "/" + path, encoding: .utf8)
            let problems = HTMLSafety.problems(in: text)
            #expect(problems.isEmpty, "\(test.name): \(path): \(problems)")
        }
        for check in test.htmlChecks {
            let paths = check.path == "*" ? outcome.paths.filter { $0.hasSuffix(".html") } : [check.path]
            let texts = try paths.map { try String(contentsOfFile: site.output + "/" + $0, encoding: .utf8) }
            for needle in check.contains {
                #expect(texts.contains { $0.contains(needle) }, "\(test.name): \(check.path) lacks '\(needle)'")
            }
            for needle in check.lacks {
                #expect(!texts.contains { $0.contains(needle) }, "\(test.name): \(check.path) contains '\(needle)'")
            }
        }
    }
}
