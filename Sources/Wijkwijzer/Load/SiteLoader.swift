// Reads a site folder (content/ and translations/) into a `Site`, collecting every problem.

import Foundation

/// The result of loading: the site (nil when a file it cannot do without is unusable),
/// the diagnostics so far, and the text of every file read (to quote lines in messages).
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: DiagnosticBag
    public var sources: SourceFiles
}

/// The text of the content files, for quoting the offending line of a diagnostic.
public struct SourceFiles: Sendable {
    public var texts: [String: String] = [:]

    public func line(_ location: SourceLocation) -> String? {
        guard let text = texts[location.file], location.line >= 1 else { return nil }
        // Walks to the line without splitting the whole file (it may be 5 MB).
        let utf8 = text.utf8
        var start = utf8.startIndex
        var current = 1
        while current < location.line {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return nil }
            start = utf8.index(after: newline)
            current += 1
        }
        let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
        return String(text[start..<end])
    }
}

public struct SiteLoader {
    public let root: String
    /// Used when the environment gives no build date (SOURCE_DATE_EPOCH, git).
    public var buildDate: CalendarDate?
    /// With `digests` (of every input file, by path, taken before loading): the results of the
    /// files that have not changed since the last load are taken from the cache.
    var cache: LoadCache?
    var digests: [String: Digest] = [:]
    /// The translation tables the last build parsed (`TableStore`), taken where their text is the same.
    var tables: TableStore?

    public init(root: String, buildDate: CalendarDate? = nil) {
        self.root = root
        self.buildDate = buildDate
    }

    public func load() -> LoadResult {
        var context = LoadContext(root: root)
        let config = ConfigLoader.load(&context)
        let spoken = ConfigLoader.loadSpokenLanguages(&context)
        let languageIDs = config?.languages.map(\.id) ?? []

        // List every file first (cheap, in order), then parse them on all cores.
        var jobs: [LoadJob] = []
        jobs += context.files(in: "content/wijken", extension: "yaml").map(LoadJob.wijk)
        jobs += context.files(in: "content/locations", extension: "yaml").map(LoadJob.location)
        jobs += context.files(in: "content/teams", extension: "yaml").map(LoadJob.team)
        jobs += context.files(in: "content/events", extension: "yaml").map(LoadJob.event)
        jobs += PageLoader.pageFiles(&context).map { entry in
            entry.file.hasSuffix(".md") ? LoadJob.page(entry.file, slug: entry.slug) : LoadJob.audio(entry.file, slug: entry.slug)
        }
        jobs += context.files(in: "content/home", extension: "md").map { LoadJob.page($0, slug: "home") }
        jobs += context.files(in: "content/privacy", extension: "md").map(LoadJob.privacy)
        jobs += StoryLoader.storyFiles(&context).map { LoadJob.story($0.file, slug: $0.slug) }
        jobs += TranslationLoader.tableFiles(&context, languageIDs: languageIDs).map { LoadJob.table($0.file, language: $0.languageID) }
        let root = self.root
        // The translation tables are the largest files by far: started first, they do not leave one
        // core parsing the last of them while the other waits. The results keep the jobs' order.
        let allJobs = jobs
        let cache = self.cache, digests = self.digests, tables = self.tables
        let finished = ParallelMap.map(allJobs, highestFirst: { $0.isTable ? 1 : 0 }) { job in
            if let cached = cache?.result(of: job, root: root, digest: digests[job.file], languageIDs: languageIDs) {
                return (result: cached, reused: true)
            }
            if let tables, case .table(let file, let language) = job {
                if let stored = tables.result(root: root, file: file, languageID: language) { return (result: stored, reused: false) }
                let result = job.run(root: root, languageIDs: languageIDs)
                tables.store(file: file, languageID: language, result)
                return (result: result, reused: false)
            }
            return (result: job.run(root: root, languageIDs: languageIDs), reused: false)
        }
        let results = finished.map(\.result)
        cache?.replace(with: Array(zip(allJobs, results)), languageIDs: languageIDs, reused: finished.count { $0.reused })

        var wijken: [Wijk] = [], locations: [Location] = [], teams: [Team] = [], events: [WijkEvent] = []
        var pages: [Page] = [], homePages: [Page] = [], translations: [String: TranslationTable] = [:]
        var audio: [AudioFile] = [], privacyPages: [Page] = [], stories: [Story] = []
        for result in results {
            context.diagnostics.append(contentsOf: result.diagnostics)
            context.sources.texts.merge(result.texts) { first, _ in first }
            switch result.loaded {
            case .wijk(let wijk): wijken.append(wijk)
            case .location(let location): locations.append(location)
            case .team(let team): teams.append(team)
            case .event(let event): events.append(event)
            case .page(let page) where page.slug == "home": homePages.append(page)
            case .page(let page): pages.append(page)
            case .table(let table): translations[table.languageID] = table
            case .audio(let file): audio.append(file)
            case .privacy(let page): privacyPages.append(page)
            case .story(let story): stories.append(story)
            case .nothing: break
            }
        }
        TranslationLoader.reportMissing(&context, languageIDs: languageIDs, found: Set(translations.keys))
        for file in audio where !pages.contains(where: { $0.slug == file.slug && $0.languageID == file.languageID }) {
            context.diagnostics.warning(
                "unexpected-file", at: SourceLocation(file: file.file), "this recording has no page in the same language beside it",
                hint: "name it after the language of the page it reads, e.g. \(file.slug)/nl.ogg for \(file.slug)/nl.md")
        }

        guard let config else {
            return LoadResult(site: nil, diagnostics: context.diagnostics, sources: context.sources)
        }
        var spokenNames = spoken
        for language in config.languages where spokenNames[language.lang] == nil {
            spokenNames[language.lang] = language.name
        }
        var site = Site(
            config: config, spokenLanguages: spokenNames, wijken: wijken, teams: teams, locations: locations, events: events,
            pages: pages, homePages: homePages, translations: translations, audio: audio,
            buildDate: buildDate ?? config.buildDate ?? CalendarDate(unixTime: 0))
        site.privacyPages = privacyPages
        site.stories = stories
        site.pluralRules = PluralRulesLoader.rules(for: config.languages, diagnostics: &context.diagnostics)
        return LoadResult(site: site, diagnostics: context.diagnostics, sources: context.sources)
    }
}

