// Reads content/teams/*.yaml: a team's contact details, its parts, contact person and walk-in hours.

enum TeamLoader {
    static func load(_ file: String, _ context: inout LoadContext) -> Team? {
        guard let id = context.id(of: file), let node = context.yaml(file),
              var fields = FieldReader(node, what: "team", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }

        let name = fields.string("name", required: true, &diagnostics)
        let wijk = fields.string("wijk", required: true, hint: "the id of the team's wijk, e.g. wijk: overvecht", &diagnostics)
        let buurten = fields.strings("buurten", &diagnostics)
        let postcodes = Values.postcodes(fields.strings("postcodes", &diagnostics), &diagnostics)
        let office = fields.string("office", required: true, hint: "the id of the team's office location, e.g. office: overvecht-noord-kantoor", &diagnostics)
        let phone = Values.phone(fields.string("phone", &diagnostics), &diagnostics)
        let whatsapp = Values.phone(fields.string("whatsapp", &diagnostics), &diagnostics)
        let email = Values.email(fields.string("email", &diagnostics), &diagnostics)

        var parts: [TeamPart] = []
        if var block = fields.block("parts", what: "list of team parts", &diagnostics) {
            for kind in TeamPart.Kind.allCases {
                guard var part = block.block(kind.rawValue, what: "team part", &diagnostics) else { continue }
                let partPhone = Values.phone(part.string("phone", &diagnostics), &diagnostics)
                let partEmail = Values.email(part.string("email", &diagnostics), &diagnostics)
                part.finish(&diagnostics)
                parts.append(TeamPart(kind: kind, phone: partPhone, email: partEmail))
            }
            block.finish(&diagnostics)
        }

        var contact: ContactPerson?
        if var block = fields.block("contact", what: "contact person", &diagnostics) {
            let contactName = block.string("name", &diagnostics)
            let role = block.string("role", &diagnostics)
            if contactName == nil, role == nil {
                diagnostics.error("missing-field", at: block.location, "a contact person needs a name or a role", hint: "add 'name:' or 'role:'")
            }
            contact = ContactPerson(
                name: contactName?.value, role: role?.value,
                phone: Values.phone(block.string("phone", &diagnostics), &diagnostics),
                email: Values.email(block.string("email", &diagnostics), &diagnostics),
                languages: block.strings("languages", &diagnostics))
            block.finish(&diagnostics)
        }

        var checked: Located<CalendarDate>?
        var sessions: [WalkInSession] = []
        if var block = fields.block("walk_in", what: "walk-in block", &diagnostics) {
            checked = Values.date(block.string("checked", &diagnostics), &diagnostics)
            for item in block.list("sessions", &diagnostics) {
                if let session = session(item, &diagnostics) { sessions.append(session) }
            }
            block.finish(&diagnostics)
        }
        fields.finish(&diagnostics)

        guard let name, let wijk, let office else { return nil }
        return Team(
            id: id, name: name.value, wijk: wijk, buurten: buurten, postcodes: postcodes, office: office,
            phone: phone, whatsapp: whatsapp, email: email, parts: parts, contact: contact,
            walkInChecked: checked, sessions: sessions, file: file)
    }

    private static func session(_ node: YAMLNode, _ diagnostics: inout DiagnosticBag) -> WalkInSession? {
        guard var fields = FieldReader(node, what: "walk-in session", diagnostics: &diagnostics) else { return nil }
        let dayText = fields.string("day", required: true, hint: "e.g. day: tuesday", &diagnostics)
        var day: Weekday?
        if let dayText {
            day = Weekday(rawValue: dayText.value.lowercased())
            if day == nil {
                diagnostics.error(
                    "bad-day", at: dayText.location, "'\(dayText.value)' is not a day of the week",
                    hint: "use one of monday, tuesday, wednesday, thursday, friday, saturday, sunday"
                        + (Suggestion.closest(to: dayText.value, in: Weekday.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""))
            }
        }
        let startText = fields.string("start", required: true, hint: "e.g. start: \"09:30\"", &diagnostics)
        let endText = fields.string("end", required: true, hint: "e.g. end: \"11:30\"", &diagnostics)
        let start = Values.time(startText, field: "start", &diagnostics)
        let end = Values.time(endText, field: "end", &diagnostics)
        let location = fields.string("location", required: true, hint: "the id of a location, e.g. location: overvecht-noord-kantoor", &diagnostics)
        let languages = fields.strings("languages", required: true, &diagnostics)
        let interpreter = fields.bool("interpreter_by_phone", &diagnostics) ?? false
        fields.finish(&diagnostics)

        if let start, let end, let endText, end <= start {
            diagnostics.error(
                "bad-time", at: endText.location, "this session ends (\(end)) before it starts (\(start))",
                hint: "check the times; use the 24-hour clock, e.g. \"13:30\" for half past one in the afternoon")
            return nil
        }
        guard let day, let start, let end, let location else { return nil }
        return WalkInSession(
            day: day, start: start, end: end, location: location, languages: languages,
            interpreterByPhone: interpreter, sourceLocation: fields.location)
    }
}
