#!/usr/bin/env python3
"""`make bench`: Wijkwijzer against Hugo, every figure measured in one run on this machine.

Installs what it needs when it is missing (Debian: hyperfine, hugo 0.111, time), then times
with hyperfine (medians) and measures peak memory with /usr/bin/time -v:

- the Utrecht site (a copy in .bench/utrecht): a clean build, a rebuild with nothing changed,
  a rebuild after editing one team's hours, one after editing the text of one page, and `check`;
- generated sites of 1,000 / 5,000 / 20,000 pages in five languages (scripts/bench/generate.py),
  built by Wijkwijzer and, from the identical content, by Debian's Hugo.

A clean build starts without the output and .wijkwijzer-cache/: before each timed run they are
moved into .bench/trash/, which is emptied only when the benchmark ends. Deleting them there would
time the file system instead of the tools: ext4 without a journal (this machine's) will not reuse
an inode freed in the last 60 seconds (6 minutes while its inode table block is unwritten), and
looks each candidate up for every new file or folder (`recently_deleted`), so a build right after
`rm -rf` of 9,000 files spent 3-12 s more in the kernel. The sites of the run before are moved into
the trash too, not deleted first. The
generated sites' translations are stamped (`translations stamp --all`), as a maintained site's are.
The clean builds of the generated sites are timed in both orders (Wijkwijzer, then Hugo; then
Hugo, then Wijkwijzer), half the runs each, and the median is taken over both: the file system's
slowness after a deletion wears off during a run, and must not favour the tool timed second.
"nothing changed" is a second `build` over an intact output (the input digest). Prints a table and the ratio to Hugo, and writes both to .bench/results.md.
Environment: BENCH_SIZES="1000 5000 20000" (page counts), BENCH_RUNS=5 (hyperfine runs per command).
"""

import json
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, ".bench")
WIJKWIJZER = os.path.join(ROOT, ".build", "release", "wijkwijzer")
HUGO_DEBIAN = "/usr/bin/hugo"
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000 5000 20000").split()]
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


TRASH = os.path.join(BENCH, "trash")


def set_aside(*paths):
    """A hyperfine --prepare command that moves `paths` into TRASH (see the module's note)."""
    moves = "; ".join(f'if [ -e "{path}" ]; then mv "{path}" "$(mktemp -d "{TRASH}/XXXXXX")/"; fi' for path in paths)
    return f'mkdir -p "{TRASH}"; {moves}'


def empty_trash():
    """Deletes what set_aside kept, and the sites of the run before: once, after every timed run."""
    shutil.rmtree(TRASH, ignore_errors=True)


def run(command, **options):
    return subprocess.run(command, check=True, **options)


def apt_install(packages):
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"installing (Debian): {' '.join(packages)}", flush=True)
    run(sudo + ["apt-get", "update", "-qq"])
    run(sudo + ["apt-get", "install", "-y", "-qq"] + packages, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))


def ensure_tools():
    missing = []
    if not shutil.which("hyperfine"):
        missing.append("hyperfine")
    if not os.path.exists(HUGO_DEBIAN):
        missing.append("hugo")
    if not os.path.exists("/usr/bin/time"):
        missing.append("time")
    if missing:
        apt_install(missing)


def version(binary):
    """`hugo v0.111.3+extended linux/amd64 …` → 0.111.3"""
    output = subprocess.run([binary, "version"], capture_output=True, text=True).stdout
    for word in output.split():
        if word.startswith("v") and word[1:2].isdigit():
            return word[1:].split("-")[0].split("+")[0]
    return "?"


CPU = {}  # name → mean user + system seconds of the last hyperfine run that measured it
TIMES = {}  # name → wall seconds of each run of the last hyperfine run that measured it


def hyperfine(benchmarks, runs=RUNS, warmup=1):
    """benchmarks: list of (name, command, prepare or None). Returns name → median wall seconds;
    CPU[name] gets the mean user + system time (on a busy machine, wall time also counts waiting)."""
    export = os.path.join(BENCH, "hyperfine.json")
    command = ["hyperfine", "--style", "basic", "--warmup", str(warmup), "--runs", str(runs), "--export-json", export]
    if any(prepare for _, _, prepare in benchmarks):
        for _, _, prepare in benchmarks:
            command += ["--prepare", prepare or "true"]
    for name, benchmark, _ in benchmarks:
        command += ["--command-name", name, benchmark]
    run(command)
    with open(export, encoding="utf-8") as handle:
        results = json.load(handle)["results"]
    for result in results:
        CPU[result["command"]] = result["user"] + result["system"]
        TIMES[result["command"]] = result["times"]
    return {result["command"]: result["median"] for result in results}


