// Reads prose: content/pages/<slug>/<language>.md and content/home/<language>.md.

enum PageLoader {
    /// The page files below content/pages/, as (file, slug); misplaced files are reported.
    static func pageFiles(_ context: inout LoadContext) -> [(file: String, slug: String)] {
        let audio = Set(AudioFile.Format.allCases.map { "." + $0.rawValue })
        let root = context.root
        // Each page's folder is listed on a core of its own (a site of 5,000 pages has 1,000 of
        // them); the files and the messages keep the folders' order.
        let listed = ParallelMap.map(context.entries(in: "content/pages")) { slug in
            var folderContext = LoadContext(root: root)
            var files: [(file: String, slug: String)] = []
            let folder = "content/pages/" + slug
            if !folderContext.isDirectory(folder) {
                folderContext.diagnostics.warning(
                    "unexpected-file", at: SourceLocation(file: folder), "this file is not read: each page is a folder",
                    hint: "move it to content/pages/<page>/<language>.md")
            } else if !Identifier.isValid(slug) {
                folderContext.diagnostics.error(
                    "bad-id", at: SourceLocation(file: folder), "'\(slug)' cannot be used as a page name (it becomes part of a web address)",
                    hint: "use lower-case letters, digits and single dashes, e.g. eerste-bezoek")
            } else {
                for name in folderContext.entries(in: folder) where !folderContext.isDirectory(folder + "/" + name) {
                    let file = folder + "/" + name
                    let ext = "." + (name.split(separator: ".").last.map(String.init) ?? "").lowercased()
                    if name.hasSuffix(".md") || audio.contains(ext) {
                        files.append((file, slug))
                    } else {
                        folderContext.diagnostics.warning(
                            "unexpected-file", at: SourceLocation(file: file), "this file is not read: a page folder holds <language>.md files and recordings",
                            hint: "recordings are named after the language: nl.ogg, tr.mp3, ar.m4a")
                    }
                }
            }
            return Unchecked((files: files, diagnostics: folderContext.diagnostics))
        }
        var result: [(file: String, slug: String)] = []
        for folder in listed {
            result += folder.value.files
            context.diagnostics.append(contentsOf: folder.value.diagnostics)
        }
        return result
    }

    /// The language a `<language-id>.md` file is in, or nil (reported) when it is not a site language.
    static func language(of file: String, _ context: inout LoadContext, languageIDs: [String]) -> String? {
        let name = String(file.split(separator: "/").last ?? "")
        let languageID = String(name.dropLast(3))
        guard languageIDs.isEmpty || languageIDs.contains(languageID) else {
            context.diagnostics.error(
                "unknown-language", at: SourceLocation(file: file), "'\(languageID)' is not a language of this site",
                hint: "name the file after a language id from content/site.yaml (\(languageIDs.joined(separator: ", "))).md"
                    + (Suggestion.closest(to: languageID, in: languageIDs).map { "; did you mean \($0).md?" } ?? ""))
            return nil
        }
        return languageID
    }

    static func load(_ file: String, slug: String, _ context: inout LoadContext, languageIDs: [String]) -> Page? {
        guard let text = context.text(file) else { return nil }
        guard let languageID = language(of: file, &context, languageIDs: languageIDs) else { return nil }
        guard let split = FrontMatter.split(text, file: file, diagnostics: &context.diagnostics) else { return nil }
        guard let node = YAMLTree.parse(split.yaml, file: file, lineOffset: 1, diagnostics: &context.diagnostics),
              var fields = FieldReader(node, what: "page's front matter", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }
        let title = fields.string("title", required: true, hint: "add a line 'title: …' between the two --- lines", &diagnostics)
        let description = fields.string("description", &diagnostics)
        let sourceHash = fields.string("source_hash", &diagnostics)
        if let language = fields.string("language", &diagnostics), language.value != languageID {
            diagnostics.error(
                "unknown-language", at: language.location,
                languageIDs.contains(language.value)
                    ? "this page says it is in '\(language.value)' but its file name says '\(languageID)'"
                    : "'\(language.value)' is not a language of this site",
                hint: "the file name gives the language; remove the 'language:' line or make it '\(languageID)'")
        }
        fields.finish(&diagnostics)
        guard let title else { return nil }
        return Page(
            slug: slug, languageID: languageID, title: title.value, description: description?.value,
            markdown: split.body, bodyFirstLine: split.bodyFirstLine, file: file, sourceHash: sourceHash)
    }
}

/// Splits `---` front matter from the Markdown body.
enum FrontMatter {
    struct Split {
        var yaml: String
        var body: String
        var bodyFirstLine: Int
    }

    static func split(_ text: String, file: String, diagnostics: inout DiagnosticBag) -> Split? {
        // Walked on UTF-8 bytes: a line ends at "\n" unless a "\r" comes before it ("\r\n" is
        // one character, so splitting by characters does not end a line there either).
        let utf8 = text.utf8
        var lineStart = utf8.startIndex, lineNumber = 0, previous: UInt8 = 0
        var opening: String.Index?
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            let byte = atEnd ? 0 : utf8[index]
            if atEnd || (byte == 0x0A && previous != 0x0D) {
                let isFence = isFenceLine(utf8[lineStart..<index])
                if lineNumber == 0 {
                    guard isFence else {
                        diagnostics.error(
                            "missing-front-matter", at: SourceLocation(file: file), "this page does not start with front matter",
                            hint: "start the file with a line '---', then 'title: …', then another line '---'")
                        return nil
                    }
                    opening = atEnd ? index : utf8.index(after: index)
                } else if isFence, let yamlStart = opening {
                    // The YAML ends before the "\n" that ends its last line; it is empty when the fences touch.
                    let yamlEnd = lineStart > yamlStart ? utf8.index(before: lineStart) : yamlStart
                    let bodyStart = atEnd ? index : utf8.index(after: index)
                    return Split(yaml: String(text[yamlStart..<yamlEnd]), body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 2)
                }
                if atEnd { break }
                lineNumber += 1
                lineStart = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        diagnostics.error(
            "unclosed-front-matter", at: SourceLocation(file: file), "the front matter that starts here never closes",
            hint: "add a line '---' after the last front matter field")
        return nil
    }

    /// Whether a line is `---`, perhaps followed by spaces and tabs.
    private static func isFenceLine(_ line: Substring.UTF8View) -> Bool {
        line.starts(with: "---".utf8) && line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
