// Unit tests for the time model, phone numbers, Markdown safety, strings and embedded resources.

import Foundation
import Testing
import Mustache
@testable import Wijkwijzer

@Suite struct TimeModelTests {
    @Test(arguments: ["09:30", "9:30", "00:00", "23:59", "24:00"])
    func acceptsTimes(_ text: String) {
        #expect(TimeOfDay.parse(text) != nil)
    }

    @Test(arguments: ["25:00", "9.30", "0930", "12:60", "12:5", "", "ab:cd", "-1:00", "24:30", "１２:００"])
    func refusesNonTimes(_ text: String) {
        #expect(TimeOfDay.parse(text) == nil)
    }

    @Test func formatsOnTheTwentyFourHourClock() {
        #expect(TimeOfDay.parse("9:05")?.description == "09:05")
        #expect(TimeOfDay(hour: 13, minute: 30)?.description == "13:30")
    }

    @Test func datesRoundTripThroughDaysSinceEpoch() throws {
        for days in stride(from: -719_162, through: 2_932_896, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate.parse(date.description) == date)
        }
    }

    @Test func knowsItsWeekdays() throws {
        #expect(try #require(CalendarDate.parse("2026-11-26")).weekday == .thursday)
        #expect(try #require(CalendarDate.parse("2024-02-29")).weekday == .thursday)
        #expect(try #require(CalendarDate.parse("1970-01-01")).weekday == .thursday)
        #expect(CalendarDate.parse("2025-02-29") == nil)
        #expect(CalendarDate(unixTime: 1_795_651_200).description == "2026-11-26")
    }

    @Test func addsMonthsClampingTheDay() throws {
        let date = try #require(CalendarDate.parse("2026-08-31"))
        #expect(date.adding(months: -6).description == "2026-02-28")
        #expect(date.adding(months: 6).description == "2027-02-28")
    }
}

@Suite struct PhoneNumberTests {
    @Test func internationalForms() throws {
        let phone = try #require(PhoneNumber.parse("+31 30 099 1234"))
        #expect(phone.international == "+31300991234")
        #expect(phone.whatsappDigits == "31300991234")
        #expect(PhoneNumber.parse("030 099 1234")?.international == "+31300991234")
        #expect(PhoneNumber.parse("0800-2000") != nil)
        #expect(PhoneNumber.parse("112")?.international == "112")
    }

    @Test(arguments: ["javascript:alert(1)", "+31 30 +099", "call me", "12", ""])
    func refusesWhatIsNotANumber(_ text: String) {
        #expect(PhoneNumber.parse(text) == nil)
    }
}

@Suite struct MarkdownTests {
    static let targets = LinkTargets(pages: ["tolk"], teams: ["zuilen"], wijken: ["noordwest"], languagePrefixes: ["nl", "tr"])

    func render(_ markdown: String, translation: Bool = false) -> RenderedMarkdown {
        MarkdownRenderer.render(markdown, file: "p.md", firstLine: 4, toLanguageRoot: "../../", targets: Self.targets, isTranslation: translation)
    }

    @Test func rewritesInternalLinksRelativeToThePage() {
        let html = render("[tolk](page:tolk) [team](team:zuilen) [wijk](wijk:noordwest)").html
        #expect(html.contains("href=\"../../info/tolk/\""))
        #expect(html.contains("href=\"../../buurtteams/zuilen/\""))
        #expect(html.contains("href=\"../../wijken/noordwest/\""))
    }

    @Test func dropsRawHTMLAndWarns() {
        let rendered = render("Hallo\n\n<script>alert(1)</script>\n\n<b onmouseover=\"x\">vet</b>")
        #expect(!rendered.html.contains("<script"))
        #expect(!rendered.html.contains("onmouseover"))
        #expect(rendered.diagnostics.all.contains { $0.code == "raw-html" && $0.location.line == 6 })
    }

