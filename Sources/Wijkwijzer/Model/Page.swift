// Prose: one Markdown file in one language, with its front matter.

/// A class: pages are handed around a lot (sorted, paired with routes, checked), and never
/// changed once loaded; a copy is then one reference, not all its texts.
public final class Page: Sendable {
    /// The folder name under `content/pages/` (the permanent URL part), or "home".
    public let slug: String
    /// The language id from the file name.
    public let languageID: String
    public let title: String
    public let description: String?
    public let markdown: String
    /// The line in the file where the Markdown body starts (1-based).
    public let bodyFirstLine: Int
    public let file: String
    /// For a translation: the hash of the source page it was translated from (`source_hash:`,
    /// written by `wijkwijzer translations stamp`).
    public let sourceHash: Located<String>?

    /// A short fingerprint of what a translator translates: the title and the text. Worked out
    /// once, when the page is made: every translation's freshness compares against its source's.
    public let contentHash: String

    public init(slug: String, languageID: String, title: String, description: String?, markdown: String,
                bodyFirstLine: Int, file: String, sourceHash: Located<String>? = nil) {
        self.slug = slug
        self.languageID = languageID
        self.title = title
        self.description = description
        self.markdown = markdown
        self.bodyFirstLine = bodyFirstLine
        self.file = file
        self.sourceHash = sourceHash
        contentHash = String(Fingerprint.hex(title + "\n" + markdown.trimmed).prefix(12))
    }
}
