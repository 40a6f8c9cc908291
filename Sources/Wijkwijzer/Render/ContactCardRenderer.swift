// A vCard (RFC 6350, version 4.0) of a team's contact person, so an organisation saves it in one tap.

struct ContactCardRenderer {
    let context: LanguageContext

    func card(_ team: Team) -> OutputFile? {
        guard let person = team.contact else { return nil }
        let site = context.site.site
        let strings = context.strings
        let displayName = person.name ?? person.role ?? team.name
        var lines = ContentLines()
        lines.raw("BEGIN", "VCARD")
        lines.raw("VERSION", "4.0")
        lines.text("PRODID", "-//Wijkwijzer//\(site.config.title)")
        lines.raw("KIND", "individual")
        lines.raw("UID", "urn:uuid:" + Self.uuid(site.config.baseURL + "/buurtteams/" + team.id + "/contactpersoon"))
        lines.text("FN", displayName)
        lines.raw("N", Self.structuredName(person.name ?? displayName))
        if let role = person.role, person.name != nil { lines.text("TITLE", role) }
        lines.raw("ORG", ContentLines.escape(team.name))
        if let phone = person.phone {
            lines.raw("TEL;VALUE=uri;TYPE=\"work,voice\"", "tel:" + phone.international)
        }
        if let email = person.email { lines.text("EMAIL;TYPE=work", email) }
        for (index, code) in person.languages.enumerated() {
            lines.raw("LANG;PREF=\(index + 1)", code.value)
        }
        var note = [strings.plain("vcard.note", ["team": team.name])]
        if let speaks = context.speaksText(person.languages) { note.append(speaks) }
        lines.text("NOTE;LANGUAGE=\(context.language.lang)", note.joined(separator: "\n"))
        lines.raw("URL", context.absoluteURL(.team(team.id), in: context.language))
        lines.raw("REV", ContentLines.utcDateTime(site.buildDate, minutes: 0))
        lines.raw("END", "VCARD")
        return OutputFile(path: context.language.prefix + "/" + PageRoute.contactCard(team.id).file, text: lines.text)
    }

    /// `N:family;given;;;`. Names are written as one line in the content, so the first word is
    /// taken as the given name and the rest as the family name ("Samira El Idrissi").
    static func structuredName(_ name: String) -> String {
        let words = name.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { return ContentLines.escape(name) + ";;;;" }
        return ContentLines.escape(words[1]) + ";" + ContentLines.escape(words[0]) + ";;;"
    }

    /// A name-based UUID (version 8 layout) from two FNV-1a hashes: the same for a team in every
    /// language and every build.
    static func uuid(_ seed: String) -> String {
        let text = Fingerprint.hex(seed) + Fingerprint.hex(seed + "#")
        func part(_ from: Int, _ length: Int) -> Substring { text.dropFirst(from).prefix(length) }
        let variant = "89ab".dropFirst((Int(part(16, 1), radix: 16) ?? 0) % 4).prefix(1)
        return "\(part(0, 8))-\(part(8, 4))-8\(part(13, 3))-\(variant)\(part(17, 3))-\(part(20, 12))"
    }
}
