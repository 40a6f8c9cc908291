// Checks an SVG drawing against a small allowlist, so a pictogram can never carry script,
// styles, links or remote references into a page.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

enum SVGChecker {
    static let elements: Set<String> = ["svg", "g", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse"]
    static let attributes: Set<String> = [
        "xmlns", "viewBox", "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
        "stroke-dasharray", "fill-rule", "clip-rule", "d", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2",
        "width", "height", "points", "transform", "opacity", "fill-opacity", "stroke-opacity",
    ]
    /// Root attributes copied onto the inline SVG (sizes come from the stylesheet).
    static let keptRootAttributes = ["viewBox", "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "fill-rule"]

    /// What `.picto` in the stylesheet already sets: left out of each inline drawing (a team page
    /// repeats its pictograms, and every byte counts on a prepaid phone).
    static let stylesheetDefaults = [
        "fill": "none", "stroke": "currentColor", "stroke-width": "3", "stroke-linecap": "round", "stroke-linejoin": "round",
    ]

    struct Parsed: Sendable {
        var rootAttributes: String
        var body: String
    }

    /// The drawing, or the reason it is refused.
    static func check(_ text: String) -> Result<Parsed, SVGProblem> {
        // Before parsing: a DOCTYPE could define entities that expand enormously.
        if text.contains("<!") { return .failure(.forbidden("a DOCTYPE, comment or CDATA section")) }
        let delegate = Delegate()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            return .failure(.notXML(parser.parserError.map { "\($0.localizedDescription)" } ?? "unreadable"))
        }
        if let problem = delegate.problem { return .failure(problem) }
        guard delegate.rootName == "svg" else { return .failure(.notSVG) }
        guard let openEnd = text.range(of: ">", range: (text.range(of: "<svg")?.upperBound ?? text.startIndex)..<text.endIndex),
              let close = text.range(of: "</svg>", options: .backwards), openEnd.upperBound <= close.lowerBound else {
            return .failure(.notSVG)
        }
        let body = text[openEnd.upperBound..<close.lowerBound].trimmed
        let kept = keptRootAttributes.compactMap { name -> String? in
            guard let value = delegate.rootAttributes[name], stylesheetDefaults[name] != value else { return nil }
            return " \(name)=\"\(HTML.escape(value))\""
        }.joined()
        return .success(Parsed(rootAttributes: kept, body: body))
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var rootName: String?
        var rootAttributes: [String: String] = [:]
        var problem: SVGProblem?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if rootName == nil {
                rootName = name
                rootAttributes = attributes
            }
            guard problem == nil else { return }
            if !SVGChecker.elements.contains(name) {
                problem = .forbidden("the element <\(name)>")
                return
            }
            for attribute in attributes.keys.sorted() where !SVGChecker.attributes.contains(attribute) {
                problem = .forbidden("the attribute \(attribute)= on <\(name)>")
                return
            }
            for (attribute, value) in attributes where value.lowercased().contains("url(") || value.contains("javascript:") {
                problem = .forbidden("the value of \(attribute)= on <\(name)>")
                return
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if problem == nil, !string.trimmed.isEmpty { problem = .forbidden("text inside the drawing") }
        }
    }
}

enum SVGProblem: Error, Equatable, CustomStringConvertible {
    case notXML(String)
    case notSVG
    case forbidden(String)

    var description: String {
        switch self {
        case .notXML(let reason): return "this is not a readable SVG file (\(reason))"
        case .notSVG: return "this file is not an SVG drawing"
        case .forbidden(let what): return "pictograms may not contain \(what)"
        }
    }
}