/// One file to read, and what reading it gave.
enum LoadJob: Sendable {
    case wijk(String)
    case location(String)
    case team(String)
    case event(String)
    case page(String, slug: String)
    case table(String, language: String)
    case audio(String, slug: String)
    case privacy(String)
    case story(String, slug: String)

    enum Loaded: Sendable {
        case wijk(Wijk)
        case location(Location)
        case team(Team)
        case event(WijkEvent)
        case page(Page)
        case table(TranslationTable)
        case audio(AudioFile)
        case privacy(Page)
        case story(Story)
        case nothing
    }

    var isTable: Bool {
        if case .table = self { return true }
        return false
    }

    /// The file the job reads.
    var file: String {
        switch self {
        case .wijk(let file), .location(let file), .team(let file), .event(let file), .privacy(let file): return file
        case .page(let file, _), .table(let file, _), .audio(let file, _), .story(let file, _): return file
        }
    }

    /// The job itself, as a key of `LoadCache`: its kind, file, and slug or language.
    var key: String {
        switch self {
        case .wijk(let file): return "wijk\u{0}" + file
        case .location(let file): return "location\u{0}" + file
        case .team(let file): return "team\u{0}" + file
        case .event(let file): return "event\u{0}" + file
        case .privacy(let file): return "privacy\u{0}" + file
        case .page(let file, let slug): return "page\u{0}" + file + "\u{0}" + slug
        case .table(let file, let language): return "table\u{0}" + file + "\u{0}" + language
        case .audio(let file, let slug): return "audio\u{0}" + file + "\u{0}" + slug
        case .story(let file, let slug): return "story\u{0}" + file + "\u{0}" + slug
        }
    }

    struct Result: Sendable {
        var loaded: Loaded
        var diagnostics: DiagnosticBag
        var texts: [String: String]
    }

