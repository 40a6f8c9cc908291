"""Every generated .ics file, read with a real parser (PyPI icalendar), its recurrences expanded
(recurring-ical-events) and compared with the dates the content says."""
import datetime as dt
import re
import zoneinfo

import icalendar
import pytest
import recurring_ical_events

from conftest import PREFIXES, team_ids, wijk_ids

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def calendar_paths(site):
    paths = [site / prefix / "buurtteams" / team / "inloop.ics" for prefix in PREFIXES for team in team_ids()]
    paths += [site / prefix / "wijken" / wijk / "inloop.ics" for prefix in PREFIXES for wijk in wijk_ids()]
    return paths


def read(path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def occurrences(calendar, start, end):
    """(local date-time, UID) of every occurrence in [start, end), sorted."""
    found = recurring_ical_events.of(calendar).between(start, end)
    return sorted((event["DTSTART"].dt.astimezone(AMSTERDAM).replace(tzinfo=None), str(event["UID"])) for event in found)


def local(text):
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M")


def test_every_team_and_wijk_has_a_calendar_in_every_language(site):
    missing = [str(path) for path in calendar_paths(site) if not path.exists()]
    assert missing == []
    assert len(calendar_paths(site)) == 5 * (18 + 10)


def test_every_file_is_well_formed(site):
    for path in calendar_paths(site):
        raw = path.read_bytes()
        assert raw.endswith(b"\r\n"), path
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{path}: a line ends without CR"
        lines = raw.split(b"\r\n")[:-1]
        assert max(len(line) for line in lines) <= 75, f"{path}: a line is longer than 75 octets"
        for line in lines:
            line.decode("utf-8")  # folding never splits a character
        calendar = read(path)
        assert calendar["VERSION"] == "2.0"
        assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
        events = calendar.walk("VEVENT")
        assert events, f"{path} has no events"
        uids = [str(event["UID"]) for event in events]
        assert len(uids) == len(set(uids)), f"{path}: duplicate UID"
        for event in events:
            assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
            assert event["DTEND"].dt > event["DTSTART"].dt
            assert str(event["SUMMARY"]) and str(event["LOCATION"])
            assert "LANGUAGE" in event["SUMMARY"].params


def test_the_time_zone_definition_matches_the_tz_database(site):
    """Our own VTIMEZONE (not the name) gives the same UTC offset as zoneinfo for ten years: every day
    just before and just after 01:00 UTC (when the clocks change) and at noon."""
    vtimezone = read(site / "nl" / "buurtteams" / "zuilen" / "inloop.ics").walk("VTIMEZONE")[0]
    own = vtimezone.to_tz(lookup_tzid=False)
    day = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    mismatches = []
    while day.year < 2036:
        for instant in [day + dt.timedelta(minutes=59), day + dt.timedelta(minutes=61), day + dt.timedelta(hours=12)]:
            if instant.astimezone(own).utcoffset() != instant.astimezone(AMSTERDAM).utcoffset():
                mismatches.append(instant)
        day += dt.timedelta(days=1)
    assert mismatches == []


def test_december_2026_in_kanaleneiland(site):
    """Weekly sessions on Monday, Tuesday, Thursday and Friday; closed on 25 December; one event."""
    calendar = read(site / "nl" / "buurtteams" / "kanaleneiland" / "inloop.ics")
    found = [when for when, _ in occurrences(calendar, dt.date(2026, 12, 1), dt.date(2027, 1, 1))]
    expected = [local(text) for text in [
        "2026-12-01 13:30", "2026-12-03 09:00", "2026-12-04 09:30", "2026-12-07 09:00", "2026-12-08 13:30",
        "2026-12-09 10:00", "2026-12-10 09:00", "2026-12-11 09:30", "2026-12-14 09:00", "2026-12-15 13:30",
        "2026-12-17 09:00", "2026-12-18 09:30", "2026-12-21 09:00", "2026-12-22 13:30", "2026-12-24 09:00",
        "2026-12-28 09:00", "2026-12-29 13:30", "2026-12-31 09:00",
    ]]
    assert found == expected


def test_summer_time_closures_and_the_last_day_of_a_session(site):
    """Easter Monday 2027 is closed, the Friday session stops after 26 March, and summer time starts on 28 March."""
    calendar = read(site / "tr" / "buurtteams" / "kanaleneiland" / "inloop.ics")
    found = recurring_ical_events.of(calendar).between(dt.date(2027, 3, 22), dt.date(2027, 4, 10))
    utc = sorted(event["DTSTART"].dt.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M") for event in found)
    assert utc == [
        "2027-03-22 08:00", "2027-03-23 12:30", "2027-03-25 08:00", "2027-03-26 08:30",
        "2027-03-30 11:30", "2027-04-01 07:00", "2027-04-05 07:00", "2027-04-06 11:30", "2027-04-08 07:00",
    ]


def test_a_session_that_starts_later_and_a_team_day(site):
    """Overvecht-Noord: a new Wednesday session from 13 January 2027; closed on Thursday 10 December (team day)."""
    calendar = read(site / "ar" / "buurtteams" / "overvecht-noord" / "inloop.ics")
    wednesdays = [when for when, uid in occurrences(calendar, dt.date(2026, 12, 1), dt.date(2027, 2, 1)) if "wednesday" in uid]
    assert wednesdays == [local("2027-01-13 13:30"), local("2027-01-20 13:30"), local("2027-01-27 13:30")]
    thursdays = [when.day for when, uid in occurrences(calendar, dt.date(2026, 12, 1), dt.date(2027, 1, 1)) if "thursday" in uid]
    assert thursdays == [3, 17, 24, 31]


def test_events_are_their_own_events_with_a_localised_title(site):
    for prefix, title in [("nl", "Informatieavond: wat doet het buurtteam? (voorbeeld)"),
                          ("tr", "Bilgi akşamı: mahalle ekibi ne yapar? (örnek)")]:
        for path in [site / prefix / "wijken" / "overvecht" / "inloop.ics",
                     site / prefix / "buurtteams" / "overvecht-zuid" / "inloop.ics"]:
            events = [e for e in read(path).walk("VEVENT") if str(e["UID"]).startswith("bijeenkomst-informatieavond-overvecht@")]
            assert len(events) == 1, path
            assert str(events[0]["SUMMARY"]) == title
            assert events[0]["DTSTART"].dt == dt.datetime(2027, 1, 14, 19, 0, tzinfo=events[0]["DTSTART"].dt.tzinfo)
            assert "RRULE" not in events[0]


def test_summaries_are_in_the_readers_language_and_uids_are_stable(site):
    summaries = {"nl": "Inloopspreekuur", "makkelijk": "Spreekuur", "tr": "Açık görüşme saati", "ar": "استقبال مفتوح", "pl": "Dyżur otwarty"}
    uid_sets = set()
    for prefix, word in summaries.items():
        calendar = read(site / prefix / "buurtteams" / "zuilen" / "inloop.ics")
        sessions = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("inloop-")]
        assert sessions and all(str(e["SUMMARY"]).startswith(word) for e in sessions), prefix
        uid_sets.add(frozenset(str(e["UID"]) for e in calendar.walk("VEVENT")))
    assert len(uid_sets) == 1, "the same events have the same UIDs in every language"


def test_wijk_calendar_holds_every_team_of_the_wijk(site):
    calendar = read(site / "nl" / "wijken" / "overvecht" / "inloop.ics")
    teams = {re.match(r"inloop-(overvecht-(noord|zuid))-", str(e["UID"])).group(1)
             for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("inloop-")}
    assert teams == {"overvecht-noord", "overvecht-zuid"}