def hyperfine_both_orders(benchmarks, runs, warmup):
    """Times the commands in the order A B, then again in the order B A (`runs` runs each time):
    the file system gets faster for minutes after many files were deleted (see the module's note),
    and hyperfine runs every run of one command before the next command, so whichever tool came
    first would pay more of it. Returns name → median wall time over both halves; CPU gets the
    mean over both."""
    times, cpu = {}, {}
    for order in (benchmarks, list(reversed(benchmarks))):
        hyperfine(order, runs=runs, warmup=warmup)
        for name, _, _ in order:
            times.setdefault(name, []).extend(TIMES[name])
            cpu.setdefault(name, []).append(CPU[name])
    for name in times:
        CPU[name] = sum(cpu[name]) / len(cpu[name])
        TIMES[name] = times[name]
    return {name: statistics.median(values) for name, values in times.items()}


def peak_rss_mb(command, prepare=None):
    """Peak resident memory of one run, in MB, from GNU time."""
    if prepare:
        run(prepare, shell=True)
    result = subprocess.run(["/usr/bin/time", "-v", "sh", "-c", command], capture_output=True, text=True)
    for line in result.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1]) / 1024
    return float("nan")


def utrecht():
    site = os.path.join(BENCH, "utrecht")
    shutil.rmtree(site, ignore_errors=True)
    for folder in ("content", "translations"):
        shutil.copytree(os.path.join(ROOT, folder), os.path.join(site, folder))
    team = os.path.join(site, "content", "teams", "zuilen.yaml")
    build = f"{WIJKWIJZER} build --quiet --root {site}"
    clean = set_aside(f"{site}/site", f"{site}/.wijkwijzer-cache")
    # Each run before the timed one changes the team's hours, as a maintainer editing them would.
    toggle = (f"if grep -q '\"09:30\"' {team}; then sed -i 's/\"09:30\"/\"09:35\"/' {team}; "
              f"else sed -i 's/\"09:35\"/\"09:30\"/' {team}; fi")
    # The same for the text of a page: one sentence of the Dutch page about the interpreter, whose
    # four translations show a "the Dutch text changed" notice and compare it block by block.
    page = os.path.join(site, "content", "pages", "tolk", "nl.md")
    retext = (f"if grep -q 'Bench sentence A' {page}; then sed -i 's/Bench sentence A/Bench sentence B/' {page}; "
              f"elif grep -q 'Bench sentence B' {page}; then sed -i 's/Bench sentence B/Bench sentence A/' {page}; "
              f"else printf '\\nBench sentence A.\\n' >> {page}; fi")
    run(build, shell=True)
    medians = hyperfine([
        ("utrecht: clean build", build, clean),
        ("utrecht: nothing changed", build, None),
        # Every page rendered and compared with the site in place: the build's own work, without
        # the cost of creating 714 files in a folder just removed (large and erratic on this VM).
        ("utrecht: full build, site in place", build + " --full", None),
        ("utrecht: one team edited", build, toggle),
        ("utrecht: one page's text edited", build, retext),
        ("utrecht: check", f"{WIJKWIJZER} check --quiet --root {site}", None),
    ], runs=max(RUNS, 10), warmup=2)
    rss = peak_rss_mb(build, clean)
    return medians, rss


def utrecht_pages():
    """The HTML pages of the last Utrecht build."""
    site = os.path.join(BENCH, "utrecht", "site")
    return sum(name.endswith(".html") for _, _, names in os.walk(site) for name in names)


