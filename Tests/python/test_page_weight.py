"""A team page with its stylesheet stays under 30 KB (SPEC quality bar), calendar table and JSON-LD included."""
from conftest import PREFIXES, team_ids


def test_team_pages_with_stylesheet_are_under_30_kb(site):
    (stylesheet,) = (site / "assets").glob("site-*.css")
    heaviest = max(((site / prefix / "buurtteams" / team / "index.html").stat().st_size, f"{prefix}/{team}")
                   for prefix in PREFIXES for team in team_ids())
    assert heaviest[0] + stylesheet.stat().st_size < 30 * 1024, heaviest