    @Test(arguments: ["ma\u{1C}ilto:a@example.org", "htt\tps://example.org", "page:tolk\u{7F}", "../info/\u{0}"])
    func refusesLinksWithControlCharacters(_ url: String) {
        #expect(MarkdownRenderer.classify(url) == .controlCharacters)
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:x", "java\tscript:x", "vbscript:x", "data:text/html,x", "file:///etc/passwd"])
    func refusesDangerousSchemes(_ url: String) {
        #expect(MarkdownRenderer.classify(url) != .external)
        if case .refused = MarkdownRenderer.classify(url) {} else { Issue.record("\(url) was not refused") }
    }

    @Test func refusedLinksLeaveNoURL() {
        let rendered = render("[klik](javascript:alert(1))")
        #expect(!rendered.html.lowercased().contains("javascript"))
        #expect(rendered.diagnostics.hasErrors)
    }

    @Test func telephoneNumbersInLinksReadLeftToRight() {
        let html = render("Bel **[0800-2000](tel:08002000)** of [+31 30 099 1234](tel:+31300991234), [bel ons](tel:112).").html
        #expect(html.contains("<a href=\"tel:08002000\"><bdi dir=\"ltr\">0800-2000</bdi></a>"))
        #expect(html.contains("<a href=\"tel:+31300991234\"><bdi dir=\"ltr\">+31 30 099 1234</bdi></a>"))
        #expect(html.contains("<a href=\"tel:112\">bel ons</a>"))
    }

    @Test func imagesAreRefused() {
        let rendered = render("![](https://tracker.example.com/pixel.gif)")
        #expect(rendered.diagnostics.all.contains { $0.code == "unsupported-image" })
    }

    @Test func tableAlignmentBecomesClasses() {
        let html = render("| a | b |\n|:--|--:|\n| 1 | 2 |").html
        #expect(html.contains("<table>"))
        #expect(!html.contains("style="))
        #expect(html.contains("class=\"align-end\""))
    }

    @Test func hardCodedLanguageLinksInTranslationsWarn() {
        let rendered = render("[x](/nl/info/tolk/)", translation: true)
        #expect(rendered.diagnostics.all.contains { $0.code == "hard-coded-link" })
    }

    @Test func gfmExtensionsWork() {
        let html = render("~~weg~~ en https://example.org").html
        #expect(html.contains("<del>weg</del>"))
        #expect(html.contains("<a href=\"https://example.org\">"))
    }
}

@Suite struct StringsTests {
    @Test func escapesTextButKeepsFragments() {
        #expect(HTML.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(Placeholders.names(in: "Bel {phone} of {phone2} {niet af") == ["phone", "phone2"])
    }

    @Test func placeholdersAreFilledAndTheRestEscaped() {
        let values = ["team": "<b>Zuilen</b>", "count": "3"]
        #expect(Strings.fill("Bel {team} & kom", values, escape: HTML.escape) == "Bel <b>Zuilen</b> &amp; kom")
        // Next to text beyond ASCII (Arabic, Polish), at either end, and twice.
        #expect(Strings.fill("{team} في حيّك: {count}", values, escape: HTML.escape) == "<b>Zuilen</b> في حيّك: 3")
        #expect(Strings.fill("zespół{team}łódź{team}", values, escape: { $0 }) == "zespół<b>Zuilen</b>łódź<b>Zuilen</b>")
        // Unknown names, names beyond ASCII, broken braces and a flood of them stay as written (escaped).
        #expect(Strings.fill("{onbekend} {فريق} {team {count", values, escape: HTML.escape) == "{onbekend} {فريق} {team {count")
        #expect(Strings.fill("{{team}}", values, escape: { $0 }) == "{<b>Zuilen</b>}")
        #expect(Strings.fill("<{team}>", values, escape: HTML.escape) == "&lt;<b>Zuilen</b>&gt;")
        let flood = String(repeating: "{", count: 100_000)
        #expect(Strings.fill(flood + "{team}", values, escape: { $0 }) == flood + "<b>Zuilen</b>")
        #expect(Strings.fill("", values, escape: HTML.escape) == "")
    }

