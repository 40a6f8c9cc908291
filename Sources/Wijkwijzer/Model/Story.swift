// A success story: one resident's experience with a buurtteam, told with consent, in one language.

public struct Story: Sendable {
    /// The story's text and title; `page.slug` is the folder name (the permanent URL part),
    /// `page.description` the one-sentence summary.
    public var page: Page
    public var team: Located<String>
    public var wijk: Located<String>
    public var themes: [Located<String>]
    /// The day the story was written down; "newest" on team and wijk pages means latest date.
    public var date: Located<CalendarDate>
    /// Nil only in a story that failed its checks (the build stops with `missing-consent`).
    public var consent: StoryConsent?
    /// Invented for the example site: shown with a clear "example" mark in every language.
    public var sample: Bool
    /// The front matter's free-text values (title, summary), scanned for personal data.
    public var frontMatterTexts: [Located<String>]

    public var slug: String { page.slug }
    public var languageID: String { page.languageID }
    public var file: String { page.file }
}

/// The record that the person agreed to publication, and that names were changed.
public struct StoryConsent: Sendable, Hashable {
    public var date: CalendarDate
    public var namesChanged: Bool
}

/// The themes a story can be about. Fixed, so that every language has a name for each
/// (`story.theme.<id>` in the translation tables) and theme pages have permanent URLs.
public enum StoryTheme: String, Sendable, CaseIterable {
    case lettersAndForms = "letters-and-forms"
    case money
    case raisingChildren = "raising-children"
    case mantelzorg
    case housing
    case newInUtrecht = "new-in-utrecht"
    case loneliness

    public static var ids: [String] { allCases.map(\.rawValue) }
}
