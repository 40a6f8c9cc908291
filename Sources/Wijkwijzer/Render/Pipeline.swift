// load → check → render: the whole build as one function from a site folder to files in memory.

import Foundation

/// A loaded and checked site with its templates and the HTML of every Markdown file.
public struct PreparedSite: Sendable {
    public let site: Site
    public let templates: Templates
    public let pictograms: PictogramLibrary
    /// `markdownKey(page)` → body HTML.
    let markdownHTML: [String: String]
    /// "slug|language" → the HTML of each top-level block (for the compare view).
    let markdownBlocks: [String: [String]]
    let stylesheetPath: String
    /// Asset file name (`today.js`) → its content-hashed path below the site root.
    let assetPaths: [String: String]
    /// Information pages by slug (every language), so that finding a page's versions does not
    /// scan all pages: a site of thousands of pages would otherwise render in quadratic time.
    let pagesBySlug: [String: [Page]]
    /// Decorative pictograms for templates (`{{{icon.phone}}}`): hidden from screen readers,
    /// because the text beside them says the same.
    let icons: [String: String]
    private let infoSlugsSorted: [String]
    /// Every current session of every team, for the city-wide lists (made once: the walk-in
    /// pages of every language each list them). Read by a page, noted as `@teams` (`InputReads`).
    var currentSessions: [(Team, WalkInSession)] {
        InputReads.note(InputReads.allTeams)
        return sessionsOfAllTeams
    }
    private let sessionsOfAllTeams: [(Team, WalkInSession)]
    /// The current sessions where `code` is spoken, in the order of `currentSessions`. Read by a
    /// page, noted as `@sessions-in:<code>` (`InputReads`).
    func currentSessions(speaking code: String) -> [(Team, WalkInSession)] {
        InputReads.note(InputReads.sessions(speaking: code))
        return sessionsOfAllTeams.filter { $0.1.languages.contains { $0.value == code } }
    }
    /// Codes of the languages spoken at one or more current sessions: the site's languages first
    /// (in the config's order), then the others by code. Not noted when read: each code is a
    /// page, so a change of them changes the jobs (`InputReads.jobs`), which no traced edit allows.
    let walkInLanguageCodes: [String]

    init(site: Site, templates: Templates, pictograms: PictogramLibrary, markdownHTML: [String: String],
         markdownBlocks: [String: [String]], stylesheetPath: String, assetPaths: [String: String]) {
        self.site = site
        self.templates = templates
        self.pictograms = pictograms
        self.markdownHTML = markdownHTML
        self.markdownBlocks = markdownBlocks
        self.stylesheetPath = stylesheetPath
        self.assetPaths = assetPaths
        pagesBySlug = Dictionary(grouping: site.pages, by: \.slug)
        infoSlugsSorted = pagesBySlug.keys.sorted()
        icons = pictograms.pictograms.mapValues { $0.html(label: nil) }
        let sessions = site.teams.flatMap { team in team.currentSessions(on: site.buildDate).map { (team, $0) } }
        sessionsOfAllTeams = sessions
        var spoken = Set<String>()
        for (_, session) in sessions { spoken.formUnion(session.languages.map(\.value)) }
        var codes: [String] = []
        for language in site.config.languages where spoken.contains(language.lang) && !codes.contains(language.lang) {
            codes.append(language.lang)
        }
        walkInLanguageCodes = codes + spoken.subtracting(codes).sorted()
    }

    /// The page in `language`, or the first of its fallback chain that exists.
    func version(of slug: String, in language: Language) -> (page: Page, language: Language)? {
        let candidates = slug == "home" ? site.homePages : slug == "privacy" ? site.privacyPages : pagesBySlug[slug] ?? []
        return version(among: candidates, in: language, languageID: \.languageID)
    }

    /// The item in `language`, or in the first language of its fallback chain that has one.
    func version<Item>(among candidates: [Item], in language: Language, languageID: (Item) -> String) -> (Item, Language)? {
        for id in [language.id] + language.fallback + [site.config.defaultLanguage] {
            if let item = candidates.first(where: { languageID($0) == id }), let itemLanguage = site.language(id) {
                return (item, itemLanguage)
            }
        }
        return nil
    }

    var languageScriptPath: String { assetPaths["suggest-language.js"] ?? "" }

