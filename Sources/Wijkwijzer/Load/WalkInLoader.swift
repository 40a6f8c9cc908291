// Reads a team's `walk_in:` block: when it was checked, the weekly sessions and the closures.

struct WalkIn {
    var checked: Located<CalendarDate>?
    var sessions: [WalkInSession] = []
    var closures: [Closure] = []
}

enum WalkInLoader {
    static func read(_ block: inout FieldReader, _ diagnostics: inout DiagnosticBag) -> WalkIn {
        var walkIn = WalkIn()
        walkIn.checked = Values.date(block.string("checked", &diagnostics), &diagnostics)
        for item in block.list("sessions", &diagnostics) {
            if let session = session(item, &diagnostics) { walkIn.sessions.append(session) }
        }
        for item in block.list("closures", &diagnostics) {
            if let closure = closure(item, &diagnostics) { walkIn.closures.append(closure) }
        }
        return walkIn
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
        let validFrom = Values.date(fields.string("from", &diagnostics), &diagnostics)
        let validUntil = Values.date(fields.string("until", &diagnostics), &diagnostics)
        fields.finish(&diagnostics)

        if let start, let end, let endText, end <= start {
            diagnostics.error(
                "bad-time", at: endText.location, "this session ends (\(end)) before it starts (\(start))",
                hint: "check the times; use the 24-hour clock, e.g. \"13:30\" for half past one in the afternoon")
            return nil
        }
        if let validFrom, let validUntil, validUntil.value < validFrom.value {
            diagnostics.error(
                "bad-date", at: validUntil.location, "this session stops (\(validUntil.value)) before it begins (\(validFrom.value))",
                hint: "'from:' is the first day the session is held, 'until:' the last")
            return nil
        }
        guard let day, let start, let end, let location else { return nil }
        return WalkInSession(
            day: day, start: start, end: end, location: location, languages: languages,
            interpreterByPhone: interpreter, validFrom: validFrom, validUntil: validUntil, sourceLocation: fields.location)
    }

    /// `{date: 2026-12-25, reason: holiday}` or `{from: …, until: …, reason: …}`, with an optional `note:`.
    private static func closure(_ node: YAMLNode, _ diagnostics: inout DiagnosticBag) -> Closure? {
        guard var fields = FieldReader(node, what: "closure", diagnostics: &diagnostics) else { return nil }
        let dateText = fields.string("date", &diagnostics)
        let fromText = fields.string("from", &diagnostics)
        let untilText = fields.string("until", &diagnostics)
        let reasons = ClosureReason.allCases.map(\.rawValue)
        let reasonText = fields.string(
            "reason", required: true, hint: "one of \(reasons.joined(separator: ", ")), e.g. reason: holiday", &diagnostics)
        let reason = Values.oneOf(reasonText, reasons, &diagnostics).flatMap(ClosureReason.init(rawValue:))
        let note = fields.string("note", &diagnostics)
        fields.finish(&diagnostics)

        let date = Values.date(dateText, &diagnostics)
        let from = Values.date(fromText, &diagnostics)
        let until = Values.date(untilText, &diagnostics)
        let first: CalendarDate, last: CalendarDate
        switch (date, from, until) {
        case (let date?, nil, nil):
            first = date.value
            last = date.value
        case (nil, let from?, let until?):
            guard from.value <= until.value else {
                diagnostics.error(
                    "bad-date", at: until.location, "this closure ends (\(until.value)) before it starts (\(from.value))",
                    hint: "'from:' is the first day closed, 'until:' the last")
                return nil
            }
            first = from.value
            last = until.value
        default:
            // A date that did not parse has been reported already.
            let unreadable = (dateText != nil && date == nil) || (fromText != nil && from == nil) || (untilText != nil && until == nil)
            if !unreadable {
                diagnostics.error(
                    "missing-field", at: fields.location, "a closure needs either 'date:' or both 'from:' and 'until:'",
                    hint: "one day: date: 2026-12-25; several days: from: 2026-12-24 and until: 2026-12-26")
            }
            return nil
        }
        guard let reason else { return nil }
        return Closure(from: first, until: last, reason: reason, note: note?.value, sourceLocation: fields.location)
    }
}
