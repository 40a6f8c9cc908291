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
    }
}

/// Lists that are the same on every page of a language, written out item by item.
@Suite struct SectionUnrollingTests {
    nonisolated(unsafe) static let items: [[String: Any]] = [
        ["lang": "nl", "name": "Nederlands & co", "current": true, SectionUnroller.perPageNames: ["href": "page.href.nl"]],
        ["lang": "ar", "name": "العربية", "current": false, SectionUnroller.perPageNames: ["href": "page.href.ar"]],
    ]
    nonisolated(unsafe) static let constants: [String: Any] = ["page": ["switcher": items] as [String: Any]]

    func unrolled(_ text: String) -> String {
        String(decoding: Templates.unrollSections(Array(text.utf8), constants: Self.constants), as: UTF8.self)
    }

    @Test func writesEachItemWithItsConstantsAndItsPageLookUps() {
        let text = "<ul>\n{{#page.switcher}}<li><a href=\"{{href}}\" lang=\"{{lang}}\"{{#current}} aria-current=\"page\"{{/current}}{{^current}} x{{/current}}>{{name}}</a> {{other}}</li>\n{{/page.switcher}}\n</ul>"
        #expect(unrolled(text) == "<ul>\n<li><a href=\"{{page.href.nl}}\" lang=\"nl\" aria-current=\"page\">Nederlands &amp; co</a> {{other}}</li>\n"
            + "<li><a href=\"{{page.href.ar}}\" lang=\"ar\" x>العربية</a> {{other}}</li>\n</ul>")
        // A standalone opening line goes too, as Mustache removes it.
        #expect(unrolled("a\n  {{#page.switcher}}\n[{{{name}}}]\n{{/page.switcher}}\nb") == "a\n[Nederlands & co]\n[العربية]\nb")
        #expect(unrolled("{{#page.switcher}}{{lang}},{{/page.switcher}}") == "nl,ar,")
    }

    /// A section over a constant flag or string is written out once or left out, lines and all, exactly as
    /// Mustache renders it.
    @Test func writesOutOrLeavesOutSectionsOverConstantFlags() throws {
        let constants: [String: Any] = ["page": ["on": true, "off": false, "text": "", "class": "a&b"] as [String: Any], "t": ["x": "X & Y"]]
        let text = "a\n{{#page.on}}<p>{{t.x}}</p>\n{{/page.on}}{{^page.on}}off{{/page.on}}\n  {{#page.off}}\nhidden {{name}}\n{{/page.off}}\n"
            + "{{^page.off}}\nshown {{name}}\n{{/page.off}}\n{{#page.on}}{{#page.off}}never{{/page.off}}{{name}}{{/page.on}}z"
            + "{{#page.text}}[{{name}}]{{/page.text}}{{^page.text}}none{{/page.text}}{{#page.class}} class=\"{{page.class}}\"{{/page.class}}"
        let specialised = Templates.specialise(Templates.contentTypePragma + text, constants: constants)
        #expect(!specialised.contains("page."))
        let context: [String: Any] = ["page": ["on": true, "off": false, "text": "", "class": "a&b"] as [String: Any], "t": ["x": "X & Y"], "name": "<n>"]
        let asWritten = try MustacheTemplate(string: Templates.contentTypePragma + text).render(context)
        #expect(try MustacheTemplate(string: specialised).render(context) == asWritten)
        #expect(asWritten == "a\n<p>X &amp; Y</p>\n\nshown &lt;n&gt;\n&lt;n&gt;z[&lt;n&gt;] class=\"a&amp;b\"")
    }

    /// Inside an item, a section over one of its strings is written out with the string as `{{.}}`.
    @Test func writesSectionsOverAnItemsStrings() throws {
        let items: [[String: Any]] = [
            ["href": "a/", "lang": "ar", "dir": "rtl", SectionUnroller.perPageNames: [String: String]()],
            ["href": "b/", "lang": false, SectionUnroller.perPageNames: [String: String]()],
        ]
        let constants: [String: Any] = ["page": ["links": items] as [String: Any]]
        let text = "{{#page.links}}<a href=\"{{href}}\"{{#lang}} lang=\"{{.}}\" dir=\"{{dir}}\"{{^lang}}never{{/lang}}{{#dir}}[{{{.}}}]{{/dir}}{{/lang}}{{^lang}} none{{/lang}}>{{other}}</a>\n{{/page.links}}"
        let unrolled = String(decoding: Templates.unrollSections(Array(text.utf8), constants: constants), as: UTF8.self)
        #expect(unrolled == "<a href=\"a/\" lang=\"ar\" dir=\"rtl\"[rtl]>{{other}}</a>\n<a href=\"b/\" none>{{other}}</a>\n")
        let context: [String: Any] = ["page": ["links": items] as [String: Any], "other": "<o>"]
        #expect(try MustacheTemplate(string: Templates.contentTypePragma + unrolled).render(context)
            == MustacheTemplate(string: Templates.contentTypePragma + text).render(context))
        // An empty string, or `{{.}}` of the item itself: left to Mustache.
        for (value, body) in [("", "{{#lang}}{{.}}{{/lang}}"), ("ar", "{{.}}")] {
            let list: [String: Any] = ["page": ["links": [["lang": value, SectionUnroller.perPageNames: [String: String]()]]] as [String: Any]]
            let section = "{{#page.links}}" + body + "{{/page.links}}"
            #expect(String(decoding: Templates.unrollSections(Array(section.utf8), constants: list), as: UTF8.self) == section)
        }
    }

    /// A per-page value with text before it that every page shares (an absolute link: the language's
    /// root, then the page's path), and items that stand for strings (`{{.}}`).
    @Test func writesPrefixesOfPerPageValuesAndItemsThatAreStrings() throws {
        let alternates: [[String: Any]] = [
            ["hreflang": "tr", SectionUnroller.perPageNames: ["href": "page.path"], SectionUnroller.perPagePrefixes: ["href": "https://x.example/tr?a&b/"]],
            ["hreflang": "x-default", SectionUnroller.perPageNames: ["href": "page.path"], SectionUnroller.perPagePrefixes: ["href": "https://x.example/nl/"]],
        ]
        let locales: [[String: Any]] = ["tr_TR", "ar_AR"].map { [SectionUnroller.itemText: $0, SectionUnroller.perPageNames: [String: String]()] }
        let constants: [String: Any] = ["page": ["alternates": alternates, "ogLocaleAlternates": locales] as [String: Any]]
        let text = "{{#page.alternates}}<link hreflang=\"{{hreflang}}\" href=\"{{href}}\" raw=\"{{{href}}}\">\n{{/page.alternates}}"
            + "{{#page.ogLocaleAlternates}}<meta content=\"{{.}}\">\n{{/page.ogLocaleAlternates}}"
        let unrolled = String(decoding: Templates.unrollSections(Array(text.utf8), constants: constants), as: UTF8.self)
        #expect(unrolled == "<link hreflang=\"tr\" href=\"https://x.example/tr?a&amp;b/{{page.path}}\" raw=\"https://x.example/tr?a&b/{{{page.path}}}\">\n"
            + "<link hreflang=\"x-default\" href=\"https://x.example/nl/{{page.path}}\" raw=\"https://x.example/nl/{{{page.path}}}\">\n"
            + "<meta content=\"tr_TR\">\n<meta content=\"ar_AR\">\n")
        // Rendered: what the page's own lists render.
        let path = "info/a&b/"
        let context: [String: Any] = ["page": [
            "path": path, "ogLocaleAlternates": ["tr_TR", "ar_AR"],
            "alternates": [["hreflang": "tr", "href": "https://x.example/tr?a&b/" + path], ["hreflang": "x-default", "href": "https://x.example/nl/" + path]],
        ] as [String: Any]]
        #expect(try MustacheTemplate(string: Templates.contentTypePragma + unrolled).render(context)
            == MustacheTemplate(string: Templates.contentTypePragma + text).render(context))
        // An item that stands for an empty string: left to Mustache.
        let empty: [String: Any] = ["page": ["ogLocaleAlternates": [[SectionUnroller.itemText: "", SectionUnroller.perPageNames: [String: String]()]]] as [String: Any]]
        let section = "{{#page.ogLocaleAlternates}}{{.}}{{/page.ogLocaleAlternates}}"
        #expect(String(decoding: Templates.unrollSections(Array(section.utf8), constants: empty), as: UTF8.self) == section)
    }

    @Test func leavesToMustacheWhatItCannotWriteExactly() {
        for text in [
            "{{#page.switcher}}{{.}}{{/page.switcher}}",
            "{{#page.switcher}}{{> part}}{{/page.switcher}}",
            "{{#page.switcher}}{{! note}}{{/page.switcher}}",
            "{{#page.switcher}}\n{{#current}}\nx\n{{/current}}\n{{/page.switcher}}",
            "{{#page.switcher}}{{#href}}x{{/href}}{{/page.switcher}}",
            "{{#page.switcher}}{{href.deeper}}{{/page.switcher}}",
            "{{#page.switcher}}unclosed",
            "{{#page.other}}{{lang}}{{/page.other}}",
        ] {
            #expect(unrolled(text) == text, "\(text)")
        }
        // An empty value could make a line standalone that was not: left alone.
        let empty: [String: Any] = ["page": ["switcher": [["lang": "", SectionUnroller.perPageNames: [String: String]()]]] as [String: Any]]
        #expect(String(decoding: Templates.unrollSections(Array("{{#page.switcher}}{{lang}}{{/page.switcher}}".utf8), constants: empty), as: UTF8.self)
            == "{{#page.switcher}}{{lang}}{{/page.switcher}}")
        // Items that do not name their per-page keys are never written out.
        let unnamed: [String: Any] = ["page": ["switcher": [["lang": "nl"]]] as [String: Any]]
        #expect(String(decoding: Templates.unrollSections(Array("{{#page.switcher}}{{lang}}{{/page.switcher}}".utf8), constants: unnamed), as: UTF8.self)
            == "{{#page.switcher}}{{lang}}{{/page.switcher}}")
    }

    /// Runs of `{{page.path}}` with only text between, outside sections, become one section.
    @Test func runsOfThePagePathBecomeOneSection() {
        func grouped(_ text: String) -> String { String(decoding: Templates.groupPageStrings(Array(text.utf8)), as: UTF8.self) }
        #expect(grouped("<a href=\"/nl/{{page.path}}\">\n<a href=\"/tr/{{page.path}}\">\n")
            == "<a href=\"/nl/{{#page.path}}{{.}}\">\n<a href=\"/tr/{{.}}{{/page.path}}\">\n")
        // One alone, another name between, another tag between, inside a section, unescaped: left as they are.
        for text in ["a {{page.path}} b", "{{page.path}}{{page.counterpartPath}}", "{{page.path}} {{t}} {{page.path}}",
                     "{{#x}}{{page.path}}{{page.path}}{{/x}}", "{{{page.path}}}{{{page.path}}}", "{{page.title}}{{page.title}}"] {
            #expect(grouped(text) == text, "\(text)")
        }
        #expect(grouped("{{page.counterpartPath}}/{{page.counterpartPath}} {{#x}}y{{/x}} {{page.path}}{{page.path}}")
            == "{{#page.counterpartPath}}{{.}}/{{.}}{{/page.counterpartPath}} {{#x}}y{{/x}} {{#page.path}}{{.}}{{.}}{{/page.path}}")
        // The same output, from a context whose page has the path, also an empty one.
        for path in ["info/tolk/", ""] {
            let context: [String: Any] = ["page": ["path": path]]
            let text = "<a href=\"/nl/{{page.path}}\">\n<a href=\"/tr/{{page.path}}\">\n"
            let one = try? MustacheTemplate(string: text).render(context), two = try? MustacheTemplate(string: grouped(text)).render(context)
            #expect(one != nil && one == two)
        }
    }

    /// Every page of the Utrecht site, in every language, rendered from the specialised templates,
    /// from the templates as written (long ones in pieces), and from the templates as written each
    /// parsed whole: the same bytes.
    @Test func specialisedTemplatesRenderWhatTheTemplatesAsWrittenRender() throws {
        let prepared = try #require(Pipeline.prepare(root: Repository.root, buildDate: CalendarDate(year: 2026, month: 11, day: 26)).0)
        var compared = 0
        // Shapes of page and their lists as soon as they occur (0), and after the usual number of renders.
        for (language, threshold) in prepared.site.config.languages.flatMap({ language in [0, PageShapes.rendersBeforeOwnSet].map { (language, $0) } }) {
            let specialised = LanguageRenderer(LanguageContext(site: prepared, language: language, rendersBeforeOwnSet: threshold))
            let asWritten = LanguageRenderer(LanguageContext(site: prepared, language: language, specialisesTemplates: false))
            let whole = LanguageRenderer(LanguageContext(
                site: prepared, language: language, specialisesTemplates: false, writtenSet: prepared.templates.whole()))
            var routes = prepared.routes + [.notFound]
            routes += prepared.infoSlugs.filter { prepared.hasRealVersion(.compare($0), in: language) }.map { PageRoute.compare($0) }
            for route in routes {
                let reference = whole.render(route)
                for (made, from) in [(specialised.render(route), "specialised"), (asWritten.render(route), "as written, in pieces")] {
                    #expect(made.map(\.path) == reference.map(\.path))
                    for (a, b) in zip(made, reference) where a.bytes != b.bytes {
                        Issue.record("\(a.path) differs (\(from))")
                    }
                }
                compared += reference.count
            }
        }
        #expect(compared > 800)
    }
}

