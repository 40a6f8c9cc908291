// The starting file of a new team, in today's team format: every field with a comment saying
// what it is and how to write it (README, "Content formats").

extension Scaffold {
    public static func team(id: String, root: String) throws -> Result {
        try checkID(id, kind: "team")
        let path = "content/teams/\(id).yaml"
        let wijken = list(ids(in: "content/wijken", root: root))
        let locations = list(ids(in: "content/locations", root: root))
        let m = marker
        let text = """
            # A buurtteam. Lines starting with # are comments; the README ("Content formats") explains every field.
            # The file name (\(id).yaml) is the team's permanent address: /nl/buurtteams/\(id)/. Never rename it.
            # Replace every \(m); `wijkwijzer check` warns while one is left.
            # To use an optional line, remove the "# " before it (keep the spaces after it).

            # The team's name as residents know it.
            name: Buurtteam \(title(id))

            # The wijk it works in: a file name in content/wijken/ without .yaml.
            # Known wijken: \(wijken)
            wijk: \(m)

            # The buurten it serves, one per line, written exactly as in its wijk's file.
            buurten:
              - \(m)

            # The four-digit postcodes it serves; each must be one of its wijk's postcodes.
            postcodes: [\(m)]
            # Only where a postcode is split between two teams: the part this team serves.
            # postcode_ranges: [3521 AA-3521 CZ]

            # Its office: a file name in content/locations/ without .yaml.
            # For a new place, copy a location file and change it.
            # Known locations: \(locations)
            office: \(m)

            # Contact. Phone numbers in quotes, with +31. At least one of the three.
            phone: "\(m)"
            # whatsapp: "+31 6 0990 0000"
            # email: team@example.org

            # The two parts of the team, each with its own phone and e-mail.
            # parts:
            #   jeugd-en-gezin:              # for families and children
            #     phone: "+31 30 099 0001"
            #     email: jeugd@example.org
            #   sociaal:                     # for adults
            #     phone: "+31 30 099 0002"
            #     email: sociaal@example.org

            # The fixed contact person for migrant organisations: a name, a role, or both.
            # contact:
            #   name: Voornaam Achternaam
            #   role: Contactpersoon migrantenorganisaties
            #   phone: "+31 30 099 0003"
            #   email: contact@example.org
            #   languages: [nl]              # languages this person speaks (codes)

            # Walk-in hours: when residents can come without an appointment.
            walk_in:
              # The day these hours were last confirmed with the team (YYYY-MM-DD).
              # Check warns when it is more than 6 months old.
              checked: \(m)
              # One block per weekly session.
              sessions:
                - day: \(m)                  # monday, tuesday, wednesday, thursday, friday, saturday or sunday
                  start: "\(m)"              # 24-hour clock, in quotes: "09:30"
                  end: "\(m)"                # after the start: "11:30"
                  location: \(m)             # a location id: the office, or a vindplaats
                  languages: [nl]            # languages spoken at this session (codes)
                  interpreter_by_phone: true # true or false
            #       from: 2026-09-07         # the first day of a session held for a time only (a school year)
            #       until: 2027-07-09        # its last day
              # Days without walk-in hours: one date, or from and until (both included).
            #   closures:
            #     - date: 2026-12-25
            #       reason: holiday          # holiday, team-day, training or other
            #     - from: 2026-12-28
            #       until: 2027-01-01
            #       reason: team-day
            #       note: Teamdagen          # optional, in Dutch

            """
        return Result(
            files: [File(path: path, text: text)],
            instructions: "created \(path): fill in every \(m), then the optional blocks you need; "
                + "`wijkwijzer check` shows what is still missing")
    }
}
