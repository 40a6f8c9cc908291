// The rules about stories, the privacy page and the site's two-way settings: references, the
// Dutch source, translations that disagree with it, and personal data in a story's text.

enum StoryChecker {
    static func check(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        let source = site.config.defaultLanguage
        let sources = Dictionary(site.stories.filter { $0.languageID == source }.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var reported = Set<String>()
        for story in site.stories.sorted(by: { $0.file < $1.file }) {
            checkReferences(story, site, &diagnostics)
            if let original = sources[story.slug] {
                if story.languageID != source { checkAgreement(story, with: original, &diagnostics) }
            } else if reported.insert(story.slug).inserted {
                diagnostics.error(
                    "missing-source", at: SourceLocation(file: story.file), "the story '\(story.slug)' has no \(source) version",
                    hint: "every story starts in \(source): add \(StoryLoader.folder)/\(story.slug)/\(source).md")
            }
            checkPersonalData(story, &diagnostics)
        }
        checkSiteSettings(site, &diagnostics)
    }

    private static func checkReferences(_ story: Story, _ site: Site, _ diagnostics: inout DiagnosticBag) {
        if site.team(story.team.value) == nil {
            diagnostics.error(
                "unknown-reference", at: story.team.location, "there is no team '\(story.team.value)'",
                hint: Suggestion.hint(for: story.team.value, in: site.teams.map(\.id), kind: "teams"))
        }
        if site.wijk(story.wijk.value) == nil {
            diagnostics.error(
                "unknown-reference", at: story.wijk.location, "there is no wijk '\(story.wijk.value)'",
                hint: Suggestion.hint(for: story.wijk.value, in: site.wijken.map(\.id), kind: "wijken"))
        }
        for theme in story.themes where StoryTheme(rawValue: theme.value) == nil {
            diagnostics.error(
                "unknown-reference", at: theme.location, "there is no theme '\(theme.value)'",
                hint: Suggestion.closest(to: theme.value, in: StoryTheme.ids).map { "did you mean '\($0)'?" }
                    ?? "the themes are: \(StoryTheme.ids.joined(separator: ", "))")
        }
    }

    /// Team, wijk, themes, date and the sample flag are facts: a translation repeats the source's.
    private static func checkAgreement(_ story: Story, with original: Story, _ diagnostics: inout DiagnosticBag) {
        func differs(_ field: String, _ mine: String, _ theirs: String, at location: SourceLocation) {
            guard mine != theirs else { return }
            diagnostics.warning(
                "story-mismatch", at: location, "this translation says \(field): \(mine), but \(original.file) says \(theirs)",
                hint: "the facts of a story are the same in every language; copy them from \(original.file)")
        }
        differs("team", story.team.value, original.team.value, at: story.team.location)
        differs("wijk", story.wijk.value, original.wijk.value, at: story.wijk.location)
        differs("themes", story.themes.map(\.value).sorted().joined(separator: ", "),
                original.themes.map(\.value).sorted().joined(separator: ", "),
                at: story.themes.first?.location ?? SourceLocation(file: story.file))
        differs("date", story.date.value.description, original.date.value.description, at: story.date.location)
        differs("sample", String(story.sample), String(original.sample), at: SourceLocation(file: story.file, line: 2))
    }

    /// The Markdown body and the front matter's texts must not contain personal data.
    static func checkPersonalData(_ story: Story, _ diagnostics: inout DiagnosticBag) {
        for finding in PersonalDataScanner.scan(story.page.markdown) {
            report(finding, at: SourceLocation(file: story.file, line: story.page.bodyFirstLine + finding.line, column: finding.column), &diagnostics)
        }
        for text in story.frontMatterTexts {
            for finding in PersonalDataScanner.scan(text.value) { report(finding, at: text.location, &diagnostics) }
        }
    }

    private static func report(_ finding: PersonalDataFinding, at location: SourceLocation, _ diagnostics: inout DiagnosticBag) {
        let rule = "stories must not contain personal data"
        let (what, hint): (String, String)
        switch finding.kind {
        case .phone:
            what = "a phone number"
            hint = "\(rule): remove the number (a reader finds the team's number on its page; link to it with [the team](team:<id>))"
        case .email:
            what = "an e-mail address"
            hint = "\(rule): remove the address (a reader finds the team's e-mail address on its page)"
        case .address:
            what = "an address (a postcode with a house number)"
            hint = "\(rule): remove the address; name the wijk or buurt instead, e.g. 'in Overvecht'"
        case .streetAddress:
            what = "an address (a street with a house number)"
            hint = "\(rule): remove the house number, or name the wijk or buurt instead, e.g. 'in Overvecht'"
        case .bsn:
            what = "a BSN (a 9-digit citizen service number)"
            hint = "\(rule): remove the number; a BSN must never be published"
        }
        diagnostics.error("personal-data", at: location, "this looks like \(what): '\(finding.text)'", hint: hint)
    }

    /// The privacy page, the priority wijken and the contact for "tell us what you need".
    private static func checkSiteSettings(_ site: Site, _ diagnostics: inout DiagnosticBag) {
        let source = site.config.defaultLanguage
        if !site.privacyPages.contains(where: { $0.languageID == source }) {
            diagnostics.warning(
                "missing-file", at: SourceLocation(file: "content/privacy/\(source).md"), "the site has no privacy page in \(source)",
                hint: "add content/privacy/\(source).md: what the website and the team do with personal data")
        }
        var seen = Set<String>()
        for wijk in site.config.priorityWijken {
            if site.wijk(wijk.value) == nil {
                diagnostics.error(
                    "unknown-reference", at: wijk.location, "there is no wijk '\(wijk.value)'",
                    hint: Suggestion.hint(for: wijk.value, in: site.wijken.map(\.id), kind: "wijken"))
            } else if !seen.insert(wijk.value).inserted {
                diagnostics.error("duplicate-id", at: wijk.location, "the wijk '\(wijk.value)' is listed twice", hint: "remove one of the two")
            }
        }
        if site.config.contact == nil {
            diagnostics.warning(
                "missing-field", at: SourceLocation(file: ConfigLoader.file), "the site config has no 'contact:'",
                hint: "add contact: with phone, whatsapp and email; wijk pages and the accessibility statement tell residents to use it")
        }
    }
}