    /// The HTML of a page's body (noted as read by the running job: `InputReads`).
    func html(of page: Page) -> String {
        InputReads.note(page.file)
        return markdownHTML[Self.markdownKey(page)] ?? ""
    }

    /// The file a page came from: unique across information pages, home, privacy and stories.
    static func markdownKey(_ page: Page) -> String { page.file }

    /// The HTML of each top-level block of a page's body (noted as read: `InputReads`).
    func blocks(of page: Page) -> [String] {
        InputReads.note(page.file)
        return markdownBlocks[page.slug + "|" + page.languageID] ?? []
    }

    /// Whether `route` exists in `language` as its own text (not a fallback), for hreflang.
    func hasRealVersion(_ route: PageRoute, in language: Language) -> Bool {
        switch route {
        case .info(let slug): return pagesBySlug[slug]?.contains { $0.languageID == language.id } ?? false
        case .story(let slug): return site.stories.contains { $0.slug == slug && $0.languageID == language.id }
        case .privacy: return site.privacyPages.contains { $0.languageID == language.id }
        case .notFound: return false
        case .compare(let slug):
            return language.id != site.config.defaultLanguage
                && pagesBySlug[slug]?.contains { $0.languageID == language.id } ?? false
                && pagesBySlug[slug]?.contains { $0.languageID == site.config.defaultLanguage } ?? false
        default: return site.translations[language.id] != nil
        }
    }

    /// Every page of a language (the 404 page aside), in a fixed order.
    var routes: [PageRoute] {
        [.home, .teams, .organisations, .infoIndex, .pictograms, .flyersIndex, .accessibility]
            + (site.privacyPages.isEmpty ? [] : [.privacy])
            + site.teams.map(\.id).sorted().map(PageRoute.team)
            + site.wijken.map(\.id).sorted().map(PageRoute.wijk)
            + site.wijken.map(\.id).sorted().map(PageRoute.flyer)
            + infoSlugs.map(PageRoute.info)
            + [.walkInLanguages] + walkInLanguageCodes.map(PageRoute.walkInLanguage)
            + storyRoutes
    }

    /// The calendar files and contact cards of a language (not HTML: not in the sitemap).
    var fileRoutes: [PageRoute] {
        site.teams.sorted { $0.id < $1.id }.flatMap { team in
            [PageRoute.teamCalendar(team.id)] + (team.contact == nil ? [] : [PageRoute.contactCard(team.id)])
        } + site.wijken.map(\.id).sorted().map(PageRoute.wijkCalendar)
    }

    /// Info page slugs, sorted.
    var infoSlugs: [String] { infoSlugsSorted }
}

public struct BuildResult: Sendable {
    public var files: [OutputFile]
    public var diagnostics: DiagnosticBag
    public var sources: SourceFiles
    /// How many pages were taken from the previous build instead of rendered.
    public var kept = 0
    /// True when only the text of pages and the facts of teams had changed, and only the pages that
    /// show them were made (`TracedEdit`).
    public var traced = false
    /// What the next in-memory build needs to find a traced edit (with `previous` only).
    public var facts: BuildFacts?
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}

