// Reads success stories: content/stories/<story>/<language>.md, front matter with team, wijk,
// themes, date, the consent record and the sample flag.

enum StoryLoader {
    static let folder = "content/stories"

    /// The story files, as (file, slug); misplaced files are reported.
    static func storyFiles(_ context: inout LoadContext) -> [(file: String, slug: String)] {
        var result: [(file: String, slug: String)] = []
        for slug in context.entries(in: folder) {
            let storyFolder = folder + "/" + slug
            guard context.isDirectory(storyFolder) else {
                context.diagnostics.warning(
                    "unexpected-file", at: SourceLocation(file: storyFolder), "this file is not read: each story is a folder",
                    hint: "move it to \(folder)/<story>/<language>.md")
                continue
            }
            guard slug != StoryRoutes.themeFolder else {
                context.diagnostics.error(
                    "bad-id", at: SourceLocation(file: storyFolder), "a story cannot be called '\(slug)': verhalen/\(slug)/ holds the theme pages",
                    hint: "rename the folder, e.g. to \(slug)-verhaal")
                continue
            }
            guard Identifier.isValid(slug) else {
                context.diagnostics.error(
                    "bad-id", at: SourceLocation(file: storyFolder), "'\(slug)' cannot be used as a story name (it becomes part of a web address)",
                    hint: "use lower-case letters, digits and single dashes, e.g. hulp-met-school")
                continue
            }
            for name in context.entries(in: storyFolder) where !context.isDirectory(storyFolder + "/" + name) {
                let file = storyFolder + "/" + name
                if name.hasSuffix(".md") {
                    result.append((file, slug))
                } else {
                    context.diagnostics.warning(
                        "unexpected-file", at: SourceLocation(file: file), "this file is not read: a story folder holds <language>.md files",
                        hint: "name each language's version after the language: nl.md, tr.md, ar.md")
                }
            }
        }
        return result
    }

    static func load(_ file: String, slug: String, _ context: inout LoadContext, languageIDs: [String]) -> Story? {
        guard let text = context.text(file),
              let languageID = PageLoader.language(of: file, &context, languageIDs: languageIDs),
              let split = FrontMatter.split(text, file: file, diagnostics: &context.diagnostics),
              let node = YAMLTree.parse(split.yaml, file: file, lineOffset: 1, diagnostics: &context.diagnostics),
              var fields = FieldReader(node, what: "story's front matter", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }

        let title = fields.string("title", required: true, hint: "add a line 'title: …' between the two --- lines", &diagnostics)
        let summary = fields.string("summary", &diagnostics)
        let team = fields.string("team", required: true, hint: "the id of the team that helped, e.g. team: zuilen", &diagnostics)
        let wijk = fields.string("wijk", required: true, hint: "the id of the wijk, e.g. wijk: noordwest", &diagnostics)
        let themes = fields.strings("themes", required: true, &diagnostics)
        let date = Values.date(fields.string("date", required: true, hint: "the day the story was written down, e.g. date: 2026-09-28", &diagnostics), &diagnostics)
        let consent = self.consent(&fields, &diagnostics)
        let sample = fields.bool("sample", &diagnostics) ?? false
        fields.finish(&diagnostics)

        guard let title, let team, let wijk, let date, !themes.isEmpty else { return nil }
        let page = Page(
            slug: slug, languageID: languageID, title: title.value, description: summary?.value,
            markdown: split.body, bodyFirstLine: split.bodyFirstLine, file: file)
        return Story(
            page: page, team: team, wijk: wijk, themes: themes, date: date, consent: consent, sample: sample,
            frontMatterTexts: [title] + (summary.map { [$0] } ?? []))
    }

    /// The consent record. A story without one is an error: it is published only with permission.
    private static func consent(_ fields: inout FieldReader, _ diagnostics: inout DiagnosticBag) -> StoryConsent? {
        let example = "consent: with 'date: YYYY-MM-DD' (the day the person agreed) and 'names_changed: true' below it"
        guard var block = fields.block("consent", what: "consent record", &diagnostics) else {
            diagnostics.error(
                "missing-consent", at: fields.location, "this story has no consent record",
                hint: "publish a story only with the person's permission; add \(example)")
            return nil
        }
        let date = Values.date(block.string("date", &diagnostics), &diagnostics)
        let namesChanged = block.bool("names_changed", &diagnostics)
        block.finish(&diagnostics)
        if date == nil, !block.has("date") {
            diagnostics.error(
                "missing-consent", at: block.location, "the consent record has no date",
                hint: "add 'date: YYYY-MM-DD' under consent: (the day the person agreed to publication)")
        }
        if namesChanged == nil, !block.has("names_changed") {
            diagnostics.error(
                "missing-consent", at: block.location, "the consent record does not say whether names were changed",
                hint: "change every name, then add 'names_changed: true' under consent:")
        }
        if namesChanged == false {
            diagnostics.error(
                "names-not-changed", at: block.location, "the names in this story must be changed before it is published",
                hint: "change every name and any detail that shows who it is, then write 'names_changed: true'")
        }
        guard let date, let namesChanged else { return nil }
        return StoryConsent(date: date.value, namesChanged: namesChanged)
    }
}