    @Test func templateKeysAreFound() {
        let keys = Templates.translationKeys(in: "{{t.team.call}} {{{t.a.b}}} {{#t.c}}{{/t.c}} {{team.name}}")
        #expect(keys == ["team.call", "a.b", "c"])
    }
}

@Suite struct EmbeddedResourcesTests {
    @Test func embeddedFilesMatchTheResourcesFolder() throws {
        let folder = Repository.path("Sources/Wijkwijzer/Resources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        var found = 0
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            var text = try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            #expect(EmbeddedResources.files[relative] == text, "\(relative) changed: run `make resources`")
            found += 1
        }
        #expect(found == EmbeddedResources.files.count)
    }
}

@Suite struct CSSMinifierTests {
    @Test func dropsCommentsAndLayoutButKeepsStringsAndSelectors() {
        let css = "/* a */\n.session-interpreter::before { content: \"☎ \"; }\n@media (min-width: 40rem) {\n  .cards > li , .a  b { margin : 0 auto; }\n}\n"
        #expect(CSSMinifier.minify(css) == ".session-interpreter::before{content:\"☎ \";}@media (min-width:40rem){.cards>li,.a b{margin:0 auto;}}")
    }
}

@Suite struct RenderHelperTests {
    @Test func compareBlocksGetOneMoreFolderOnRelativeLinksOnly() {
        let html = "<p><a href=\"../info/tolk/\">a</a> <a href=\"https://example.org/\">b</a> <a href=\"#top\">c</a> "
            + "<a href=\"/nl/\">d</a> <a href=\"tel:112\">e</a> <a href=\"\">f</a> é href= \"x\"</p>"
        #expect(LanguageRenderer.oneFolderDeeper(html) == "<p><a href=\"../../info/tolk/\">a</a> <a href=\"https://example.org/\">b</a> "
            + "<a href=\"#top\">c</a> <a href=\"/nl/\">d</a> <a href=\"tel:112\">e</a> <a href=\"../\">f</a> é href= \"x\"</p>")
        #expect(LanguageRenderer.oneFolderDeeper("no links") == "no links")
        #expect(LanguageRenderer.oneFolderDeeper("<a href=\"x") == "<a href=\"../x")
    }

    @Test func eachFolderOfAPathIsOneStepUp() {
        #expect(PageRoute.home.toLanguageRoot == "")
        #expect(PageRoute.notFound.toLanguageRoot == "")
        #expect(PageRoute.teams.toLanguageRoot == "../")
        #expect(PageRoute.team("zuilen").toLanguageRoot == "../../")
        #expect(PageRoute.teamCalendar("zuilen").toLanguageRoot == "../../")
        #expect(PageRoute.compare("eerste-bezoek").toLanguageRoot == "../../../")
        #expect(PageRoute.storyTheme("werk").toLanguageRoot == "../../../")
    }

    /// Templates are parsed when first rendered, so `load` no longer reports a built-in one that
    /// does not parse: this does.
    @Test func everyBuiltInTemplateParses() throws {
        for name in Templates.names {
            let text = try #require(EmbeddedResources.files["templates/\(name).mustache"], "\(name)")
            // A template that does not parse is not registered: rendering it gives nil.
            #expect(TemplateSet(texts: [name: text], constants: nil, parsed: ParsedTemplates()).render([String: Any](), withTemplate: name) != nil, "\(name)")
        }
        #expect(TemplateSet(texts: ["broken": "{{#open}}"], constants: nil, parsed: ParsedTemplates()).render([String: Any](), withTemplate: "broken") == nil)
    }