public enum Pipeline {
    /// Loads and checks the site at `root`. No files are written.
    /// With `cache` and the input files' `digests`, the files unchanged since the cache's last
    /// load are not parsed again (`LoadCache`; the preview). With `kept` (`build`), the translation
    /// tables the last build parsed, the Markdown it rendered and the pictograms it checked.
    public static func prepare(root: String, buildDate: CalendarDate?, cache: LoadCache? = nil,
                               digests: [String: Digest] = [:], kept: KeptFromLastBuild? = nil) -> (PreparedSite?, DiagnosticBag, SourceFiles) {
        var loader = SiteLoader(root: root, buildDate: buildDate)
        loader.cache = cache
        loader.digests = digests
        loader.tables = kept?.tables
        let markdown = kept?.markdown
        let loaded = loader.load()
        var diagnostics = loaded.diagnostics
        UnfilledChecker.check(loaded.sources, &diagnostics)
        guard let site = loaded.site else { return (nil, diagnostics, loaded.sources) }
        // The model's checks, and reading the templates and pictograms, need nothing of each other:
        // each runs on a core of its own. Their diagnostics are added in the same order as one after
        // the other.
        let (siteDiagnostics, read) = ParallelMap.both({ SiteChecker.check(site) }) {
            func load() -> LoadCache.Assets {
                var templateDiagnostics = DiagnosticBag(), pictogramDiagnostics = DiagnosticBag()
                let templates = Templates.load(siteRoot: root, diagnostics: &templateDiagnostics)
                let pictograms = PictogramLoader.load(root: root, diagnostics: &pictogramDiagnostics, checked: kept?.pictograms)
                return LoadCache.Assets(templates: templates, templateDiagnostics: templateDiagnostics,
                                        pictograms: pictograms, pictogramDiagnostics: pictogramDiagnostics)
            }
            let assets = cache?.assets(root: root, digests: digests, load: load) ?? load()
            var diagnostics = assets.templateDiagnostics
            TranslationChecker.checkTemplateKeys(assets.templates, site, &diagnostics)
            diagnostics.append(contentsOf: assets.pictogramDiagnostics)
            TranslationChecker.checkPictogramLabels(assets.pictograms, site, &diagnostics)
            return (templates: assets.templates, pictograms: assets.pictograms, diagnostics: diagnostics)
        }
        diagnostics.append(contentsOf: siteDiagnostics)
        diagnostics.append(contentsOf: read.diagnostics)
        let templates = read.templates, pictograms = read.pictograms
        let pictogramHTML = Dictionary(site.config.languages.map { language in
            (language.id, Pictograms.html(pictograms, strings: Strings(language: language, site: site)))
        }, uniquingKeysWith: { first, _ in first })

        let targets = LinkTargets(
            pages: Set(site.pages.map(\.slug)), teams: Set(site.teams.map(\.id)), wijken: Set(site.wijken.map(\.id)),
            languagePrefixes: Set(site.config.languages.map(\.prefix)))
        let pages: [(page: Page, route: PageRoute)] = (
            site.homePages.map { ($0, PageRoute.home) } + site.pages.map { ($0, PageRoute.info($0.slug)) }
                + site.privacyPages.map { ($0, PageRoute.privacy) } + site.stories.map { ($0.page, PageRoute.story($0.slug)) }
        ).sorted { $0.page.file < $1.page.file }
        let targetsDigest = markdown.map { _ in MarkdownStore.digest(targets) }
        let pictogramDigests = markdown == nil ? [:] : pictogramHTML.mapValues(MarkdownStore.digest)
        // Longest first: in file order the privacy statements, the longest texts, came near the end.
        let rendered = ParallelMap.map(pages, highestFirst: { $0.page.markdown.utf8.count }) { item in
            let (page, route) = item
            let isTranslation = page.languageID != site.config.defaultLanguage
            let easyRead = easyReadRules(for: page, route: route, in: site)
            func render() -> RenderedMarkdown {
                MarkdownRenderer.render(
                    page.markdown, file: page.file, firstLine: page.bodyFirstLine, toLanguageRoot: route.toLanguageRoot,
                    targets: targets, isTranslation: isTranslation, pictograms: pictogramHTML[page.languageID] ?? [:],
                    easyRead: easyRead)
            }
            guard let markdown, let targetsDigest else { return render() }
            let key = MarkdownStore.key(
                page.markdown, file: page.file, firstLine: page.bodyFirstLine, toLanguageRoot: route.toLanguageRoot,
                targets: targetsDigest, isTranslation: isTranslation,
                pictograms: pictogramDigests[page.languageID] ?? MarkdownStore.digest([:]), easyRead: easyRead)
            return markdown.rendered(key, render)
        }
        var markdownHTML: [String: String] = [:], markdownBlocks: [String: [String]] = [:]
        var shapes: [String: [String]] = [:]
        for (item, result) in zip(pages, rendered) {
            markdownHTML[PreparedSite.markdownKey(item.page)] = result.html
            // Blocks for the compare view and the alignment check: the home page and information pages.
            switch item.route {
            case .home, .info:
                markdownBlocks[item.page.slug + "|" + item.page.languageID] = result.blocks
                shapes[item.page.slug + "|" + item.page.languageID] = result.shapes
            default:
                break
            }
            diagnostics.append(contentsOf: result.diagnostics)
        }
        TranslationChecker.checkBlockAlignment(site.homePages + site.pages, shapes: shapes, site: site, &diagnostics)
        let stylesheetPath = "assets/site-\(Fingerprint.hex(templates.stylesheet).prefix(10)).css"
        var assetPaths: [String: String] = [:]
        for (name, text) in templates.assets {
            let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
            assetPaths[name] = "assets/\(base)-\(Fingerprint.hex(text).prefix(10)).\(ext)"
        }
        let prepared = PreparedSite(
            site: site, templates: templates, pictograms: pictograms, markdownHTML: markdownHTML,
            markdownBlocks: markdownBlocks, stylesheetPath: stylesheetPath, assetPaths: assetPaths)
        return (prepared, diagnostics, loaded.sources)
    }

