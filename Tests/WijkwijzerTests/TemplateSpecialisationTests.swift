// The specialised templates: lists written out item by item, and long templates cut into pieces,
// each held to what the templates as written render.

import Foundation
import Mustache
import Testing
@testable import Wijkwijzer

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

    /// A section over a constant string has the string as its `{{.}}`; `dataLang`, a name only the
    /// root has, is written out at any depth, inside lists too.
    @Test func writesSectionsOverConstantStringsAndRootNamesAtAnyDepth() throws {
        let text = "<h1{{#dataLang}} lang=\"{{.}}\"{{/dataLang}}>{{#items}}<li{{#dataLang}} lang=\"{{.}}\"{{/dataLang}}>{{name}}</li>{{/items}}"
            + "{{#page.class}}[{{.}}]{{/page.class}}{{^dataLang}}!{{/dataLang}}"
        let items: [[String: Any]] = [["name": "a"], ["name": "b"]]
        for dataLang in ["nl" as Any, false] {
            let constants: [String: Any] = ["dataLang": dataLang, "page": ["class": "x&y"] as [String: Any]]
            let specialised = Templates.specialise(Templates.contentTypePragma + text, constants: constants)
            #expect(!specialised.contains("dataLang") && !specialised.contains("page.class"))
            let context = constants.merging(["items": items]) { $1 }
            let asWritten = try MustacheTemplate(string: Templates.contentTypePragma + text).render(context)
            #expect(try MustacheTemplate(string: specialised).render(context) == asWritten)
        }
        // Any other name without a dot is left to Mustache: an item may have its own.
        #expect(Templates.specialise("{{#lang}}{{.}}{{/lang}}", constants: ["lang": "nl"]) == "{{#lang}}{{.}}{{/lang}}")
    }

    /// An item's flag that differs from page to page becomes a section over the page's flag; runs of
    /// them become one section over the page's dictionary of flags (never an inverted section).
    @Test func writesAnItemsFlagOfThePageAsASectionOverIt() throws {
        let items: [[String: Any]] = ["nl", "tr"].map { code in
            ["code": code, SectionUnroller.perPageNames: [String: String](), SectionUnroller.perPageFlags: ["current": "walkIn.current." + code]]
        }
        let constants: [String: Any] = ["walkIn": ["languages": items] as [String: Any]]
        let text = "<ul>{{#walkIn.languages}}<li lang=\"{{code}}\"{{#current}} aria-current=\"page\"{{/current}}>{{code}}</li>{{/walkIn.languages}}</ul>"
        let specialised = Templates.specialise(Templates.contentTypePragma + text, constants: constants)
        #expect(specialised == Templates.contentTypePragma + "<ul><li lang=\"nl\"{{#walkIn.current}}{{#.nl}} aria-current=\"page\"{{/.nl}}>nl</li>"
            + "<li lang=\"tr\"{{#.tr}} aria-current=\"page\"{{/.tr}}{{/walkIn.current}}>tr</li></ul>")
        for current in ["nl", "tr"] {
            let context: [String: Any] = ["walkIn": [
                "languages": items.map { $0.merging(["current": ($0["code"] as? String) == current]) { $1 } },
                "current": ["nl": current == "nl", "tr": current == "tr"],
            ] as [String: Any]]
            #expect(try MustacheTemplate(string: specialised).render(context)
                == MustacheTemplate(string: Templates.contentTypePragma + text).render(context))
        }
        // The flag as a variable, or a section over it inverted: left to Mustache, or not grouped.
        #expect(Templates.specialise("{{#walkIn.languages}}{{current}}{{/walkIn.languages}}", constants: constants)
            == "{{#walkIn.languages}}{{current}}{{/walkIn.languages}}")
        #expect(Templates.specialise("{{#walkIn.languages}}{{^current}}x{{/current}}{{/walkIn.languages}}", constants: constants)
            == "{{^walkIn.current.nl}}x{{/walkIn.current.nl}}{{^walkIn.current.tr}}x{{/walkIn.current.tr}}")
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

    /// Runs of `{{page.path}}` (or `{{page.home}}`, or keys of `page.languageHref`) with only text
    /// between, outside sections, become one section.
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
        // The footer's links home, each after its text.
        #expect(grouped("<a href=\"{{page.home}}\">Home</a><a href=\"{{page.home}}info/\">Info</a>")
            == "<a href=\"{{#page.home}}{{.}}\">Home</a><a href=\"{{.}}{{/page.home}}info/\">Info</a>")
        // Keys of a dictionary of the page, one level down: one section over the dictionary, each
        // key looked up in it alone (a leading dot).
        #expect(grouped("<a href=\"{{page.languageHref.nl}}\">NL</a> <a href=\"{{page.languageHref.nl-simple}}\">B1</a>")
            == "<a href=\"{{#page.languageHref}}{{.nl}}\">NL</a> <a href=\"{{.nl-simple}}{{/page.languageHref}}\">B1</a>")
        for text in ["{{page.languageHref.nl}}", "{{page.languageHref.nl}}{{page.title}}{{page.languageHref.tr}}",
                     "{{page.languageHref.nl.x}}{{page.languageHref.nl.x}}", "{{page.languageHref}}{{page.languageHref}}",
                     "{{#x}}{{page.languageHref.nl}}{{page.languageHref.tr}}{{/x}}"] {
            #expect(grouped(text) == text, "\(text)")
        }
        // A key the dictionary lacks stays empty inside the section, as it was: never found further up.
        let switcher = "{{page.languageHref.nl}}|{{page.languageHref.home}}|{{page.languageHref.tr}}"
        let withHome: [String: Any] = ["home": "ROOT", "page": ["languageHref": ["nl": "../nl/x/", "tr": "../tr/x/"] as [String: Any]] as [String: Any]]
        let plain = try? MustacheTemplate(string: switcher).render(withHome), sectioned = try? MustacheTemplate(string: grouped(switcher)).render(withHome)
        #expect(plain == "../nl/x/||../tr/x/" && sectioned == plain)
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

    /// Pages rendered on all cores from fresh sets: each set parses a template while other pages
    /// need it (a shape's set: they render from the language's set meanwhile; the language's set,
    /// parsed when a page first needs it or all at once beforehand). The same bytes as one core
    /// rendering from the templates as written, parsed whole.
    @Test func pagesMadeOnAllCoresWhileTheirSetsAreParsedAreTheSame() throws {
        let prepared = try #require(Pipeline.prepare(root: Repository.root, buildDate: CalendarDate(year: 2026, month: 11, day: 26)).0)
        let keepsSome = PageReuse(previous: ["none": Digest(high: 0, low: 0)])
        for language in prepared.site.config.languages.prefix(2) {
            let whole = LanguageRenderer(LanguageContext(
                site: prepared, language: language, specialisesTemplates: false, writtenSet: prepared.templates.whole()))
            let routes = prepared.routes + [.notFound]
            let reference = routes.map { whole.render($0) }
            for (reuse, threshold) in [(nil, 0), (keepsSome, 0), (keepsSome, PageShapes.rendersBeforeOwnSet)] as [(PageReuse?, Int)] {
                let context = Unchecked(LanguageContext(site: prepared, language: language, reuse: reuse, rendersBeforeOwnSet: threshold))
                if reuse == nil, let library = context.value.library { TemplateSet.prepareEvery([library]) }
                let made = ParallelMap.map(Array(routes.indices) + Array(routes.indices)) { index in
                    LanguageRenderer(context.value).render(routes[index]).map(\.bytes)
                }
                for (index, files) in made.enumerated() where files != reference[index % routes.count].map(\.bytes) {
                    Issue.record("\(language.id) \(routes[index % routes.count].path) differs (threshold \(threshold), eager \(reuse == nil))")
                }
            }
        }
    }
}