@Suite struct TemplatePiecesTests {
    static let pragma = Templates.contentTypePragma

    @Test func cutsLongTemplatesBeforeLinesWithoutTagsOutsideSections() throws {
        let filler = String(repeating: "<p>text</p>\n", count: 120)
        let text = Self.pragma + "<h1>{{title}}</h1>\n" + filler + "{{#items}}\n<li>{{name}}</li>\n" + filler + "{{/items}}\n" + filler + "<p>{{end}}</p>\n"
        let split = try #require(TemplatePieces.split(text, name: "page"))
        #expect(split.pieces.count >= 2)
        // Every piece carries the pragma; put together without it they are the template.
        #expect(split.pieces.allSatisfy { $0.1.hasPrefix(Self.pragma) })
        #expect(Self.pragma + split.pieces.map { String($0.1.dropFirst(Self.pragma.count)) }.joined() == text)
        #expect(split.whole == Self.pragma + split.pieces.map { "{{> \($0.0)}}" }.joined())
        // No cut inside the section: the piece that opens it closes it.
        for (_, piece) in split.pieces {
            #expect(piece.components(separatedBy: "{{#items}}").count == piece.components(separatedBy: "{{/items}}").count)
        }
        // Rendered in pieces, the same text.
        let context: [String: Any] = ["title": "T & t", "items": [["name": "a"], ["name": "b"]], "end": "e"]
        let whole = TemplateSet(texts: ["page": text], constants: nil, parsed: ParsedTemplates(), inPieces: false)
            .render(context, withTemplate: "page")
        let pieces = TemplateSet(texts: ["page": text], constants: nil, parsed: ParsedTemplates()).render(context, withTemplate: "page")
        #expect(whole != nil && pieces == whole)
    }

    @Test func leavesShortOrInheritingTemplatesWhole() {
        #expect(TemplatePieces.split(Self.pragma + "<p>{{x}}</p>\n", name: "short") == nil)
        let long = String(repeating: "<p>text</p>\n", count: 400)
        #expect(TemplatePieces.split(Self.pragma + "{{< parent}}\n" + long + "{{/parent}}\n", name: "child") == nil)
        #expect(TemplatePieces.split(Self.pragma + "{{#open}}\n" + long + "{{/open}}\n", name: "inside") == nil)
        #expect(TemplatePieces.split(Self.pragma + "{{! a comment\nover lines }}\n" + long, name: "comment") == nil)
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