    /// Information pages and the privacy page are easy-read in every language; an easy-read
    /// language (simple Dutch) checks every page and also long words.
    static func easyReadRules(for page: Page, route: PageRoute, in site: Site) -> EasyReadRules? {
        let easyLanguage = site.language(page.languageID)?.easyRead ?? false
        switch route {
        case .info, .privacy: break
        default: guard easyLanguage else { return nil }
        }
        return EasyReadRules(maximumLettersPerWord: easyLanguage ? 20 : nil)
    }

    /// Every output file, in a deterministic order. Languages render in parallel.
    public static func render(_ prepared: PreparedSite) -> [OutputFile] {
        var files: [OutputFile] = []
        render(prepared) { files += $0 }
        return files.sorted { $0.path < $1.path }
    }

    /// In a rebuild that keeps pages, the pages of each language rendered from the templates as
    /// written before the language's own set is parsed. One team's hours changed renders 7 pages a
    /// language on the Utrecht site: 1.61 → 1.52 G instructions. A change that renders every page
    /// of a language pays for the first 8 (one Dutch text of the footer changed: 1.65 → 1.71 G;
    /// 1.75 G with 24).
    static let rendersAsWrittenInRebuild = 8

    /// Renders the site in batches of pages, handing each batch to `sink` before the next is
    /// made, so memory holds one batch, not the site. Each batch renders on all cores; the
    /// files' bytes never depend on the batches. Returns the number of HTML pages.
    /// With `reuse`, every page made from a template carries its digest, and a page equal to
    /// the last build's comes as `OutputFile.kept` without being rendered.
    /// With `metrics`, every template render is timed (`build --template-metrics`).
    /// With `reads`, every job notes the inputs it read (`InputReads`), under its key.
    /// With `edit` (`TracedEdit`), only the jobs that read an edited input run; every other file of
    /// the last build comes as kept, and the log carries the last build's reads for the jobs that
    /// did not run. With `sessions`, the sessions' HTML of the last build (`SessionStore`).
    @discardableResult
    public static func render(_ prepared: PreparedSite, batchSize: Int = 128, reuse: PageReuse? = nil,
                              metrics: TemplateMetrics? = nil, reads: InputReadLog? = nil, edit: TracedEdit? = nil,
                              sessions: SessionStore? = nil, into sink: ([OutputFile]) throws -> Void) rethrows -> Int {
        let languages = prepared.site.config.languages
        // A traced edit makes a few pages: writing each language's constants into the templates
        // and parsing them again would cost more than the look-ups it saves.
        // A rebuild that keeps pages renders its first pages of each language from the templates as
        // written too (`rendersAsWrittenInRebuild`).
        let rendersAsWritten = reuse?.previous.isEmpty == false ? rendersAsWrittenInRebuild : 0
        let contexts = ParallelMap.map(Array(languages.indices)) { index in
            Unchecked(LanguageContext(site: prepared, language: languages[index], specialisesTemplates: edit == nil, reuse: reuse, metrics: metrics,
                                          sessionStore: sessions, rendersAsWritten: rendersAsWritten))
        }
        // A build that renders every page needs every template: parsed now, on all cores, so that
        // no page waits for another core's parse.
        if reuse?.previous.isEmpty ?? true { TemplateSet.prepareEvery(contexts.compactMap(\.value.library)) }
        var jobs = Self.jobs(prepared)
        let allJobs = jobs
        @Sendable func key(_ job: (Int, PageRoute)) -> String { jobKey(job, languages) }
        /// Runs one job, noting the inputs it reads when `reads` is given.
        @Sendable func run<Made>(_ job: (Int, PageRoute), _ work: () -> Made) -> Made {
            guard let reads else { return work() }
            let (made, read) = InputReads.recording(work)
            reads.record(job, read)
            return made
        }
        if let edit {
            jobs = []
            for job in allJobs {
                let jobKey = key(job)
                if edit.affects(jobKey) {
                    jobs.append(job)
                } else if let read = edit.previousReads[jobKey] {
                    reads?.record(job, read)
                }
            }
        }
        var pages = 0
        var delivered = Set<String>()
        func count(_ files: [OutputFile]) {
            pages += files.count { $0.path.hasSuffix(".html") }
            if edit != nil { delivered.formUnion(files.map(\.path)) }
        }
        // The site's own files need no page: made beside the last batch's pages (first, on the core
        // that is free first). Not beside the first batch: a 20,000-page site's sitemap would be held
        // through the whole build.
        let editsBodies = edit != nil
        // The last batch's files, the site's own and the kept ones go to `sink` with the statements,
        // at once: handing them over waits for the batch before to be written, and the statements
        // render meanwhile.
        var last: [OutputFile]?
        var start = 0
        while start < jobs.count {
            let batch = Array(jobs[start..<min(start + max(1, batchSize), jobs.count)])
            start += batch.count
            let withSiteFiles = start >= jobs.count
            let made = ParallelMap.map(Array((withSiteFiles ? -1 : 0)..<batch.count)) { index in
                guard index >= 0 else { return Self.siteFiles(prepared, editsBodies: editsBodies) }
                let job = batch[index]
                return run(job) { LanguageRenderer(contexts[job.0].value).render(job.1) }
            }
            if withSiteFiles {
                last = made.dropFirst().flatMap { $0 } + (made.first ?? [])
            } else {
                let files = made.flatMap { $0 }
                count(files)
                try sink(files)
            }
        }
        var held = last ?? Self.siteFiles(prepared, editsBodies: editsBodies)
        count(held)
        if let edit {
            // Every other file of the last build stands: the pages the jobs that did not run made.
            let statements = Set(languages.map { $0.prefix + "/" + PageRoute.accessibility.file })
            let kept = edit.previousFiles.filter { !delivered.contains($0) && !statements.contains($0) }.map { path in
                OutputFile.keeping(path, source: edit.previousDigests[path])
            }
            count(kept)
            held += kept
        }
        let census = PageCensus(
            pages: pages + languages.count,
            languages: languages.count, kinds: Set((allJobs.map(\.1) + [.accessibility]).filter(\.isPage).map(\.kind)).count)
        let statements = ParallelMap.map(Array(contexts.indices)) { index in
            run((index, .accessibility)) { LanguageRenderer(contexts[index].value).accessibility(census) }
        }
        count(statements)
        try sink(held + statements)
        return pages
    }

