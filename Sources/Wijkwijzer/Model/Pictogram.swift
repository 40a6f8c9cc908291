// A pictogram: a small SVG drawing with one message, its credits, and whether it mirrors in RTL.

public struct Pictogram: Sendable {
    public var name: String
    /// Where it came from, for the credits page: `pictograms/phone.svg` (built in) or the site's file.
    public var file: String
    public var author: String
    public var licence: String
    /// A web address of the set it belongs to, when it is a licensed set.
    public var source: String?
    /// Direction-carrying pictograms (arrows) are mirrored in right-to-left pages; others never.
    public var mirror: Bool
    public var builtIn: Bool
    /// The root element's attributes worth keeping (viewBox, fill, stroke, …), already escaped.
    var rootAttributes: String
    /// The drawing inside the root element.
    var body: String

    /// Inline SVG with an accessible name (or hidden from screen readers when `label` is nil).
    public func html(label: String?) -> String {
        var classes = "picto picto-\(name)"
        if mirror { classes += " picto-mirror" }
        let accessibility = label.map { "role=\"img\" aria-label=\"\(HTML.escape($0))\"" } ?? "aria-hidden=\"true\""
        return "<svg class=\"\(classes)\" \(accessibility)\(rootAttributes)>\(body)</svg>"
    }
}

/// Every pictogram a site can use: the built-in library, then the site's own (which may replace one).
public struct PictogramLibrary: Sendable {
    public var pictograms: [String: Pictogram]

    public init(_ pictograms: [Pictogram] = []) {
        var byName: [String: Pictogram] = [:]
        for pictogram in pictograms { byName[pictogram.name] = pictogram }
        self.pictograms = byName
    }

    public var names: [String] { pictograms.keys.sorted() }

    public subscript(name: String) -> Pictogram? { pictograms[name] }
}
