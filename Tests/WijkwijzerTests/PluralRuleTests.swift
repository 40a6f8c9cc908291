// CLDR plural rules: every sample CLDR publishes for each category of nl, tr, pl and ar falls in
// that category, and the rules agree with a hand-written reference on many integers.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct PluralRuleTests {
    /// CLDR 46 `plurals.xml` samples (`@integer` and `@decimal`), by language and category.
    static let samples: [String: [String: String]] = [
        "nl": [
            "one": "1",
            "other": "0, 2~16, 100, 1000, 10000, 100000, 1000000, 0.0~1.5, 10.0, 100.0, 1000.0",
        ],
        "tr": [
            "one": "1, 1.0, 1.00, 1.000, 1.0000",
            "other": "0, 2~16, 100, 1000, 10000, 100000, 1000000, 0.0~0.9, 1.1~1.6, 10.0, 100.0, 1000.0",
        ],
        "pl": [
            "one": "1",
            "few": "2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002",
            "many": "0, 5~19, 100, 1000, 10000, 100000, 1000000",
            "other": "0.0~1.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0",
        ],
        "ar": [
            "zero": "0, 0.0, 0.00, 0.000, 0.0000",
            "one": "1, 1.0, 1.00, 1.000, 1.0000",
            "two": "2, 2.0, 2.00, 2.000, 2.0000",
            "few": "3~10, 103~110, 1003, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 103.0, 1003.0",
            "many": "11~26, 111, 1011, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 111.0, 1011.0",
            "other": "100~102, 200~202, 300~302, 400~402, 500~502, 600, 1000, 10000, 100000, 1000000, 0.1~0.9, 1.1~1.7, 10.1, 100.1, 1000.1",
        ],
    ]

    static func rules(_ language: String) throws -> PluralRules {
        var diagnostics = DiagnosticBag()
        let texts = try #require(PluralRulesLoader.builtInTexts(diagnostics: &diagnostics)[language])
        #expect(diagnostics.all.isEmpty)
        return try PluralRules.parse(texts).get()
    }

    /// "2~4" → 2, 3, 4; "0.0~1.5" → 0.0, 0.1 … 1.5 (keeping the number of decimals).
    static func expand(_ list: String) -> [String] {
        list.split(separator: ",").flatMap { item -> [String] in
            let parts = item.trimmingCharacters(in: .whitespaces).components(separatedBy: "~")
            guard parts.count == 2, let low = parts.first, let high = parts.last else { return [item.trimmingCharacters(in: .whitespaces)] }
            let decimals = low.split(separator: ".").dropFirst().first?.count ?? 0
            let scale = Int(pow(10, Double(decimals)))
            let from = Int((Double(low) ?? 0) * Double(scale) + 0.5), to = Int((Double(high) ?? 0) * Double(scale) + 0.5)
            return (from...to).map { value in
                decimals == 0 ? String(value) : "\(value / scale)." + String(format: "%0\(decimals)d", value % scale)
            }
        }
    }

    @Test(arguments: ["nl", "tr", "pl", "ar"])
    func everyCLDRSampleFallsInItsCategory(_ language: String) throws {
        let rules = try Self.rules(language)
        let expected = try #require(Self.samples[language])
        #expect(Set(rules.categories) == Set(expected.keys), "\(language) categories")
        for (category, list) in expected {
            for sample in Self.expand(list) {
                let operands = try #require(PluralOperands(sample), "\(sample)")
                #expect(rules.category(for: operands) == category, "\(language): \(sample) should be \(category)")
            }
        }
    }

    /// Independent hand-written rules for integers, as CLDR states them.
    static let reference: [String: @Sendable (Int) -> String] = [
        "nl": { $0 == 1 ? "one" : "other" },
        "tr": { $0 == 1 ? "one" : "other" },
        "pl": { n in
            if n == 1 { return "one" }
            if (2...4).contains(n % 10), !(12...14).contains(n % 100) { return "few" }
            return "many"
        },
        "ar": { n in
            switch (n, n % 100) {
            case (0, _): return "zero"
            case (1, _): return "one"
            case (2, _): return "two"
            case (_, 3...10): return "few"
            case (_, 11...99): return "many"
            default: return "other"
            }
        },
    ]

    @Test(arguments: ["nl", "tr", "pl", "ar"])
    func agreesWithAReferenceOnEveryIntegerUpToTwentyThousand(_ language: String) throws {
        let rules = try Self.rules(language)
        let reference = try #require(Self.reference[language])
        for n in 0...20_000 {
            #expect(rules.category(for: n) == reference(n), "\(language): \(n)")
        }
    }

    @Test func operandsFollowCLDRDefinitions() throws {
        let operands = try #require(PluralOperands("-12.340"))
        #expect(operands.i == 12)
        #expect(operands.v == 3)
        #expect(operands.w == 2)
        #expect(operands.f == 340)
        #expect(operands.t == 34)
        #expect(PluralOperands("1.") == nil)
        #expect(PluralOperands("abc") == nil)
    }

    @Test func syntaxErrorsAreReported() {
        if case .success = PluralRules.parse(["one": "i = 1 and"]) { Issue.record("accepted a dangling 'and'") }
        if case .success = PluralRules.parse(["one": "x = 1"]) { Issue.record("accepted an unknown operand") }
        if case .success = PluralRules.parse(["several": "n = 3"]) { Issue.record("accepted an unknown category") }
    }

    /// The tree of `t.…` texts for the templates is the one made key by key into nested
    /// dictionaries, for every language of the site, also where one key starts others.
    @Test func templateDictionaryIsTheOneMadeKeyByKey() throws {
        let result = Pipeline.prepare(root: Repository.root, buildDate: CalendarDate(year: 2026, month: 11, day: 26))
        var site = try #require(result.0?.site)
        func canonical(_ value: Any) -> String {
            if let dictionary = value as? [String: Any] {
                return "{" + dictionary.keys.sorted().map { "\($0.debugDescription):" + canonical(dictionary[$0] as Any) }.joined(separator: ",") + "}"
            }
            return (value as? String)?.debugDescription ?? "?"
        }
        let location = SourceLocation(file: "translations/nl.yaml")
        for key in ["zz.a", "zz.a.b", "zz.a.c.d", "zz.b", "zz-x.y"] {
            site.translations["nl"]?.entries[key] = TranslationEntry(key: key, text: "text of \(key)", pluralForms: [:], reviewed: true, location: location)
        }
        for language in site.config.languages {
            let strings = Strings(language: language, site: site)
            let fast = canonical(strings.templateDictionary())
            #expect(fast == canonical(strings.templateDictionaryInOrder()), "\(language.id)")
            #expect(fast.contains("\"zz\":{\"a\":{\"b\":\"text of zz.a.b\",\"c\":{\"d\":\"text of zz.a.c.d\"}},\"b\":\"text of zz.b\"}"))
        }
    }

    @Test func stringsPickTheFormOfTheTableTheEntryComesFrom() throws {
        let result = Pipeline.prepare(root: Repository.root, buildDate: CalendarDate(year: 2026, month: 11, day: 26))
        let site = try #require(result.0?.site)
        let polish = Strings(language: try #require(site.language("pl")), site: site)
        #expect(polish.pluralPlain("teams.count", count: 1) == "Utrecht ma 1 zespół buurtteam.")
        #expect(polish.pluralPlain("teams.count", count: 3) == "Utrecht ma 3 zespoły buurtteam.")
        #expect(polish.pluralPlain("teams.count", count: 18) == "Utrecht ma 18 zespołów buurtteam.")
        #expect(polish.pluralPlain("teams.count", count: 22) == "Utrecht ma 22 zespoły buurtteam.")
        let arabic = Strings(language: try #require(site.language("ar")), site: site)
        #expect(arabic.pluralHTML("teams.count", count: 18).contains("<bdi dir=\"ltr\">18</bdi>"))
    }
}
