// The starting file of a new information page, in Dutch (the source of every translation).

extension Scaffold {
    public static func page(slug: String, root: String) throws -> Result {
        try checkID(slug, kind: "page")
        let path = "content/pages/\(slug)/nl.md"
        // Example links to things this site has, so the example itself is never a broken link.
        var examples = ["[deze pagina](page:\(slug))"]
        if let team = ids(in: "content/teams", root: root).first { examples.append("[een buurtteam](team:\(team))") }
        if let wijk = ids(in: "content/wijken", root: root).first { examples.append("[een wijk](wijk:\(wijk))") }
        let m = marker
        let text = """
            ---
            # The page's title, at the top of the page and in search results (required).
            title: \(m)
            # One sentence about the page, for search engines and link previews.
            description: \(m)
            ---
            - ![](picto:question) \(m): the first key message, in one short sentence.
            - ![](picto:no-appointment) \(m): a second key message.
            - ![](picto:phone) \(m): a third key message.

            ## \(m): a heading

            \(m): a paragraph. Short sentences, plain words: at most 15 words a sentence.

            \(m), or remove this line. Links name a page: \(examples.joined(separator: ", ")).

            """
        return Result(
            files: [File(path: path, text: text)],
            instructions: "created \(path): its address is /nl/info/\(slug)/ (and the same in every language); "
                + "each line starting with a pictogram (![](picto:name)) is one key message; translations go beside it "
                + "(content/pages/\(slug)/tr.md, ar.md, …)")
    }
}