    /// The style sheets and scripts (made from the templates and assets alone: after an edit of
    /// bodies they stand as the last build made them, kept, not minified again), the sitemap and
    /// the other files of the site's root.
    static func siteFiles(_ prepared: PreparedSite, editsBodies: Bool) -> [OutputFile] {
        var files: [OutputFile] = []
        if !editsBodies {
            for (name, text) in prepared.templates.assets {
                guard let path = prepared.assetPaths[name] else { continue }
                files.append(OutputFile(path: path, text: name.hasSuffix(".css") ? CSSMinifier.minify(text) : text))
            }
            files.append(OutputFile(path: prepared.stylesheetPath, text: CSSMinifier.minify(prepared.templates.stylesheet)))
        }
        return files + SiteFilesRenderer.render(prepared)
    }

    /// Every page and file of every language as one job (language index, route), the
    /// accessibility statements left out (they come last: they state how many pages the others
    /// made). One job a page, so both cores stay busy to the end.
    static func jobs(_ prepared: PreparedSite) -> [(Int, PageRoute)] {
        let languages = prepared.site.config.languages
        let routes = prepared.routes.filter { $0 != .accessibility } + [.notFound] + prepared.fileRoutes
        var jobs = languages.indices.flatMap { language in routes.map { (language, $0) } }
        for (index, language) in languages.enumerated() {
            for slug in prepared.infoSlugs where prepared.hasRealVersion(.compare(slug), in: language) {
                jobs.append((index, .compare(slug)))
            }
        }
        return jobs
    }

