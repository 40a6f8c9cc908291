// A site's own template that does not parse: reported at its line and column in the maintainer's
// file, in words, with a hint.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct TemplateSyntaxTests {
    func problems(_ files: [String: String]) throws -> [Diagnostic] {
        let site = try TemporarySite()
        for (name, text) in files { try site.write("templates/\(name).mustache", text) }
        return site.build().diagnostics.all.filter { $0.code == "template-syntax" }
    }

    @Test func aTagNotFinishedIsShownWhereItIsInTheFile() throws {
        let found = try problems(["language-badges": "{{#languages}}<b lang=\"{{code}}\">{{name}}</b {{/languages}\n"])
        #expect(found.count == 1)
        let problem = try #require(found.first)
        // The tag `{{/languages}` ends at the line's end: column 58 of the file, not 93 (the
        // content-type pragma swift-mustache saw in front of it is not the maintainer's).
        #expect(problem.location == SourceLocation(file: "templates/language-badges.mustache", line: 1, column: 58))
        #expect(problem.message == "this template cannot be read: a tag is not finished")
        #expect(problem.hint?.contains("every {{ needs its }}") == true)
        #expect(!problem.message.contains("ParserError"))
    }

    @Test func aSectionClosedWithAnotherNameAndOneNeverClosedOnLaterLines() throws {
        let found = try problems([
            "urgent": "<p>\n{{#a}}\n  {{#b}}x{{/a}}\n",
            "events": "<ul>\n{{#events}}<li>{{name}}</li>\n</ul>\n",
        ])
        #expect(found.count == 2)
        let closed = try #require(found.first { $0.location.file == "templates/urgent.mustache" })
        #expect(closed.location.line == 3)
        #expect(closed.location.column > 1)
        #expect(closed.message.hasSuffix("a section is closed with another name than the one it was opened with"))
        let open = try #require(found.first { $0.location.file == "templates/events.mustache" })
        #expect(open.message.hasSuffix("a section is not closed"))
        #expect(open.hint?.contains("{{/section}}") == true)
    }
}
