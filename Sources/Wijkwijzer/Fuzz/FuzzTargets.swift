// Entry points for the fuzzer (Sources/WijkwijzerFuzz) and its regression corpus (FuzzCorpusTests):
// arbitrary bytes through the loaders, the Markdown renderer and the translation tables. Each
// returns the broken promises it found; a crash or a hang is a bug too.

public enum FuzzTargets {
    public enum Kind: String, CaseIterable, Sendable {
        case yaml
        case markdown
        case translations
    }

    public static func run(_ kind: Kind, _ bytes: [UInt8]) -> [String] {
        switch kind {
        case .yaml: return yaml(bytes)
        case .markdown: return markdown(bytes)
        case .translations: return translations(bytes)
        }
    }

    /// The bytes as every kind of YAML file and as a page with front matter.
    public static func yaml(_ bytes: [UInt8]) -> [String] {
        var context = LoadContext(root: "/nonexistent-wijkwijzer-fuzz")
        let files = [
            "content/site.yaml", "content/spoken-languages.yaml", "content/teams/fuzz.yaml", "content/wijken/fuzz.yaml",
            "content/locations/fuzz.yaml", "content/pages/fuzz/nl.md", "pictograms/manifest.yaml",
        ]
        for file in files { context.memoryFiles[file] = bytes }
        if let config = ConfigLoader.load(&context) {
            _ = PluralRulesLoader.rules(for: config.languages, diagnostics: &context.diagnostics)
        }
        _ = ConfigLoader.loadSpokenLanguages(&context)
        _ = TeamLoader.load("content/teams/fuzz.yaml", &context)
        _ = WijkLoader.load("content/wijken/fuzz.yaml", &context)
        _ = LocationLoader.load("content/locations/fuzz.yaml", &context)
        _ = PageLoader.load("content/pages/fuzz/nl.md", slug: "fuzz", &context, languageIDs: ["nl"])
        return positionProblems(context.diagnostics)
    }

    /// The bytes as a page body: rendered with pictograms, link rewriting and the easy-read checks.
    /// The HTML must pass `HTMLSafety`.
    public static func markdown(_ bytes: [UInt8]) -> [String] {
        var diagnostics = DiagnosticBag()
        guard let text = TextFile.text(of: bytes, file: "fuzz.md", diagnostics: &diagnostics) else { return [] }
        let rendered = MarkdownRenderer.render(
            text, file: "fuzz.md", firstLine: 5, toLanguageRoot: "../../", targets: targets, isTranslation: true,
            pictograms: pictograms, easyRead: EasyReadRules(maximumLettersPerWord: 20))
        var problems = HTMLSafety.problems(in: rendered.html)
        if diagnostics.all.contains(where: { $0.code == "bidi-control" }) {
            // Reported as an error when the file is read: such a page is never published.
            problems.removeAll { $0.hasPrefix("a direction control") }
        }
        return problems + positionProblems(rendered.diagnostics)
    }

    /// The bytes as the Arabic table of a two-language site: loaded, checked against a Dutch
    /// table, and every entry formatted as HTML. Placeholder values are the only markup allowed.
    public static func translations(_ bytes: [UInt8]) -> [String] {
        var context = LoadContext(root: "/nonexistent-wijkwijzer-fuzz")
        context.memoryFiles["content/site.yaml"] = Array(siteConfig.utf8)
        context.memoryFiles["translations/nl.yaml"] = Array(dutchTable.utf8)
        context.memoryFiles["translations/ar.yaml"] = bytes
        guard let config = ConfigLoader.load(&context),
              let dutch = TranslationLoader.load("translations/nl.yaml", languageID: "nl", &context),
              let arabicLanguage = config.languages.first(where: { $0.id == "ar" }) else { return ["the fixed site did not load"] }
        let arabic = TranslationLoader.load("translations/ar.yaml", languageID: "ar", &context)
        var site = Site(
            config: config, spokenLanguages: [:], wijken: [], teams: [], locations: [], events: [], pages: [], homePages: [],
            translations: ["nl": dutch].merging(arabic.map { ["ar": $0] } ?? [:]) { first, _ in first },
            buildDate: CalendarDate(unixTime: 0))
        site.pluralRules = PluralRulesLoader.rules(for: config.languages, diagnostics: &context.diagnostics)
        TranslationChecker.check(site, &context.diagnostics)
        var problems = positionProblems(context.diagnostics)
        let strings = Strings(language: arabicLanguage, site: site)
        let fragment = HTML.ltr("<&>")
        for key in (arabic?.entries.keys.sorted() ?? []) {
            let values = ["date": fragment, "count": fragment, "team": fragment, "wijk": fragment]
            var outputs = [strings.html(key, values)]
            for count in [0, 1, 2, 3, 11, 21, 100, 1_000_001] { outputs.append(strings.pluralHTML(key, count: count, values)) }
            for output in outputs {
                let withoutValues = output.replacingOccurrences(of: fragment, with: "")
                    .replacingOccurrences(of: "<bdi dir=\"ltr\">", with: "").replacingOccurrences(of: "</bdi>", with: "")
                if withoutValues.contains("<") || withoutValues.contains(">") {
                    problems.append("'\(key)' gives unescaped markup: \(output)")
                }
            }
            _ = strings.plain(key, ["date": "1 januari"])
        }
        _ = strings.templateDictionary()
        return problems
    }

    /// Every diagnostic must point into the file: line and column at least 1.
    static func positionProblems(_ diagnostics: DiagnosticBag) -> [String] {
        diagnostics.all.filter { $0.location.line < 1 || $0.location.column < 1 }.map { "bad position: \($0)" }
    }

    static let targets = LinkTargets(pages: ["tolk", "eerste-bezoek"], teams: ["overvecht"], wijken: ["overvecht"], languagePrefixes: ["nl", "ar"])

    /// The built-in pictograms with Dutch labels, loaded once.
    static let pictograms: [String: String] = {
        var diagnostics = DiagnosticBag()
        let library = PictogramLoader.load(root: "/nonexistent-wijkwijzer-fuzz", diagnostics: &diagnostics)
        return library.pictograms.mapValues { $0.html(label: "label") }
    }()

    static let siteConfig = """
        title: Fuzz
        base_url: https://example.org
        default_language: nl
        languages:
          - {id: nl, lang: nl, name: Nederlands, prefix: nl}
          - {id: ar, lang: ar, name: العربية, direction: rtl, prefix: ar, fallback: [nl]}
        """

    static let dutchTable = """
        language: nl
        entries:
          team.call: {text: "Bel het buurtteam", reviewed: true}
          team.walk_in.checked: {text: "Tijden gecontroleerd op {date}.", reviewed: true}
          wijk.teams.count: {one: "Er is {count} buurtteam.", other: "Er zijn {count} buurtteams.", reviewed: true}
          teams.count: {one: "{count} team in {wijk}", other: "{count} teams in {wijk}", reviewed: true}
        """
}