@Suite struct TemplatePiecesTests {
    static let pragma = Templates.contentTypePragma

    /// Renders `text` whole and in pieces, with each context; records a difference.
    static func rendersTheSame(_ text: String, _ contexts: [[String: Any]], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let whole = TemplateSet(texts: ["page": text], constants: nil, parsed: ParsedTemplates(), inPieces: false)
        let pieces = TemplateSet(texts: ["page": text], constants: nil, parsed: ParsedTemplates())
        for context in contexts {
            let expected = whole.render(context, withTemplate: "page")
            #expect(expected != nil, sourceLocation: sourceLocation)
            #expect(pieces.render(context, withTemplate: "page") == expected, sourceLocation: sourceLocation)
        }
    }

    @Test func cutsLongTemplatesAndLongSectionBodiesAndRendersTheSame() throws {
        let filler = String(repeating: "<p>text</p>\n", count: 200)
        let text = Self.pragma + "<h1>{{title}}</h1>\n" + filler + "{{#items}}\n<li>{{name}}</li>\n" + filler + "{{/items}}\n"
            + "{{^items}}\n" + filler + "  {{#flag}}\n<b>{{title}}</b>\n  {{/flag}}\n" + filler + "{{/items}}\n" + filler + "<p>{{end}}</p>\n"
        let split = try #require(TemplatePieces.split(text, name: "page"))
        #expect(split.pieces.count >= 4)
        // Every piece carries the pragma, and no text to parse is much longer than a piece.
        #expect(split.pieces.allSatisfy { $0.1.hasPrefix(Self.pragma) })
        for text in split.pieces.map(\.1) + [split.whole] {
            #expect(text.utf8.count < 3 * TemplatePieces.pieceLength, "\(text.utf8.count) bytes")
        }
        // A piece holds whole sections, and the long section bodies were cut too.
        func count(_ tag: String, in text: String) -> Int { text.components(separatedBy: tag).count - 1 }
        for text in split.pieces.map(\.1) + [split.whole] {
            #expect(count("{{#items}}", in: text) + count("{{^items}}", in: text) == count("{{/items}}", in: text))
            #expect(count("{{#flag}}", in: text) == count("{{/flag}}", in: text))
        }
        let opening = split.pieces.map(\.1).filter { $0.contains("{{#items}}") }
        #expect(opening.count == 1 && opening.allSatisfy { $0.utf8.count < filler.utf8.count })
        let contexts: [[String: Any]] = [
            ["title": "T & t", "items": [["name": "a"], ["name": "<b>"]], "end": "e"],
            ["title": "T", "items": [[String: Any]](), "flag": true, "end": "e"],
            ["title": "T", "flag": false],
        ]
        Self.rendersTheSame(text, contexts)
    }