    /// The key a job's reads are recorded under: its language's prefix and its file.
    static func jobKey(_ job: (Int, PageRoute), _ languages: [Language]) -> String {
        (languages.indices.contains(job.0) ? languages[job.0].prefix : "") + "/" + job.1.file
    }

    /// The team lists and the jobs' order of `prepared` (`InputReads.lists`, kept for the next
    /// build), and the edit since the last build (`facts`: its record) when that build traced it.
    static func tracedEdit(since facts: BuildFacts?, _ prepared: PreparedSite, files: [String: Digest], buildDate: String,
                           root: String) -> (lists: [String: Digest], edit: TracedEdit?) {
        let lists = InputReads.lists(prepared.site, files: files, jobs: jobs(prepared))
        let edit = facts.flatMap { facts in
            TracedEdit.between(facts, and: files, buildDate: buildDate, root: root, lists: lists,
                               teamFiles: Set(prepared.site.teams.map(\.file)))
        }
        return (lists, edit)
    }

    /// Loads, checks and renders. Files are empty when there are errors.
    ///
    /// With `previous` (the files of an earlier call), every page carries its digest, and a page
    /// whose digest equals its previous version's is taken from there instead of rendered
    /// (`PageReuse`): the preview keeps its last build in memory and passes it here. With `facts`
    /// too (that call's `BuildResult.facts`), an edit of the text of pages or the facts of teams
    /// alone makes only the pages that show them (`TracedEdit`), as `build` does with its state on disk. With `cache`,
    /// the files unchanged since the cache's last load are not parsed again (`LoadCache`). With
    /// `kept`, the Markdown, pictograms and sessions made before are taken from there
    /// (`KeptFromLastBuild`; its `next()` is the next call's).
    public static func build(root: String, buildDate: CalendarDate?, previous: [OutputFile]? = nil,
                             facts: BuildFacts? = nil, cache: LoadCache? = nil, kept: KeptFromLastBuild? = nil) -> BuildResult {
        // Hashed before loading: a file edited during the build then differs from its digest, and
        // the next build makes its pages again.
        let hashed = previous == nil && cache == nil ? nil : InputFiles.digests(root: root)
        let byPath = hashed?.byPath ?? [:]
        let (prepared, diagnostics, sources) = prepare(root: root, buildDate: buildDate, cache: cache, digests: byPath, kept: kept)
        guard let prepared, !diagnostics.hasErrors else {
            return BuildResult(files: [], diagnostics: diagnostics, sources: sources)
        }
        guard let previous, hashed != nil else { return BuildResult(files: render(prepared), diagnostics: diagnostics, sources: sources) }
        let earlier = Dictionary(previous.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let inputs = byPath
        let date = buildDate?.description ?? ""
        // Every file the edit keeps must be one of `previous`, whose bytes it takes.
        let (lists, edit) = tracedEdit(
            since: facts.flatMap { facts in facts.files.allSatisfy { earlier[$0] != nil } ? facts : nil }, prepared,
            files: inputs, buildDate: date, root: root)
        let reads = InputReadLog()
        var files: [OutputFile] = []
        var keptFiles = 0
        render(prepared, reuse: PageReuse(previous: earlier.compactMapValues(\.source)), reads: reads, edit: edit,
               sessions: kept?.sessions) { batch in
            for var file in batch {
                if file.kept, let old = earlier[file.path] {
                    file.bytes = old.bytes
                    file.kept = false
                    keptFiles += 1
                }
                files.append(file)
            }
        }
        files.sort { $0.path < $1.path }
        var result = BuildResult(files: files, diagnostics: diagnostics, sources: sources)
        result.kept = keptFiles
        result.traced = edit != nil
        result.facts = BuildFacts(
            buildDate: date, inputFiles: inputs, frontMatter: TracedEdit.frontMatterDigests(sources), reads: reads.all(prepared.site.config.languages), lists: lists,
            files: files.map(\.path), digests: files.reduce(into: [:]) { digests, file in digests[file.path] = file.source })
        return result
    }
}

/// A value shared read-only between threads that Swift cannot prove `Sendable`
/// (template contexts hold `[String: Any]` of immutable values).
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
