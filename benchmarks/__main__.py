"""Every benchmark in one run: per-stage time and memory for 100, 1,000 and 10,000-article days, the
irreducible cost of a build on this machine, the ratio of `briefs build` to it, and `briefs --help`.

    python -m benchmarks [--sizes 100,1000,10000] [--repeat 3]

The irreducible cost is what any tool making the same outputs pays: starting Python and importing
the libraries, WeasyPrint rendering the final HTML, and matplotlib drawing and saving the same
figures. Each stage runs in a fresh process, so peak memory is the stage's own process.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import synthetic_day, write_day

PYTHON = sys.executable
STAGES = ["import", "load", "dedupe", "extract", "aggregate", "charts", "html", "pdf", "email", "archive"]
IMPORTS = "import jinja2, weasyprint, pandas, matplotlib, matplotlib.pyplot, click"

WEASYPRINT_ALONE = """
import json, sys, time
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse
assets = {p.split('/')[-1]: open(p, 'rb').read() for p in sys.argv[2:]}
class Fetch(URLFetcher):
    def fetch(self, url, headers=None):
        return URLFetcherResponse(url, assets[url.rsplit('/', 1)[-1]], {'Content-Type': 'image/png'})
html = open(sys.argv[1], encoding='utf-8').read()
start = time.perf_counter()
HTML(string=html, base_url='file:///assets/', url_fetcher=Fetch()).write_pdf()
print(time.perf_counter() - start)
"""

MATPLOTLIB_ALONE = """
import io, json, sys, time
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
from matplotlib import font_manager
charts = json.load(open(sys.argv[1]))
start = time.perf_counter()
families = []
for path in sys.argv[2:]:  # the same CJK fonts, for the same Chinese labels
    font_manager.fontManager.addfont(path)
    families.append(sorted({f.name for f in font_manager.fontManager.ttflist if f.fname == path},
                           key=lambda n: (' SC' not in n, n))[0])
matplotlib.rcParams['font.family'] = ['DejaVu Sans', *families]
for rows in charts:
    fig, ax = plt.subplots(figsize=(7.2, 1.2 + 0.3 * len(rows)))
    ax.barh([r[0] for r in rows], [r[1] for r in rows])
    ax.set_title('chart'); ax.set_xlabel('change, %')
    fig.tight_layout()
    fig.savefig(io.StringIO(), format='svg')
    fig.savefig(io.BytesIO(), format='png', dpi=200)
    plt.close(fig)
print(time.perf_counter() - start)
"""


def timed(args: list[str], repeat: int, env: dict | None = None) -> float:
    """Best wall time of a command over ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, env={**os.environ, **(env or {})})
        best = min(best, time.perf_counter() - start)
    return best


def inner(args: list[str], repeat: int) -> float:
    """Best of the times a helper script prints for its own timed part."""
    return min(float(subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
               for _ in range(repeat))


def stage_table(sizes: list[int]) -> dict[int, list[dict]]:
    table = {}
    for size in sizes:
        out = subprocess.run([PYTHON, "-m", "benchmarks.pipeline", "--articles", str(size), "--json"],
                             check=True, capture_output=True, text=True).stdout
        table[size] = json.loads(out)
    return table


def irreducible(size: int, repeat: int, work: Path) -> dict:
    """The irreducible cost of building a ``size``-article day, and `briefs build`'s own time."""
    feed = work / "feed"
    write_day(synthetic_day(size), feed)
    out = work / "out"
    env = {"BRIEFS_HISTORY": "off", "SOURCE_DATE_EPOCH": "1758038400"}
    build_cmd = [PYTHON, "-m", "briefs", "build", "--input", str(feed), "--date", "2025-09-16", "--out", str(out),
                 "--quiet", "--force"]
    build = timed(build_cmd, repeat, env)
    day = out / "2025-09-16"
    brief = json.loads((day / "brief.json").read_text(encoding="utf-8"))
    # the final HTML the PDF is made from, and the charts' data, from the build itself
    from briefs.brief import Brief
    from briefs.charts import make_charts
    from briefs.render import render_html

    model = Brief.from_dict(brief)
    charts = make_charts(model)
    (work / "page.html").write_text(render_html(model, charts, "pdf"), encoding="utf-8")
    pngs = []
    for chart in charts:
        path = work / f"chart-{chart.name}.png"
        path.write_bytes(chart.png)
        pngs.append(str(path))
    rows = [[(f"{s['name']} {s['name_zh']}", s["move"]) for s in brief["sectors"] if s["move"] is not None],
            [(i["name"], i["pct_change"]["value"]) for i in brief["indices"] if i["pct_change"]],
            [(f"{t['name']} {t['name_zh']}", t["weight"]) for t in brief["themes"]]]
    movers = [m for g in ("etfs", "stocks") for side in ("up", "down") for m in brief["movers"][g][side]]
    rows.append([(m["name"], m["pct_change"]["value"]) for m in movers])
    (work / "charts.json").write_text(json.dumps([r for r in rows if r]), encoding="utf-8")
    (work / "weasy.py").write_text(WEASYPRINT_ALONE)
    (work / "mpl.py").write_text(MATPLOTLIB_ALONE)
    imports = timed([PYTHON, "-c", IMPORTS], repeat)
    weasy = inner([PYTHON, str(work / "weasy.py"), str(work / "page.html"), *pngs], repeat)
    from briefs.fonts import cjk_font_files

    mpl = inner([PYTHON, str(work / "mpl.py"), str(work / "charts.json"), *map(str, cjk_font_files())], repeat)
    return {"imports": imports, "weasyprint": weasy, "matplotlib": mpl, "build": build}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    table = stage_table(sizes)
    print("stage       " + "".join(f"{f'{n:,} articles':>26}" for n in sizes))
    print("            " + "".join(f"{'time':>12} {'peak RSS':>13}" for _ in sizes))
    for stage in STAGES:
        cells = []
        for size in sizes:
            row = next(r for r in table[size] if r["stage"] == stage)
            cells.append(f"{row['seconds']:>10.3f} s {row['peak_mb']:>10.0f} MB")
        print(f"{stage:12}" + "".join(cells))
    totals = [sum(r["seconds"] for r in table[n]) for n in sizes]
    print(f"{'total':12}" + "".join(f"{t:>10.3f} s {'':>13}" for t in totals))
    with tempfile.TemporaryDirectory() as folder:
        cost = irreducible(1000, args.repeat, Path(folder))
    floor = cost["imports"] + cost["weasyprint"] + cost["matplotlib"]
    print()
    print("irreducible cost of a 1,000-article day on this machine")
    print(f"  python start + imports   {cost['imports']:6.2f} s")
    print(f"  WeasyPrint, final HTML   {cost['weasyprint']:6.2f} s")
    print(f"  matplotlib, same figures {cost['matplotlib']:6.2f} s")
    print(f"  total                    {floor:6.2f} s")
    print(f"briefs build (html, pdf, eml, json): {cost['build']:.2f} s = {cost['build'] / floor:.2f} x the "
          f"irreducible cost (target <= 1.3)")
    help_s = timed([PYTHON, "-m", "briefs", "--help"], args.repeat)
    print(f"briefs --help: {help_s:.3f} s (target < 0.3 s)")


if __name__ == "__main__":
    main()
