#!/usr/bin/env python3
"""Writes a synthetic Wijkwijzer site of a chosen size, for the scale and interrupted-build tests.

    scripts/generate-large-site.py OUT --pages 20000 [--variant b]

--pages is the number of HTML pages the build should write (all five languages, roughly): the
site gets teams, wijken and a few information pages, in the five languages of this repository
(Dutch pages; the other languages show them through their fallback chains, with translated
interface strings). --variant b changes some team names and adds a page,
so that two builds differ in both file contents and file list. Deterministic: the same arguments
give the same files.
"""

import argparse
import os
import shutil

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = 5
PAGES_PER_LANGUAGE_FIXED = 6  # home, teams, organisations, info index, pictograms, 404
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


# The languages spoken at walk-in sessions besides Dutch, spread over the teams as in a real
# city (one list of every session in Arabic across thousands of teams would be one huge page).
SPOKEN = ["ar", "tr", "pl", "en", "ber", "so", "ti", "fa", "prs", "ku", "uk", "ru", "bg", "ro",
          "pap", "es", "fr", "zh", "hi"]


def write(root, relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def plan(pages):
    """Teams, wijken and information pages for about `pages` HTML pages in five languages.

    The volume is in teams and wijken. Information pages stay few (the real site has 8): every
    information page links to all the others, so thousands of them would make each page large.
    """
    per_language = max(3, pages // LANGUAGES - PAGES_PER_LANGUAGE_FIXED)
    info = max(1, min(40, per_language // 10))
    wijken = max(1, min(1000, per_language // 5))
    teams = max(1, per_language - info - wijken)
    return teams, wijken, info


def generate(root, pages, variant):
    teams, wijken, info = plan(pages)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    os.makedirs(os.path.join(root, "content"))
    shutil.copy(os.path.join(REPOSITORY, "content", "spoken-languages.yaml"), os.path.join(root, "content"))
    # The Utrecht settings, without the wijken that only Utrecht has.
    with open(os.path.join(REPOSITORY, "content", "site.yaml"), encoding="utf-8") as source:
        settings = [line for line in source if not line.lstrip().startswith("priority_wijken:")]
    write(root, "content/site.yaml", "".join(settings))
    shutil.copytree(os.path.join(REPOSITORY, "translations"), os.path.join(root, "translations"))
    write(root, "content/home/nl.md", "---\ntitle: Buurtteams\ndescription: Gratis hulp in uw buurt.\n---\n"
          "Het buurtteam helpt u gratis. Lees over [pagina 0](page:pagina-0).\n")

    # Four-digit postcodes, handed out in order: each wijk gets a block, each team one of them.
    postcodes_per_wijk = max(1, min(8, 8900 // wijken))
    team_wijk = [t % wijken for t in range(teams)]
    for w in range(wijken):
        codes = [1000 + w * postcodes_per_wijk + i for i in range(postcodes_per_wijk)]
        write(root, f"content/wijken/wijk-{w}.yaml", "\n".join([
            f"name: Wijk {w}",
            f'code: "{w:03d}"',
            f"postcodes: [{', '.join(str(c) for c in codes)}]",
            "buurten:",
            f"  - Buurt {w}a",
            f"  - Buurt {w}b",
            "partners:",
            f"  - name: Buurthuis {w}",
            "    kind: community-centre",
            "    languages: [nl, tr, ar]",
            f'    phone: "+31 30 099 {w % 10000:04d}"',
            f"    email: buurthuis{w}@example.org",
            f"    website: https://buurthuis{w}.example.org",
            "",
        ]))
    for t in range(teams):
        w = team_wijk[t]
        postcode = 1000 + w * postcodes_per_wijk + (t // wijken) % postcodes_per_wijk
        write(root, f"content/locations/kantoor-{t}.yaml", "\n".join([
            f"name: Kantoor {t}",
            "kind: office",
            f"address: Dorpsstraat {t + 1}",
            f"postcode: {postcode} AB",
            "city: Utrecht",
            f"coordinates: [52.{t % 9000 + 1000}, 5.{t % 9000 + 1000}]",
            "accessibility:",
            "  step_free: true",
            "  lift: false",
            "",
        ]))
        name = f"Buurtteam {t}" + (" (nieuw)" if variant == "b" and t % 7 == 0 else "")
        sessions = []
        for s in range(2):
            day = DAYS[(t + s) % len(DAYS)]
            sessions += [
                f"    - day: {day}",
                f'      start: "{9 + 4 * s:02d}:30"',
                f'      end: "{11 + 4 * s:02d}:00"',
                f"      location: kantoor-{t}",
                f"      languages: [nl, {SPOKEN[(t + s) % len(SPOKEN)]}]",
                f"      interpreter_by_phone: {'true' if s == 0 else 'false'}",
            ]
        write(root, f"content/teams/team-{t}.yaml", "\n".join([
            f"name: {name}",
            f"wijk: wijk-{w}",
            "buurten:",
            f"  - Buurt {w}a",
            f"postcodes: [{postcode}]",
            f"office: kantoor-{t}",
            f'phone: "+31 30 098 {t % 10000:04d}"',
            f'whatsapp: "+31 6 0980 {t % 10000:04d}"',
            f"email: team{t}@example.org",
            "contact:",
            f"  name: Contactpersoon {t}",
            f'  phone: "+31 30 097 {t % 10000:04d}"',
            f"  email: contact{t}@example.org",
            "  languages: [nl, ar]",
            "walk_in:",
            "  checked: 2026-10-01",
            "  sessions:",
            *sessions,
            "",
        ]))
    for p in range(info + (1 if variant == "b" else 0)):
        write(root, f"content/pages/pagina-{p}/nl.md", "\n".join([
            "---",
            f"title: Informatie {p}",
            f"description: Korte uitleg nummer {p}.",
            "---",
            f"Het buurtteam helpt u. Lees ook [pagina {(p + 1) % info}](page:pagina-{(p + 1) % info}).",
            "",
            "- ![](picto:phone) Bel het buurtteam.",
            "- ![](picto:walk-in) Kom langs zonder afspraak.",
            "",
            f"## Vraag {p}",
            "",
            f"Zoek [uw buurtteam](team:team-{p % teams}) of [uw wijk](wijk:wijk-{p % wijken}).",
            "",
        ]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--variant", choices=["a", "b"], default="a")
    arguments = parser.parse_args()
    generate(arguments.out, arguments.pages, arguments.variant)
    teams, wijken, info = plan(arguments.pages)
    print(f"{arguments.out}: {teams} teams, {wijken} wijken, {info} information pages")


if __name__ == "__main__":
    main()
