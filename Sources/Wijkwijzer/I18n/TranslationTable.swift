// The interface strings of one language: plain texts and plural forms, each marked reviewed or not.

public struct TranslationEntry: Sendable {
    public var key: String
    /// The text, for entries without plural forms.
    public var text: String?
    /// CLDR plural category ("one", "few", "other", …) → text.
    public var pluralForms: [String: String]
    /// True once a native speaker has checked the entry.
    public var reviewed: Bool
    public var location: SourceLocation
}

public struct TranslationTable: Sendable {
    public var languageID: String
    public var entries: [String: TranslationEntry]
    public var file: String
}
