// The sets of templates pages render from: each template specialised and parsed once, when a
// page first needs it or all at once, and the parsed templates shared between the sets of a build.

import Foundation
import Mustache

/// A set of templates, each specialised (with `constants`, for the templates in
/// `Templates.repeated`) and parsed the first time a page renders it, with the templates it
/// includes: parsing costs swift-mustache about as much as rendering a few pages, and a rebuild
/// after one edit, or `check`, needs few templates or none. The output never depends on when a
/// template was parsed. Safe to share between threads: parsing happens outside the lock, one
/// template at a time, and rendering on a copy of the library.
final class TemplateSet: @unchecked Sendable {
    private let texts: [String: String]
    /// Nil: the templates as written.
    private let constants: [String: Any]?
    /// Guards `library` and `prepared`, for a moment at a time.
    private let lock = NSLock()
    /// Held while a template is specialised and parsed (outside `lock`): one at a time.
    private let preparing = NSLock()
    private var library = MustacheLibrary()
    private var prepared = Set<String>()
    /// `specialised(_:_:)`'s texts, by template; read and written under `preparing`.
    private var specialisedTexts: [String: String] = [:]
    private let parsed: ParsedTemplates
    /// Long templates registered as pieces (`TemplatePieces`); without, each parsed whole.
    private let inPieces: Bool
    /// The set a page renders from while another core prepares a template of this one: the same
    /// bytes with more look-ups, instead of waiting (a language's first pages on both cores waited
    /// for each other 20–33 ms in a clean build of the Utrecht site). Nil: wait.
    private let meanwhile: TemplateSet?

    init(texts: [String: String], constants: [String: Any]?, parsed: ParsedTemplates, inPieces: Bool = true,
         meanwhile: TemplateSet? = nil) {
        self.texts = texts
        self.constants = constants
        self.parsed = parsed
        self.inPieces = inPieces
        self.meanwhile = meanwhile
    }

    /// `render`, timed for `metrics` when it is given (`build --template-metrics`); "" for a
    /// template the set does not have.
    func render(_ context: Any, withTemplate name: String, metrics: TemplateMetrics?) -> String {
        guard let metrics else { return render(context, withTemplate: name) ?? "" }
        let clock = ContinuousClock()
        let start = clock.now
        let html = render(context, withTemplate: name) ?? ""
        metrics.record(name, clock.now - start, bytes: html.utf8.count)
        return html
    }

    func render(_ context: Any, withTemplate name: String) -> String? {
        if let ready = library(ifPrepared: name) { return ready.render(context, withTemplate: name) }
        if let meanwhile {
            guard preparing.try() else { return meanwhile.render(context, withTemplate: name) }
        } else {
            preparing.lock()
        }
        // Another core may have prepared it since: `prepare` then has nothing to do.
        let ready = prepare([name])
        preparing.unlock()
        return ready.render(context, withTemplate: name)
    }

    /// Specialises and parses every template of every set now, not when a page first needs it: for
    /// a build that renders every page, so that no page waits for another core's parse. Each step
    /// runs on all cores a template at a time (a set a core left one idle while the other parsed
    /// the last language's set), and a text the sets share is parsed once; then each set registers
    /// what was parsed.
    static func prepareEvery(_ sets: [TemplateSet]) {
        let templates = sets.indices.flatMap { index in sets[index].texts.keys.sorted().map { (index, $0) } }
        let made = ParallelMap.map(templates) { item in
            let set = sets[item.0]
            guard let text = set.texts[item.1] else { return (specialised: String?.none, texts: [String]()) }
            let specialised = set.constants.flatMap { constants in
                Templates.repeated.contains(item.1) ? Templates.specialise(text, constants: constants) : nil
            }
            let registered = specialised ?? text
            guard set.inPieces, let pieces = TemplatePieces.split(registered, name: item.1) else { return (specialised, [registered]) }
            return (specialised, pieces.pieces.map(\.1) + [pieces.whole])
        }
        var seen = Set<Pair>()
        var texts: [Pair] = []
        for (item, result) in zip(templates, made) {
            let set = sets[item.0]
            if let specialised = result.specialised {
                set.preparing.lock()
                set.specialisedTexts[item.1] = specialised
                set.preparing.unlock()
            }
            for text in result.texts where seen.insert(Pair(parsed: set.parsed, text: TemplateText(text))).inserted {
                texts.append(Pair(parsed: set.parsed, text: TemplateText(text)))
            }
        }
        texts.sort { $0.text.text.utf8.count > $1.text.text.utf8.count }
        _ = ParallelMap.map(texts) { pair in (try? pair.parsed.parse(pair.text.text)) != nil }
        _ = ParallelMap.map(sets) { set in set.prepareEvery() }
    }

