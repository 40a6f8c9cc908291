"""schema.org JSON-LD on every team page in every language: a GovernmentService whose channels,
opening hours and closures agree with the walk-in calendar of the same team."""
import datetime as dt
import html.parser
import json
import re

import icalendar

from conftest import PREFIXES, team_ids

BCP47 = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$")
TIME = re.compile(r"^([01][0-9]|2[0-4]):[0-5][0-9]$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAYS = {f"https://schema.org/{day}" for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


class Blocks(html.parser.HTMLParser):
    """The text of every <script type="application/ld+json"> element."""

    def __init__(self):
        super().__init__()
        self.blocks, self.inside = [], False

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "script" and ("type", "application/ld+json") in attrs
        if self.inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.blocks[-1] += data


def service(site, prefix, team):
    parser = Blocks()
    parser.feed((site / prefix / "buurtteams" / team / "index.html").read_text(encoding="utf-8"))
    assert len(parser.blocks) == 1, f"{prefix}/{team}: {len(parser.blocks)} JSON-LD blocks"
    raw = parser.blocks[0]
    assert not set(raw) & set("<>&"), "<, > and & must be escaped as \\u003c, \\u003e, \\u0026"
    return json.loads(raw)


def test_every_team_page_has_the_expected_structure(site):
    for prefix in PREFIXES:
        for team in team_ids():
            data = service(site, prefix, team)
            assert data["@context"] == "https://schema.org"
            assert data["@type"] == "GovernmentService"
            assert data["url"].endswith(f"/{prefix}/buurtteams/{team}/")
            assert data["provider"]["@type"] == "GovernmentOrganization"
            assert data["areaServed"]["@type"] == "AdministrativeArea"
            channels = data["availableChannel"]
            assert channels, f"{prefix}/{team} has no channel"
            for channel in channels:
                assert channel["@type"] == "ServiceChannel"
                assert channel["availableLanguage"] and all(BCP47.match(code) for code in channel["availableLanguage"])
                assert channel["servicePhone"]["@type"] == "ContactPoint"
                assert channel["servicePhone"]["telephone"].startswith("+31")
                place = channel["serviceLocation"]
                assert place["@type"] == "Place"
                assert place["address"]["@type"] == "PostalAddress"
                assert re.match(r"^\d{4} [A-Z]{2}$", place["address"]["postalCode"])
                assert place["geo"]["@type"] == "GeoCoordinates"
                for hours in place["openingHoursSpecification"]:
                    assert hours["@type"] == "OpeningHoursSpecification"
                    assert hours["dayOfWeek"] in DAYS
                    assert TIME.match(hours["opens"]) and TIME.match(hours["closes"]) and hours["opens"] < hours["closes"]
                for closed in place.get("specialOpeningHoursSpecification", []):
                    assert closed["opens"] == closed["closes"] == "00:00"
                    assert DATE.match(closed["validFrom"]) and DATE.match(closed["validThrough"])
                    assert closed["validFrom"] <= closed["validThrough"]
                    assert closed["validThrough"] >= "2026-11-26", "only closures from the build date on"


def test_opening_hours_agree_with_the_calendar(site):
    """Each session is one OpeningHoursSpecification and one weekly VEVENT with the same day and times."""
    codes = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
    for team in team_ids():
        data = service(site, "nl", team)
        from_json = sorted((hours["dayOfWeek"].rsplit("/", 1)[1], hours["opens"], hours["closes"])
                           for channel in data["availableChannel"]
                           for hours in channel["serviceLocation"]["openingHoursSpecification"])
        calendar = icalendar.Calendar.from_ical((site / "nl" / "buurtteams" / team / "inloop.ics").read_bytes())
        from_ics = sorted((codes[str(event["RRULE"]["BYDAY"][0])], event["DTSTART"].dt.strftime("%H:%M"), event["DTEND"].dt.strftime("%H:%M"))
                          for event in calendar.walk("VEVENT") if "RRULE" in event)
        assert from_json == from_ics, team


def test_kanaleneiland_in_detail(site):
    data = service(site, "ar", "kanaleneiland")
    office = data["availableChannel"][0]
    assert office["availableLanguage"] == ["nl", "ar", "ber", "tr", "so", "ti"]
    place = office["serviceLocation"]
    assert place["address"] == {"@type": "PostalAddress", "addressCountry": "NL", "addressLocality": "Utrecht",
                                "postalCode": "3527 BL", "streetAddress": "Trumanlaan 61"}
    assert place["openingHoursSpecification"] == [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Monday", "opens": "09:00", "closes": "12:00"},
        {"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Friday", "opens": "09:30", "closes": "11:30",
         "validThrough": "2027-03-26"},
    ]
    assert [(c["validFrom"], c["validThrough"]) for c in place["specialOpeningHoursSpecification"]] == [
        ("2026-12-25", "2026-12-26"), ("2027-01-01", "2027-01-01"), ("2027-03-29", "2027-03-29")]
    assert data["inLanguage"] == "ar"
