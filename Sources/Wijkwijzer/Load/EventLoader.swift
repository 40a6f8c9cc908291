// Reads content/events/*.yaml: one-off meetings per wijk, with a title per site language.

enum EventLoader {
    static func load(_ file: String, _ context: inout LoadContext) -> WijkEvent? {
        guard let id = context.id(of: file), let node = context.yaml(file),
              var fields = FieldReader(node, what: "event", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }

        let wijk = fields.string("wijk", required: true, hint: "the id of the wijk, e.g. wijk: overvecht", &diagnostics)
        let date = Values.date(fields.string("date", required: true, hint: "e.g. date: 2027-01-14", &diagnostics), &diagnostics)
        let startText = fields.string("start", required: true, hint: "e.g. start: \"19:00\"", &diagnostics)
        let endText = fields.string("end", required: true, hint: "e.g. end: \"20:30\"", &diagnostics)
        let start = Values.time(startText, field: "start", &diagnostics)
        let end = Values.time(endText, field: "end", &diagnostics)
        let location = fields.string("location", required: true, hint: "the id of a location, e.g. location: wijkcentrum-de-dreef", &diagnostics)
        let languages = fields.strings("languages", required: true, &diagnostics)
        let titleNode = fields.node("title")
        if titleNode == nil {
            diagnostics.error(
                "missing-field", at: fields.location, "this event has no 'title'",
                hint: "add a title per language, e.g. title: {nl: Informatieavond, tr: Bilgi akşamı}")
        }
        let titles = titleNode.map { self.titles($0, &diagnostics) } ?? []
        fields.finish(&diagnostics)

        if let start, let end, let endText, end <= start {
            diagnostics.error(
                "bad-time", at: endText.location, "this event ends (\(end)) before it starts (\(start))",
                hint: "check the times; use the 24-hour clock, e.g. \"19:30\" for half past seven in the evening")
            return nil
        }
        guard let wijk, let date, let start, let end, let location, !titles.isEmpty else { return nil }
        return WijkEvent(
            id: id, wijk: wijk, date: date, start: start, end: end, location: location, languages: languages,
            titles: titles, file: file, sourceLocation: fields.location)
    }

    /// `title: {nl: …, tr: …}`: one line per language id; which ids exist is checked later.
    private static func titles(_ node: YAMLNode, _ diagnostics: inout DiagnosticBag) -> [EventTitle] {
        guard case .mapping(let pairs) = node.value else {
            diagnostics.error(
                "wrong-type", at: node.location, "'title' must have one line per language, found \(node.kindName)",
                hint: "e.g. title: {nl: Informatieavond, tr: Bilgi akşamı}")
            return []
        }
        var titles: [EventTitle] = []
        for (key, value) in pairs {
            guard let language = key.scalarText else {
                diagnostics.error("wrong-type", at: key.location, "a language id must be a single word", hint: "e.g. nl, tr, ar")
                continue
            }
            if titles.contains(where: { $0.languageID.value == language }) {
                diagnostics.error("duplicate-key", at: key.location, "the title in '\(language)' is written twice", hint: "keep one of them")
                continue
            }
            guard let text = value.scalarText?.trimmed, !text.isEmpty else {
                diagnostics.error("wrong-type", at: value.location, "the title in '\(language)' must be a single line of text")
                continue
            }
            titles.append(EventTitle(languageID: Located(language, at: key.location), text: text))
        }
        return titles
    }
}
