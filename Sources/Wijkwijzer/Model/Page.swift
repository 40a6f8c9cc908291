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
}