    /// Reads the file with a context of its own, so jobs can run at the same time.
    func run(root: String, languageIDs: [String]) -> Result {
        var context = LoadContext(root: root)
        let loaded: Loaded
        switch self {
        case .wijk(let file): loaded = WijkLoader.load(file, &context).map(Loaded.wijk) ?? .nothing
        case .location(let file): loaded = LocationLoader.load(file, &context).map(Loaded.location) ?? .nothing
        case .team(let file): loaded = TeamLoader.load(file, &context).map(Loaded.team) ?? .nothing
        case .event(let file): loaded = EventLoader.load(file, &context).map(Loaded.event) ?? .nothing
        case .page(let file, let slug):
            loaded = PageLoader.load(file, slug: slug, &context, languageIDs: languageIDs).map(Loaded.page) ?? .nothing
        case .privacy(let file):
            loaded = PageLoader.load(file, slug: "privacy", &context, languageIDs: languageIDs).map(Loaded.privacy) ?? .nothing
        case .story(let file, let slug):
            loaded = StoryLoader.load(file, slug: slug, &context, languageIDs: languageIDs).map(Loaded.story) ?? .nothing
        case .table(let file, let language):
            loaded = TranslationLoader.load(file, languageID: language, &context).map(Loaded.table) ?? .nothing
        case .audio(let file, let slug):
            let language = String((file as NSString).lastPathComponent.split(separator: ".").first ?? "")
            guard languageIDs.isEmpty || languageIDs.contains(language) else {
                context.diagnostics.error(
                    "unknown-language", at: SourceLocation(file: file), "'\(language)' is not a language of this site",
                    hint: "name the recording after the language of its page, e.g. nl.ogg")
                loaded = .nothing
                break
            }
            loaded = AudioLoader.load(file, slug: slug, languageID: language, &context).map(Loaded.audio) ?? .nothing
        }
        return Result(loaded: loaded, diagnostics: context.diagnostics, texts: context.sources.texts)
    }
}

/// What every loader shares: the root, the diagnostics, and the texts read.
struct LoadContext {
    let root: String
    var diagnostics = DiagnosticBag()
    var sources = SourceFiles()
    /// Files given in memory instead of on disk (relative path → bytes), for the fuzzer.
    var memoryFiles: [String: [UInt8]] = [:]

    init(root: String) { self.root = root }

    func absolute(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    func exists(_ relative: String) -> Bool {
        memoryFiles[relative] != nil || FileManager.default.fileExists(atPath: absolute(relative))
    }

    /// Reads a file as text, remembering it for quoted diagnostics.
    mutating func text(_ relative: String) -> String? {
        let read = memoryFiles[relative].map { TextFile.text(of: $0, file: relative, diagnostics: &diagnostics) }
            ?? TextFile.read(root: root, relative: relative, diagnostics: &diagnostics)
        guard let text = read else { return nil }
        sources.texts[relative] = text
        return text
    }

    /// Reads and parses a YAML file; an empty file is an error.
    mutating func yaml(_ relative: String) -> YAMLNode? {
        guard let text = text(relative), let node = YAMLTree.parse(text, file: relative, diagnostics: &diagnostics) else { return nil }
        if case .null = node.value {
            diagnostics.error(
                "empty-file", at: SourceLocation(file: relative), "this file is empty",
                hint: "fill it in (the README shows an example of each kind of file), or delete it")
            return nil
        }
        return node
    }

    /// The visible entries of a folder, sorted by name (deterministic on every machine). A
    /// folder that is a link to somewhere outside the site is reported and not listed.
    mutating func entries(in folder: String) -> [String] {
        if case .outsideSite(let target) = ContentFile.linkOutside(root: root, relative: folder) {
            diagnostics.error(
                "outside-site", at: SourceLocation(file: folder), "this is a link to a folder outside the site (\(target)); it is not read",
                hint: "copy the files into the site instead of linking to them")
            return []
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(folder))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Files with an extension in a folder, as relative paths. Other files are reported.
    mutating func files(in folder: String, extension ext: String) -> [String] {
        var result: [String] = []
        for name in entries(in: folder) {
            let path = folder + "/" + name
            if isDirectory(path) { continue }
            if name.hasSuffix("." + ext) {
                result.append(path)
            } else if !name.hasSuffix(".md") || ext != "md" {
                diagnostics.warning(
                    "unexpected-file", at: SourceLocation(file: path), "this file is not read: only .\(ext) files belong in \(folder)/",
                    hint: "rename it to end in .\(ext), or move it out of \(folder)/")
            }
        }
        return result
    }

    func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The id a file name gives (`teams/overvecht-noord.yaml` → `overvecht-noord`), checked.
    mutating func id(of relative: String) -> String? {
        let name = (relative as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension
        guard Identifier.isValid(id) else {
            diagnostics.error(
                "bad-id", at: SourceLocation(file: relative), "'\(id)' cannot be used as an id (it becomes part of a web address)",
                hint: "use lower-case letters, digits and single dashes, e.g. overvecht-noord")
            return nil
        }
        return id
    }
}

/// Ids become URL parts and file names, so they are restricted to a safe alphabet.
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= 80, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