    @Test func includedTemplatesAreFoundInTheText() {
        #expect(Templates.partials(in: "a {{> sessions}} {{>urgent }}{{< layout}}{{$b}}x{{/b}}{{/layout}} {{{main}}} {{! > note}}")
            == ["sessions", "urgent", "layout"])
        #expect(Templates.partials(in: "{{>*dynamic}}") == nil)
        #expect(Templates.partials(in: "{{=<% %>=}}<%> sessions%>") == nil)
    }

    /// A language's templates render what the templates as written render, whichever is asked first.
    @Test func aTemplateSetRendersItsPartialsWhenFirstAsked() {
        // Both in `Templates.repeated`: specialised with the constants.
        let texts = ["layout": "{{t.hello}} {{> sessions}}", "sessions": "[{{t.hello}}|{{name}}]"]
        let constants: [String: Any] = ["t": ["hello": "Hoi & dag"]]
        let context: [String: Any] = ["t": ["hello": "Hoi & dag"], "name": "<b>"]
        let generic = TemplateSet(texts: texts, constants: nil, parsed: ParsedTemplates())
        let specialised = TemplateSet(texts: texts, constants: constants, parsed: ParsedTemplates())
        #expect(generic.render(context, withTemplate: "layout") == "Hoi &amp; dag [Hoi &amp; dag|&lt;b&gt;]")
        #expect(specialised.render(context, withTemplate: "sessions") == generic.render(context, withTemplate: "sessions"))
        #expect(specialised.render(context, withTemplate: "layout") == generic.render(context, withTemplate: "layout"))
        // The constants are in the text, not looked up: a context without them still has them.
        #expect(specialised.render(["name": "x"], withTemplate: "layout") == "Hoi &amp; dag [Hoi &amp; dag|x]")
        #expect(generic.render(context, withTemplate: "missing") == nil)
    }

    /// Languages share one `ParsedTemplates`: a text two languages specialise alike is parsed once.
    @Test func languagesShareTheTemplatesTheyHaveInCommon() {
        let texts = ["layout": "{{t.hello}} {{> sessions}}", "sessions": "[{{name}}]"]
        let parsed = ParsedTemplates()
        let dutch = TemplateSet(texts: texts, constants: ["t": ["hello": "Hoi"]], parsed: parsed)
        let polish = TemplateSet(texts: texts, constants: ["t": ["hello": "Cześć"]], parsed: parsed)
        #expect(dutch.render(["name": "a"], withTemplate: "layout") == "Hoi [a]")
        #expect(parsed.count == 2)
        // "sessions" is the same text in both languages; the layout differs.
        #expect(polish.render(["name": "b"], withTemplate: "layout") == "Cześć [b]")
        #expect(parsed.count == 3)
    }

    /// A shape of page gets templates with its shared `page` values written in only once it has
    /// had enough renders to pay for parsing them again.
    @Test func aPageShapeGetsItsOwnTemplatesOnceManyPagesHaveIt() {
        let texts = ["layout": "<a href=\"{{page.home}}\">{{page.title}}</a>{{#page.noindex}} noindex{{/page.noindex}}"
            + "{{#page.bodyClass}} class=\"{{page.bodyClass}}\"{{/page.bodyClass}} <link href=\"{{page.root}}x.css\">"]
        let parsed = ParsedTemplates()
        let shapes = PageShapes { values in
            TemplateSet(texts: texts, constants: values, parsed: parsed)
        }
        var page: [String: Any] = ["home": "../", "root": "../../", "showSiteTitle": true, "hasBreadcrumbs": true, "noindex": false,
                                   "bodyClass": "easy-read-page", "pagesStylesheet": "assets/pages.css", "flyerStylesheet": false]
        for _ in 0..<PageShapes.rendersBeforeOwnSet { #expect(shapes.library(for: ["page": page]) == nil) }
        let own = shapes.library(for: ["page": page])
        #expect(own != nil)
        #expect(shapes.library(for: ["page": page]) === own)
        page["noindex"] = true
        #expect(shapes.library(for: ["page": page]) == nil)
        page["noindex"] = 1
        #expect(shapes.library(for: ["page": page]) == nil)
        // Written in: a page's own values are no longer looked up.
        #expect(own?.render(["page": ["title": "T"]], withTemplate: "layout")
            == "<a href=\"../\">T</a> class=\"easy-read-page\" <link href=\"../../x.css\">")
    }

    /// A list that many pages of a shape share (the other information pages), known by its key, is
    /// written out as text once it has had enough renders; a page with another list keeps the set
    /// of its shape.
    @Test func aListManyPagesShareIsWrittenOutOnceItHasHadEnoughRenders() throws {
        let texts = ["info": "<a href=\"{{page.home}}\">{{info.title}}</a>\n<ul>\n{{#info.others}}<li><a href=\"{{href}}\"{{#lang}} lang=\"{{.}}\"{{/lang}}>{{title}}</a></li>\n{{/info.others}}\n</ul>"]
        let parsed = ParsedTemplates()
        final class Made { var values: [[String: [String: Any]]] = [] }
        let made = Made()
        let shapes = PageShapes(rendersBeforeOwnSet: 2) { values in
            made.values.append(values)
            return TemplateSet(texts: texts, constants: values, parsed: parsed)
        }
        let page: [String: Any] = ["home": "../", "root": "../../", "showSiteTitle": true, "hasBreadcrumbs": true, "noindex": false,
                                   "bodyClass": false, "pagesStylesheet": "assets/pages.css", "flyerStylesheet": false]
        let others: [[String: Any]] = [["href": "a/", "title": "A & a", "lang": "ar"], ["href": "b/", "title": "B", "lang": false]]
        func context(_ others: [[String: Any]]) -> [String: Any] { ["page": page, "info": ["title": "T", "others": others] as [String: Any]] }
        func lists(_ key: String, _ items: [[String: Any]]) -> [String: SharedList] {
            ["info.others": SharedList(key: key) { SharedList.constant(items) }]
        }
        for _ in 0..<2 { #expect(shapes.library(for: context(others), lists: lists("first", others)) == nil) }
        let listed = try #require(shapes.library(for: context(others), lists: lists("first", others)))
        #expect(made.values.count == 1 && made.values.last?["info"] != nil)
        // Written in: the list's items are text, the page's own title still a look-up.
        let rendered = listed.render(["info": ["title": "Own"]], withTemplate: "info")
        #expect(rendered == "<a href=\"../\">Own</a>\n<ul>\n<li><a href=\"a/\" lang=\"ar\">A &amp; a</a></li>\n<li><a href=\"b/\">B</a></li>\n</ul>")
        #expect(rendered == TemplateSet(texts: texts, constants: nil, parsed: ParsedTemplates()).render(context(others).merging(["info": ["title": "Own", "others": others]]) { $1 }, withTemplate: "info"))
        // A list of its own: the shape's set (which has had its renders), without the list.
        let single: [[String: Any]] = [["href": "c/", "title": "C", "lang": false]]
        let other = try #require(shapes.library(for: context(single), lists: lists("second", single)))
        #expect(other !== listed && made.values.count == 2 && made.values.last?["info"] == nil)
        // No list named: the shape's set.
        #expect(shapes.library(for: context(others)) === other)
        // A list that has had its renders joins a shape whose other list has not.
        var both = lists("first", others)
        both["page.breadcrumbs"] = SharedList(key: "rare") { SharedList.constant([]) }
        #expect(shapes.library(for: context(others), lists: both) === listed)
    }

    @Test func valuesWithMustacheBracesAreNeverWrittenIn() {
        for text in ["{{page.title}}", "a}}", "تواصل {{", "{{{x", "x}}}"] {
            #expect(SectionUnroller.hasMustacheBraces(text), "\(text)")
        }
        for text in ["", "{ {", "} }", "{}", "}{", "a{b}c", "{x}"] {
            #expect(!SectionUnroller.hasMustacheBraces(text), "\(text)")
        }
    }

    @Test func constantsAreWrittenIntoTemplatesEscaped() {
        let constants: [String: Any] = [
            "t": ["nav": ["home": "Home & <back>"], "braces": "{{page.title}}"] as [String: Any],
            "icon": ["phone": "<svg></svg>"],
        ]
        let text = "{{t.nav.home}}|{{{t.nav.home}}}|{{& t.nav.home }}|{{{icon.phone}}}|{{#t.nav}}x{{/t.nav}}|{{t.braces}}|{{page.title}}|{{t.missing}}"
        #expect(Templates.specialise(text, constants: constants)
            == "Home &amp; &lt;back&gt;|Home & <back>|Home & <back>|<svg></svg>|{{#t.nav}}x{{/t.nav}}|{{t.braces}}|{{page.title}}|{{t.missing}}")
        #expect(Templates.specialise("{{=<% %>=}}<% t.nav.home %>{{t.nav.home}}", constants: constants)
            == "{{=<% %>=}}<% t.nav.home %>{{t.nav.home}}")
        #expect(Templates.specialise("unclosed {{t.nav.home", constants: constants) == "unclosed {{t.nav.home")
        // A name is a constant's only when it starts with a letter (any script) and has a dot.
        let more: [String: Any] = ["ü": ["x": "ja"], "1": ["x": "no"], "T": ["x": "yes"], "t": "plain"]
        #expect(Templates.specialise("{{ü.x}}|{{1.x}}|{{T.x}}|{{t}}|{{T..x}}|{{T.x.y}}", constants: more)
            == "ja|{{1.x}}|yes|{{t}}|{{T..x}}|{{T.x.y}}")
    }
}