    @Test func leavesShortOrInheritingOrUncertainTemplatesWhole() {
        let long = String(repeating: "<p>text</p>\n", count: 400)
        #expect(TemplatePieces.split(Self.pragma + "<p>{{x}}</p>\n", name: "short") == nil)
        #expect(TemplatePieces.split(Self.pragma + "{{< parent}}\n" + long + "{{/parent}}\n", name: "child") == nil)
        #expect(TemplatePieces.split(Self.pragma + "{{! a comment\nover lines }}\n" + long, name: "comment") == nil)
        #expect(TemplatePieces.split(Self.pragma + "{{=<% %>=}}\n" + long, name: "delimiters") == nil)
        #expect(TemplatePieces.split(Self.pragma + long + "{{% CONTENT_TYPE: text/plain}}\n" + long, name: "pragma") == nil)
        #expect(TemplatePieces.split(Self.pragma + "{{#open}}\n" + long, name: "unclosed") == nil)
        // A long body with a transform in it stays whole (a partial would lose its place in the list).
        #expect(TemplatePieces.split(Self.pragma + "{{#items}}\n{{#first()}}<p>first</p>{{/first()}}\n" + long + "{{/items}}\n", name: "first") == nil)
        // No place to cut: only tags and spaces.
        #expect(TemplatePieces.split(Self.pragma + String(repeating: "{{a}} {{b}}\n", count: 300), name: "tags") == nil)
    }

    /// Random templates (text, variables, sections and inverted sections, standalone or not, nested,
    /// lists and flags) render the same whole and in pieces.
    @Test func randomTemplatesRenderTheSameInPieces() throws {
        var random = SeededGenerator(seed: 20261127)
        let names = ["a", "b", "c", "list", "flag"]
        func words(_ count: Int) -> String {
            (0..<count).map { _ in ["<p>", "</p>", "x", "tekst", "&amp;", " ", "  ", "-", "ok.", "\t"].randomElement(using: &random) ?? "" }.joined()
        }
        func block(_ depth: Int) -> String {
            var text = ""
            for _ in 0..<Int.random(in: 4...14, using: &random) {
                let name = names.randomElement(using: &random) ?? "a"
                switch Int.random(in: 0..<10, using: &random) {
                case 0...3: text += words(Int.random(in: 1...40, using: &random)) + (Bool.random(using: &random) ? "\n" : "")
                case 4...5: text += (Bool.random(using: &random) ? "{{\(name)}}" : "{{{\(name)}}}") + words(Int.random(in: 0...3, using: &random))
                case 6: text += "{{! note }}" + (Bool.random(using: &random) ? "\n" : "")
                default:
                    guard depth < 3 else { continue }
                    let sigil = Bool.random(using: &random) ? "#" : "^"
                    let standalone = Bool.random(using: &random)
                    let indent = Bool.random(using: &random) ? "  " : ""
                    text += standalone ? "\n\(indent){{\(sigil)\(name)}}\n" : "{{\(sigil)\(name)}}"
                    text += block(depth + 1)
                    text += standalone ? "\n\(indent){{/\(name)}}\n" : "{{/\(name)}}"
                }
            }
            return text
        }
        let contexts: [[String: Any]] = [
            ["a": "A & <a>", "b": "", "c": "c", "flag": true, "list": [["a": "1"], ["b": "2", "flag": false], ["a": "3", "list": [["c": "x"]]]]],
            ["a": "A", "flag": false, "list": [[String: Any]]()],
            ["b": "B", "c": true, "list": [["a": "only"]]],
        ]
        var cut = 0
        for _ in 0..<150 {
            var text = Self.pragma
            while text.utf8.count < 2 * TemplatePieces.pieceLength + 200 { text += block(0) }
            if TemplatePieces.split(text, name: "page") != nil { cut += 1 }
            Self.rendersTheSame(text, contexts)
        }
        #expect(cut > 100, "\(cut) of 150 templates were cut")
    }
}
