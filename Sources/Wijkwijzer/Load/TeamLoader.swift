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

        var walkIn = WalkIn()
        if var block = fields.block("walk_in", what: "walk-in block", &diagnostics) {
            walkIn = WalkInLoader.read(&block, &diagnostics)
            block.finish(&diagnostics)
        }
        var ranges: [PostcodeRange] = []
        for item in fields.strings("postcode_ranges", &diagnostics) {
            guard let range = PostcodeRange.parse(item.value, at: item.location) else {
                diagnostics.error(
                    "bad-postcode", at: item.location, "'\(item.value)' is not a range of postcodes",
                    hint: "write the first and the last postcode of one four-digit area, e.g. 3521 AA-3521 HZ")
                continue
            }
            ranges.append(range)
        }
        fields.finish(&diagnostics)

        guard let name, let wijk, let office else { return nil }
        return Team(
            id: id, name: name.value, wijk: wijk, buurten: buurten, postcodes: postcodes, office: office,
            phone: phone, whatsapp: whatsapp, email: email, parts: parts, contact: contact,
            walkInChecked: walkIn.checked, sessions: walkIn.sessions, closures: walkIn.closures,
            postcodeRanges: ranges, file: file)
    }
}
