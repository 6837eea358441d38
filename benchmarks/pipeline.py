"""One synthetic day through every stage in a fresh process: wall time and peak memory per stage.

    python -m benchmarks.pipeline --articles 1000 [--json]

Stages: import, load, dedupe, extract, aggregate, charts, HTML, PDF, email, archive.
Peak memory is the process's resident high-water mark after each stage (it only grows).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(articles: int, workdir: Path) -> list[dict]:
    rows = []

    def stage(name: str, started: float) -> float:
        now = time.perf_counter()
        rows.append({"stage": name, "seconds": round(now - started, 3), "peak_mb": round(peak_mb(), 1)})
        return time.perf_counter()

    from benchmarks.synthetic import synthetic_day, write_day

    write_day(synthetic_day(articles), workdir / "feed")
    t = time.perf_counter()
    from datetime import date, datetime, timezone
    from zoneinfo import ZoneInfo

    from briefs.aggregate import aggregate
    from briefs.archive import day_entry, update_archive
    from briefs.charts import make_charts
    from briefs.extract import extract_facts
    from briefs.extract.reference import load_reference
    from briefs.load import expand_inputs, load_file
    from briefs.load.dedupe import deduplicate
    from briefs.mail import compose, inline_css
    from briefs.output import DayFolder
    from briefs.render import email_charts, render_email, render_html, render_pdf, render_text

    t = stage("import", t)
    tz, day = ZoneInfo("Asia/Shanghai"), date(2025, 9, 16)
    loaded = [a for path in expand_inputs([str(workdir / "feed")]) for a in load_file(path, tz, day)]
    t = stage("load", t)
    stories = deduplicate(loaded)
    t = stage("dedupe", t)
    ref = load_reference()
    facts = extract_facts(stories, ref, day)
    t = stage("extract", t)
    brief, _ = aggregate(day, stories, facts, ref, generated="2025-09-16T16:00:00+00:00")
    t = stage("aggregate", t)
    charts = make_charts(brief)
    t = stage("charts", t)
    out = workdir / "out"
    folder = DayFolder(out, day.isoformat())
    folder.write("brief.json", brief.to_json())
    folder.write("brief.html", render_html(brief, charts, "web"))
    for chart in charts:
        folder.write(f"chart-{chart.name}.svg", chart.svg)
        folder.write(f"chart-{chart.name}.png", chart.png)
    t = stage("html", t)
    pdf = render_pdf(render_html(brief, charts, "pdf"), {f"chart-{c.name}.png": c.png for c in charts})
    folder.write("brief.pdf", pdf)
    t = stage("pdf", t)
    message = compose(brief, inline_css(render_email(brief, charts)), render_text(brief), email_charts(charts),
                      sender="a@b.c", recipients=["d@e.f"], sent=datetime(2025, 9, 16, tzinfo=timezone.utc), pdf=pdf)
    folder.write("brief.eml", message.as_bytes())
    t = stage("email", t)
    folder.commit()
    update_archive(out, [day], entries={day.isoformat(): day_entry(brief.to_dict())})
    stage("archive", t)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for benchmarks/__main__)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = run(args.articles, Path(folder))
    if args.json:
        json.dump(rows, sys.stdout)
        return
    for row in rows:
        print(f"{row['stage']:10} {row['seconds']:8.3f} s {row['peak_mb']:8.1f} MB")


if __name__ == "__main__":
    main()
