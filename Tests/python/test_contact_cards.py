"""Every contact person's vCard (RFC 6350, version 4.0), read with vobject."""
import vobject

from conftest import PREFIXES, team_ids


def test_every_contact_card_parses(site):
    uids = {}
    for prefix in PREFIXES:
        for team in team_ids():
            path = site / prefix / "buurtteams" / team / "contactpersoon.vcf"
            raw = path.read_bytes()
            assert raw.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n") and raw.endswith(b"END:VCARD\r\n"), path
            assert max(len(line) for line in raw.split(b"\r\n")) <= 75
            card = vobject.readOne(raw.decode("utf-8"))
            assert card.version.value == "4.0"
            assert card.fn.value
            assert card.tel.value.startswith("tel:+31")
            assert "@" in card.email.value
            assert card.note.params["LANGUAGE"] == [{"makkelijk": "nl"}.get(prefix, prefix)]
            assert card.url.value.endswith(f"/{prefix}/buurtteams/{team}/")
            uids.setdefault(team, set()).add(card.uid.value)
    assert all(len(found) == 1 for found in uids.values()), "one UID per contact in every language"
    assert len({next(iter(found)) for found in uids.values()}) == len(uids), "a UID per contact"


def test_overvecht_noord_contact(site):
    card = vobject.readOne((site / "tr" / "buurtteams" / "overvecht-noord" / "contactpersoon.vcf").read_text(encoding="utf-8"))
    assert card.fn.value == "Samira El Idrissi"
    assert (card.n.value.family, card.n.value.given) == ("El Idrissi", "Samira")
    assert card.org.value == ["Buurtteam Overvecht-Noord"]
    assert card.tel.value == "tel:+31300991084"
    assert [line.value for line in card.contents["lang"]] == ["nl", "ar", "ber"]
    assert card.note.value.startswith("Buurtteam Overvecht-Noord ekibinde")
