// Pictograms in Markdown: `![](picto:name)` and lists whose every line starts with one.

import CCmarkGFM

enum Pictograms {
    /// True when every item of the list starts with a `picto:` image (the easy-read style:
    /// a picture at the start of each line, one short sentence beside it).
    static func isEasyReadList(_ list: OpaquePointer) -> Bool {
        var item = cmark_node_first_child(list)
        var count = 0
        while let current = item {
            guard let paragraph = cmark_node_first_child(current), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_IMAGE,
                  let url = cmark_node_get_url(first), String(cString: url).lowercased().hasPrefix("picto:") else { return false }
            count += 1
            item = cmark_node_next(current)
        }
        return count > 0
    }

    /// Puts everything after an item's pictogram into one `<span class="easy-read-text">`, so the
    /// sentence (with its links and emphasis) wraps as one block beside the picture.
    static func wrapItemTexts(_ list: OpaquePointer) {
        var item = cmark_node_first_child(list)
        while let current = item {
            if let paragraph = cmark_node_first_child(current), let picture = cmark_node_first_child(paragraph),
               cmark_node_next(picture) != nil, let span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) {
                cmark_node_set_on_enter(span, "<span class=\"easy-read-text\">")
                cmark_node_set_on_exit(span, "</span>")
                var sibling = cmark_node_next(picture)
                cmark_node_insert_after(picture, span)
                while let moving = sibling {
                    sibling = cmark_node_next(moving)
                    cmark_node_append_child(span, moving)
                }
            }
            item = cmark_node_next(current)
        }
    }

    /// Name → finished inline SVG with the text alternative in one language.
    static func html(_ library: PictogramLibrary, strings: Strings) -> [String: String] {
        var result: [String: String] = [:]
        for (name, pictogram) in library.pictograms {
            result[name] = pictogram.html(label: strings.text("picto.\(name)"))
        }
        return result
    }
}