    /// A text and the parsed templates of the build it belongs to.
    private struct Pair: Hashable, Sendable {
        let parsed: ParsedTemplates
        let text: TemplateText

        static func == (one: Pair, other: Pair) -> Bool { one.parsed === other.parsed && one.text == other.text }

        func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(parsed))
            hasher.combine(text)
        }
    }

    /// Every template of this set, specialised and parsed.
    private func prepareEvery() {
        preparing.lock()
        _ = prepare(texts.keys.sorted())
        preparing.unlock()
    }

    /// Prepares `names` on a copy of the library, outside `lock` (the caller holds `preparing`),
    /// and returns the library with them.
    private func prepare(_ names: [String]) -> MustacheLibrary {
        lock.lock()
        var working = library, done = prepared
        lock.unlock()
        for name in names { prepare(name, into: &working, done: &done) }
        lock.lock()
        library = working
        prepared = done
        lock.unlock()
        return working
    }

    private func library(ifPrepared name: String) -> MustacheLibrary? {
        lock.lock()
        defer { lock.unlock() }
        return prepared.contains(name) ? library : nil
    }

    /// Registers `name` and everything it includes; a specialised text that does not parse keeps
    /// the template as it was, and a template that does not parse is left out (its page is empty:
    /// `load` reported it).
    private func prepare(_ name: String, into library: inout MustacheLibrary, done: inout Set<String>) {
        guard done.insert(name).inserted, let text = texts[name] else { return }
        var registered = false
        if let changed = specialised(name, text), changed != text { registered = register(changed, named: name, into: &library) }
        if !registered { _ = register(text, named: name, into: &library) }
        for partial in parsed.partials(in: text) ?? Set(texts.keys) { prepare(partial, into: &library, done: &done) }
    }

    /// The template specialised with `constants` (for the templates in `Templates.repeated`), once
    /// per set (`prepareEvery` works them out first, on all cores). The caller holds `preparing`.
    private func specialised(_ name: String, _ text: String) -> String? {
        guard let constants, Templates.repeated.contains(name) else { return nil }
        if let known = specialisedTexts[name] { return known }
        let changed = Templates.specialise(text, constants: constants)
        specialisedTexts[name] = changed
        return changed
    }

    /// Registers a long template as pieces (`TemplatePieces`), each parsed alone: swift-mustache
    /// measures the rest of the template at every tag, so a parse grows with the square of its
    /// length. A set made `inPieces: false` registers each whole (`Templates.whole()`: the tests
    /// hold the pieces to it).
    private func register(_ text: String, named name: String, into library: inout MustacheLibrary) -> Bool {
        if inPieces, let pieces = TemplatePieces.split(text, name: name) {
            var pieceLibrary = library
            do {
                for (pieceName, pieceText) in pieces.pieces { pieceLibrary.register(try parsed.parse(pieceText), named: pieceName) }
                pieceLibrary.register(try parsed.parse(pieces.whole), named: name)
                library = pieceLibrary
                return true
            } catch {}
        }
        guard let template = try? parsed.parse(text) else { return false }
        library.register(template, named: name)
        return true
    }
}

/// Templates parsed once per text for a build (and the partials each includes): the languages'
/// specialised templates differ only where a translated text was written in, so many of their
/// pieces are the same text in every language, and a parse costs far more than a look-up. One per
/// `Templates.load`, so a preview server that reloads its templates does not keep the old ones.
final class ParsedTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [TemplateText: MustacheTemplate] = [:]

    func parse(_ text: String) throws -> MustacheTemplate {
        lock.lock()
        let known = parsed[TemplateText(text)]
        lock.unlock()
        if let known { return known }
        let template = try MustacheTemplate(string: text)
        lock.lock()
        parsed[TemplateText(text)] = template
        lock.unlock()
        return template
    }

    private let partials = MadeOnce<TemplateText, Set<String>?>()

    /// `Templates.partials(in:)`, worked out once per text: every set asks it of every template it
    /// prepares.
    func partials(in text: String) -> Set<String>? { partials.value(TemplateText(text)) { Templates.partials(in: text) } }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return parsed.count
    }
}

/// A template's text as a key: hashed and compared on its UTF-8 bytes. `String`'s own hashing and
/// `==` normalise the text first (NFC), which for the languages' specialised templates (Arabic,
/// Polish, Turkish) cost 15 M instructions of a clean build of the Utrecht site; two texts of
/// different bytes are simply parsed apart.
struct TemplateText: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (one: TemplateText, other: TemplateText) -> Bool {
        var first = one.text, second = other.text
        return first.withUTF8 { a in
            second.withUTF8 { b in
                guard a.count == b.count, let start = a.baseAddress, let other = b.baseAddress else { return a.count == b.count }
                return memcmp(start, other, a.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
