// The postcode index behind "which team is mine?": PC4 → teams, PC6 ranges where a PC4 is split.

enum PostcodeIndex {
    /// Below the site root; the same for every language (team names are proper nouns).
    static let path = "postcodes.json"

    /// `{"pc4": {"3521": ["binnenstad", …]}, "pc6": {"3521": [{"from": "AA", "until": "HZ", "team": …}]},
    /// "teams": {"binnenstad": "Buurtteam Binnenstad"}}`
    static func index(_ site: Site) -> JSONValue {
        var pc4: [String: [String]] = [:]
        var pc6: [String: [JSONValue]] = [:]
        var names: [String: JSONValue] = [:]
        for team in site.teams.sorted(by: { $0.name < $1.name }) {
            names[team.id] = .string(team.name)
            for postcode in team.postcodes where !(pc4[String(postcode.value)]?.contains(team.id) ?? false) {
                pc4[String(postcode.value), default: []].append(team.id)
            }
            for range in team.postcodeRanges.sorted(by: { ($0.pc4, $0.fromLetters) < ($1.pc4, $1.fromLetters) }) {
                pc6[String(range.pc4), default: []].append(.object([
                    "from": .string(range.fromLetters), "until": .string(range.untilLetters), "team": .string(team.id),
                ]))
            }
        }
        return .object([
            "pc4": .object(pc4.mapValues { .array($0.map(JSONValue.string)) }),
            "pc6": .object(pc6.mapValues(JSONValue.array)),
            "teams": .object(names),
        ])
    }

    static func file(_ site: Site) -> OutputFile {
        OutputFile(path: path, text: index(site).encoded + "\n")
    }
}
