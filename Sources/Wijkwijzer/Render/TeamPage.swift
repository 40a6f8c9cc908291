// A team's page: contact, the walk-in week as a table, closures, events in its wijk, contact person, JSON-LD.

extension LanguageRenderer {
    func team(_ team: Team) -> OutputFile {
        let route = PageRoute.team(team.id)
        let wijk = site.wijk(team.wijk.value)
        let office = site.location(team.office.value)
        let officeData: [String: Any] = [
            "name": office?.name ?? "",
            "address": office?.address ?? "",
            "mapLabel": context.data(office?.address ?? ""),
            "postcode": office?.postcode ?? "",
            "city": office?.city ?? "",
            "mapURL": office?.mapURL ?? "",
            "accessibility": office.map { context.accessibilityLines($0.accessibility) } ?? [],
        ]
        let parts: [[String: Any]] = team.parts.map { part in
            [
                "name": strings.text("team.part.\(part.kind.rawValue).name"),
                "about": strings.text("team.part.\(part.kind.rawValue).about"),
                "phone": context.phone(part.phone),
                "email": part.email ?? false,
            ]
        }
        var contact: Any = false
        if let person = team.contact {
            contact = [
                "name": person.name ?? false, "role": person.role ?? false,
                "phone": context.phone(person.phone), "email": person.email ?? false,
                "speaks": context.speaks(person.languages),
                "cardHref": route.toLanguageRoot + PageRoute.contactCard(team.id).path,
            ] as [String: Any]
        }
        let sessions = team.currentSessions(on: site.buildDate)
        let closures = context.closures(of: team)
        let events = context.events(site.upcomingEvents(inWijk: team.wijk.value), from: route)
        let wijkName = wijk?.name ?? team.wijk.value
        let data: [String: Any] = [
            "team": [
                "name": team.name,
                "inWijk": strings.html("team.in_wijk", ["wijk": context.data(wijkName)]),
                "wijkHref": route.toLanguageRoot + PageRoute.wijk(team.wijk.value).path,
                "phone": context.phone(team.phone),
                "whatsapp": context.phone(team.whatsapp),
                "email": team.email ?? false,
                "office": officeData,
                "hasSessions": !sessions.isEmpty,
                "days": context.days(sessions.map { (team, $0) }, showTeam: false, from: route),
                "calendarHref": route.toLanguageRoot + PageRoute.teamCalendar(team.id).path,
                "hasClosures": !closures.isEmpty,
                "closures": closures,
                "hasEvents": !events.isEmpty,
                "events": events,
                "checked": team.walkInChecked.map { strings.plain("team.walk_in.checked", ["date": strings.date($0.value)]) } ?? false,
                "hasParts": !parts.isEmpty,
                "parts": parts,
                "buurten": team.buurten.map(\.value),
                "postcodes": team.postcodes.map { String($0.value) },
                "contact": contact,
                "stories": newestStories(team: team.id, from: route, titleKey: "team.stories.title", [:]),
            ] as [String: Any],
            "script": context.scriptTexts,
        ]
        var crumbs = [context.homeCrumb]
        if let wijk { crumbs.append(LanguageContext.Crumb(title: wijk.name, route: .wijk(wijk.id), isData: true)) }
        let description = strings.plain("team.in_wijk", ["wijk": wijkName])
        return context.page(
            route, template: "team", title: team.name, description: description, breadcrumbs: crumbs,
            scripts: [.today], jsonLD: StructuredData(context: context).teamService(team), data: data)
    }
}