def synthetic(pages, hugos):
    folder = os.path.join(BENCH, f"site-{pages}")
    run([sys.executable, os.path.join(ROOT, "scripts", "bench", "generate.py"), str(pages), folder])
    run([WIJKWIJZER, "translations", "stamp", "--all", "--root", os.path.join(folder, "wijkwijzer")], stdout=subprocess.DEVNULL)
    ours = os.path.join(folder, "wijkwijzer")
    theirs = os.path.join(folder, "hugo")
    build = f"{WIJKWIJZER} build --quiet --root {ours}"
    clean = set_aside(f"{ours}/site", f"{ours}/.wijkwijzer-cache")
    benchmarks = [("wijkwijzer", build, clean)]
    for name, binary in hugos:
        benchmarks.append((name, f"{binary} --quiet --source {theirs} --destination {theirs}/public", set_aside(f"{theirs}/public")))
    # A 20,000-page build takes minutes on a busy machine: fewer runs, no warm-up. Each order
    # (Wijkwijzer first, then Hugo first) gets half the runs, at least two.
    runs = RUNS if pages <= 5000 else max(2, RUNS // 2)
    medians = hyperfine_both_orders(benchmarks, runs=max(2, (runs + 1) // 2), warmup=1 if pages <= 5000 else 0)
    run(build, shell=True)
    medians["wijkwijzer: nothing changed"] = hyperfine([("noop", build, None)], runs=runs)["noop"]
    CPU["wijkwijzer: nothing changed"] = CPU["noop"]
    rss = {name: peak_rss_mb(command, prepare) for name, command, prepare in benchmarks}
    return medians, rss


def main():
    os.makedirs(BENCH, exist_ok=True)
    ensure_tools()
    if not os.path.exists(WIJKWIJZER):
        sys.exit("build the release binary first: make release")
    os.environ["SOURCE_DATE_EPOCH"] = "1795651200"  # 2026-11-26: every run builds for the same day
    # The sites of an earlier run join the trash, deleted with it when this run ends: deleted here,
    # even with a sync and a minute's wait, they still cost both tools seconds of kernel time
    # (5,000 pages: 3.2 s of system time against 1.3 s without the deletion, Hugo 2.1 s against 1.3 s).
    os.makedirs(TRASH, exist_ok=True)
    for name in os.listdir(BENCH):
        if name.startswith("site-") or name == "utrecht":
            os.rename(os.path.join(BENCH, name), os.path.join(TRASH, f"{name}-{os.getpid()}"))
    hugos = [(f"hugo {version(HUGO_DEBIAN)} (Debian)", HUGO_DEBIAN)]

    lines = ["", "## Wijkwijzer benchmark (medians of hyperfine, one run on this machine)", ""]
    utrecht_medians, utrecht_rss = utrecht()
    lines += ["Wall time is hyperfine's median; CPU is the mean user + system time (the machine is shared, "
              "so wall time also counts waiting for it).", "",
              f"| Utrecht site ({utrecht_pages()} pages, 5 languages) | median wall | CPU | target |", "|---|---:|---:|---:|"]
    targets = {"utrecht: clean build": 0.200, "utrecht: nothing changed": 0.050, "utrecht: one team edited": 0.050,
               "utrecht: one page's text edited": 0.050}
    for name, seconds in utrecht_medians.items():
        target = targets.get(name)
        verdict = "" if target is None else f"< {target * 1000:.0f} ms {'✓' if seconds < target else '✗'}"
        lines.append(f"| {name.split(': ', 1)[1]} | {seconds * 1000:.1f} ms | {CPU[name] * 1000:.1f} ms | {verdict} |")
    lines.append(f"| peak memory of a clean build | {utrecht_rss:.0f} MB | | |")

    lines += ["", "Clean builds, median wall time (CPU user + system in brackets):", "",
              "| pages (5 languages) | Wijkwijzer | " + " | ".join(name for name, _ in hugos)
              + " | faster Hugo ÷ Wijkwijzer (wall) | (CPU) | Wijkwijzer, nothing changed | peak RSS: Wijkwijzer | "
              + " | ".join(f"peak RSS: {name}" for name, _ in hugos) + " |",
              "|---:|---:|" + "---:|" * len(hugos) + "---:|---:|---:|---:|" + "---:|" * len(hugos)]
    per_page = {}
    ratio_5000 = None
    for pages in SIZES:
        medians, rss = synthetic(pages, hugos)
        ours = medians["wijkwijzer"]
        fastest_hugo = min(medians[name] for name, _ in hugos)
        ratio = fastest_hugo / ours
        per_page[pages] = ours / pages
        if pages == 5000:
            ratio_5000 = (ratio, ours, fastest_hugo, min(hugos, key=lambda hugo: medians[hugo[0]])[0], rss["wijkwijzer"])
        cpu_ratio = min(CPU[name] for name, _ in hugos) / CPU["wijkwijzer"]
        lines.append(f"| {pages:,} | {ours:.2f} s ({CPU['wijkwijzer']:.2f} s) | "
                     + " | ".join(f"{medians[name]:.2f} s ({CPU[name]:.2f} s)" for name, _ in hugos)
                     + f" | {ratio:.2f}× | {cpu_ratio:.2f}× | {medians['wijkwijzer: nothing changed'] * 1000:.0f} ms | {rss['wijkwijzer']:.0f} MB | "
                     + " | ".join(f"{rss[name]:.0f} MB" for name, _ in hugos) + " |")
    lines.append("")
    if ratio_5000:
        ratio, ours, hugo, name, rss = ratio_5000
        verdict = "faster" if ratio > 1 else "slower"
        lines.append(f"5,000 pages: Wijkwijzer {ours:.2f} s, fastest Hugo ({name}) {hugo:.2f} s: "
                     f"Wijkwijzer is {ratio if ratio > 1 else 1 / ratio:.2f}× {verdict} than Hugo; peak RSS {rss:.0f} MB (target < 150 MB).")
    if len(per_page) > 1:
        smallest, largest = min(per_page), max(per_page)
        lines.append(f"Growth: {per_page[smallest] * 1e3:.2f} ms per page at {smallest:,} pages, "
                     f"{per_page[largest] * 1e3:.2f} ms per page at {largest:,} "
                     f"({'linear' if per_page[largest] < 1.5 * per_page[smallest] else 'worse than linear'}).")
    report = "\n".join(lines) + "\n"
    print(report)
    with open(os.path.join(BENCH, "results.md"), "w", encoding="utf-8") as handle:
        handle.write(report)
    empty_trash()


if __name__ == "__main__":
    main()