/// A translation entry of `text:` and `reviewed:` is read without a `FieldReader`: the same entry
/// and the same messages as the reader's way, for every entry of the site's tables and for the
/// shapes next to the usual one.
@Suite struct TranslationEntryFastPathTests {
    @Test func everyEntryReadsAsTheFieldReaderReadsIt() throws {
        var nodes: [(String, YAMLNode)] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: Repository.path("translations")).sorted() where file.hasSuffix(".yaml") {
            var ignored = DiagnosticBag()
            let text = try String(contentsOfFile: Repository.path("translations/" + file), encoding: .utf8)
            guard let root = YAMLTree.parse(text, file: file, diagnostics: &ignored), case .mapping(let top) = root.value,
                  let entries = top.first(where: { $0.key.scalarText == "entries" }), case .mapping(let pairs) = entries.value.value else {
                Issue.record("\(file) has no entries")
                continue
            }
            nodes += pairs.map { ($0.key.scalarText ?? "", $0.value) }
        }
        #expect(nodes.count > 1000)
        let shapes = [
            "text: \"a\"\nreviewed: true", "text: a\nreviewed: false", "text: a\nreviewed: True", "text: a\nreviewed: yes",
            "reviewed: true\ntext: a", "text: a\nreviewed:", "text:\nreviewed: true", "text: [a]\nreviewed: true",
            "text: a\nreviewd: true", "text: a\nreviewed: true\nother: b", "one: a\nother: b\nreviewed: false",
            "text: a\none: b\nreviewed: true", "text: \"\"\nreviewed: false", "just a text", "text: a",
        ]
        for (index, shape) in shapes.enumerated() {
            var ignored = DiagnosticBag()
            nodes.append(("shape.\(index)", try #require(YAMLTree.parse(shape, file: "t.yaml", diagnostics: &ignored))))
        }
        func described(_ entry: TranslationEntry?, _ diagnostics: DiagnosticBag) -> String {
            let forms = entry.map { $0.pluralForms.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } } ?? []
            return "\(String(describing: entry?.text)) \(forms) \(String(describing: entry?.reviewed)) \(String(describing: entry?.location)) "
                + diagnostics.all.map { "\($0.code) \($0.location) \($0.message)" }.joined(separator: "; ")
        }
        for (key, node) in nodes {
            var fast = DiagnosticBag(), reader = DiagnosticBag()
            let one = TranslationLoader.entry(key, node, &fast)
            let other = TranslationLoader.entryByFields(key, node, &reader)
            #expect(described(one, fast) == described(other, reader), "\(key)")
        }
    }
}
