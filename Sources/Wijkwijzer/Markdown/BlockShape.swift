// The shape of a top-level Markdown block: what a translation must match, block by block.

import CCmarkGFM

enum BlockShape {
    static func of(_ node: OpaquePointer) -> String {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return "h\(cmark_node_get_heading_level(node))"
        case CMARK_NODE_PARAGRAPH:
            return "p"
        case CMARK_NODE_LIST:
            let kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "ol" : "ul"
            return "\(kind):\(childCount(node))"
        case CMARK_NODE_BLOCK_QUOTE:
            return "quote"
        case CMARK_NODE_THEMATIC_BREAK:
            return "hr"
        case CMARK_NODE_CODE_BLOCK:
            return "code"
        case CMARK_NODE_CUSTOM_BLOCK:
            // The easy-read wrapper: its list decides.
            return cmark_node_first_child(node).map(of) ?? "block"
        default:
            return String(cString: cmark_node_get_type_string(node))
        }
    }

    static func childCount(_ node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    /// Readable names for a message: "a heading", "a list of 3 items".
    static func describe(_ shape: String) -> String {
        if shape.hasPrefix("h") { return "a heading" }
        if shape == "p" { return "a paragraph" }
        if shape.hasPrefix("ul:") || shape.hasPrefix("ol:") { return "a list of \(shape.dropFirst(3)) items" }
        return "a \(shape)"
    }
}
