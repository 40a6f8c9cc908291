// Prose: one Markdown file in one language, with its front matter.

public struct Page: Sendable {
    /// The folder name under `content/pages/` (the permanent URL part), or "home".
    public var slug: String
    /// The language id from the file name.
    public var languageID: String
    public var title: String
    public var description: String?
    public var markdown: String
    /// The line in the file where the Markdown body starts (1-based).
    public var bodyFirstLine: Int
    public var file: String
    /// For a translation: the hash of the source page it was translated from (`source_hash:`,
    /// written by `wijkwijzer translations stamp`).
    public var sourceHash: Located<String>?

    /// A short fingerprint of what a translator translates: the title and the text.
    public var contentHash: String {
        String(Fingerprint.hex(title + "\n" + markdown.trimmed).prefix(12))
    }
}
