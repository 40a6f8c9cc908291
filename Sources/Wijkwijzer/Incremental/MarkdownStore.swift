// The Markdown the last build rendered, kept for the next one beside its state
// (`.wijkwijzer-cache/<output>.markdown`): a rebuild after one edit rendered every page's Markdown
// again, one file at a time through cmark-gfm's lock (README: "Rendered Markdown is kept").

import Foundation

/// Rendered Markdown by a key that names everything a render reads (`key`): the text, its file and
/// first line, the page's depth, the site's link targets, whether the page is a translation, the
/// language's pictograms and the easy-read rules; the program is in the file's header. Only a
/// render without a message is kept, so every diagnostic about Markdown comes from rendering it.
public final class MarkdownStore: CacheStore, @unchecked Sendable {
    static let kind = "markdown"
    let values: KeptValues<Digest, RenderedMarkdown>

    /// At most this many bytes of HTML are kept (the Utrecht site's renders are about 1 MB): a
    /// site of thousands of pages would otherwise hold, and write, every page's HTML twice (the
    /// 5,000-page benchmark site peaked at 105 MB instead of 82 MB).
    static let limit = 4 << 20

    init(load: @escaping () -> [Digest: RenderedMarkdown] = { [:] }) {
        values = KeptValues(limit: Self.limit, size: { $0.html.utf8.count + $0.blocks.reduce(0) { $0 + $1.utf8.count } }, load: load)
    }

    static func key(_ markdown: String, file: String, firstLine: Int, toLanguageRoot: String, targets: Digest,
                    isTranslation: Bool, pictograms: Digest, easyRead: EasyReadRules?) -> Digest {
        var hasher = DigestHasher()
        hasher.add(markdown)
        hasher.add(file)
        hasher.add(firstLine)
        hasher.add(toLanguageRoot)
        hasher.add(targets)
        hasher.add(isTranslation ? 1 : 0)
        hasher.add(pictograms)
        hasher.add(easyRead == nil ? 0 : 1)
        hasher.add(easyRead?.maximumWordsPerSentence ?? 0)
        hasher.add(easyRead?.maximumLettersPerWord ?? -1)
        return hasher.finish()
    }

    /// The link targets as one digest (each set in order).
    static func digest(_ targets: LinkTargets) -> Digest {
        var hasher = DigestHasher()
        for set in [targets.pages, targets.teams, targets.wijken, targets.languagePrefixes] {
            hasher.add(set.count)
            for item in set.sorted() { hasher.add(item) }
        }
        return hasher.finish()
    }

    /// A language's pictograms (name → HTML) as one digest.
    static func digest(_ pictograms: [String: String]) -> Digest {
        var hasher = DigestHasher()
        for (name, html) in pictograms.sorted(by: { $0.key < $1.key }) {
            hasher.add(name)
            hasher.add(html)
        }
        return hasher.finish()
    }

    /// The last build's render for `key`, or `render()`'s, kept when it has no message.
    func rendered(_ key: Digest, _ render: () -> RenderedMarkdown) -> RenderedMarkdown {
        if let earlier = values.value(key) { return earlier }
        let made = render()
        if made.diagnostics.all.isEmpty { values.keep(key, made, added: true) }
        return made
    }

    // MARK: On disk (`CacheStore`)

    static func encode(_ key: Digest, _ rendered: RenderedMarkdown, into writer: inout CacheWriter) {
        writer.digest(key)
        writer.text(rendered.html)
        writer.number(rendered.blocks.count)
        for block in rendered.blocks { writer.text(block) }
        writer.number(rendered.shapes.count)
        for shape in rendered.shapes { writer.text(shape) }
    }

    static func decodeEntry(_ reader: inout CacheReader) -> (Digest, RenderedMarkdown)? {
        func texts(_ reader: inout CacheReader) -> [String]? {
            guard let count = reader.number() else { return nil }
            var texts: [String] = []
            for _ in 0..<count {
                guard let text = reader.text() else { return nil }
                texts.append(text)
            }
            return texts
        }
        guard let key = reader.digest(), let html = reader.text(), let blocks = texts(&reader),
              let shapes = texts(&reader) else { return nil }
        return (key, RenderedMarkdown(html: html, diagnostics: DiagnosticBag(), blocks: blocks, shapes: shapes))
    }
}
