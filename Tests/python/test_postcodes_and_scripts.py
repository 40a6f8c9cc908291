"""The postcode index behind "which team is mine?", and the size of the optional scripts."""
import json

from conftest import team_ids


def test_postcode_index(site):
    index = json.loads((site / "postcodes.json").read_text(encoding="utf-8"))
    assert set(index) == {"pc4", "pc6", "teams"}
    assert set(index["teams"]) == set(team_ids())
    assert all(len(code) == 4 and code.isdigit() for code in index["pc4"])
    assert all(team in index["teams"] for teams in index["pc4"].values() for team in teams)
    assert index["pc4"]["3563"] == ["overvecht-zuid"]
    assert index["pc4"]["3521"] == ["binnenstad", "dichterswijk-rivierenwijk"]
    assert index["pc6"] == {"3521": [
        {"from": "AA", "until": "CZ", "team": "binnenstad"},
        {"from": "DA", "until": "ZZ", "team": "dichterswijk-rivierenwijk"},
    ]}


def test_scripts_are_small_and_have_no_libraries(site):
    scripts = sorted((site / "assets").glob("*.js"))
    assert [path.name.rsplit("-", 1)[0] for path in scripts] == ["postcode-finder", "suggest-language", "today"]
    for path in scripts:
        assert path.stat().st_size < 2048, f"{path.name} is {path.stat().st_size} bytes"
        text = path.read_text(encoding="utf-8")
        assert "import " not in text and "require(" not in text and "innerHTML" not in text


def test_pages_load_scripts_only_from_the_site(site):
    for page in [site / "nl" / "index.html", site / "ar" / "buurtteams" / "zuilen" / "index.html", site / "pl" / "inloop" / "ar" / "index.html"]:
        text = page.read_text(encoding="utf-8")
        assert "<script>" not in text, f"{page}: inline script"
        assert 'script src="http' not in text
