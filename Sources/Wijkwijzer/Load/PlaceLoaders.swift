// Reads content/wijken/*.yaml and content/locations/*.yaml.

enum WijkLoader {
    static func load(_ file: String, _ context: inout LoadContext) -> Wijk? {
        guard let id = context.id(of: file), let node = context.yaml(file),
              var fields = FieldReader(node, what: "wijk", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }
        let name = fields.string("name", required: true, &diagnostics)
        let code = fields.string("code", &diagnostics)
        let postcodes = Values.postcodes(fields.strings("postcodes", &diagnostics), &diagnostics)
        let buurten = fields.strings("buurten", &diagnostics)
        var partners: [Partner] = []
        for item in fields.list("partners", &diagnostics) {
            if let partner = partner(item, &diagnostics) { partners.append(partner) }
        }
        fields.finish(&diagnostics)
        guard let name else { return nil }
        return Wijk(
            id: id, name: name.value, code: code?.value ?? "", postcodes: postcodes, buurten: buurten,
            partners: partners, file: file)
    }

    static let partnerKinds = ["migrant-organisation", "community-centre", "library", "mosque", "church", "sports-club", "school", "other"]

    private static func partner(_ node: YAMLNode, _ diagnostics: inout DiagnosticBag) -> Partner? {
        guard var fields = FieldReader(node, what: "partner organisation", diagnostics: &diagnostics) else { return nil }
        let name = fields.string("name", required: true, &diagnostics)
        let kind = Values.oneOf(fields.string("kind", &diagnostics), partnerKinds, &diagnostics)
        let languages = fields.strings("languages", &diagnostics)
        let phone = Values.phone(fields.string("phone", &diagnostics), &diagnostics)
        let email = Values.email(fields.string("email", &diagnostics), &diagnostics)
        let website = Values.webAddress(fields.string("website", &diagnostics), &diagnostics)
        fields.finish(&diagnostics)
        guard let name else { return nil }
        return Partner(
            name: name.value, kind: kind ?? "other", languages: languages, phone: phone, email: email,
            website: website, location: fields.location)
    }
}

enum LocationLoader {
    static let kinds = ["office", "community-centre", "migrant-organisation", "library", "other"]

    static func load(_ file: String, _ context: inout LoadContext) -> Location? {
        guard let id = context.id(of: file), let node = context.yaml(file),
              var fields = FieldReader(node, what: "location", diagnostics: &context.diagnostics) else { return nil }
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }
        let name = fields.string("name", required: true, &diagnostics)
        let kind = Values.oneOf(fields.string("kind", &diagnostics), kinds, &diagnostics)
        let address = fields.string("address", required: true, hint: "street and number, e.g. address: Zamenhofdreef 99", &diagnostics)
        let postcode = fields.string("postcode", required: true, hint: "e.g. postcode: 3562 AB", &diagnostics)
        if let postcode, !Values.isDutchPostcode(postcode.value) {
            diagnostics.error("bad-postcode", at: postcode.location, "'\(postcode.value)' is not a Dutch postcode", hint: "four digits, a space and two capital letters, e.g. 3562 AB")
        }
        let city = fields.string("city", &diagnostics)
        let coordinates = Values.coordinates(fields.node("coordinates"), &diagnostics)
        var accessibility = Accessibility()
        if var block = fields.block("accessibility", what: "accessibility block", &diagnostics) {
            accessibility.stepFree = block.bool("step_free", &diagnostics)
            accessibility.lift = block.bool("lift", &diagnostics)
            accessibility.accessibleToilet = block.bool("accessible_toilet", &diagnostics)
            accessibility.hearingLoop = block.bool("hearing_loop", &diagnostics)
            accessibility.parkingDisabled = block.bool("parking_disabled", &diagnostics)
            accessibility.publicTransport = block.string("public_transport", &diagnostics)?.value
            block.finish(&diagnostics)
        }
        fields.finish(&diagnostics)
        guard let name, let address, let postcode else { return nil }
        return Location(
            id: id, name: name.value, kind: kind ?? "other", address: address.value, postcode: postcode.value,
            city: city?.value ?? "Utrecht", coordinates: coordinates, accessibility: accessibility, file: file)
    }
}
