"""Rendering the sample day: charts + HTML + email under 1 s after imports, the PDF under 1.5 s.

    python -m benchmarks.render_speed [--repeat 3]

Imports and the first-time font registration are done (and timed) before the
measured runs; each figure is the best of ``--repeat`` runs.
"""
from __future__ import annotations

import argparse
import time
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from briefs.build import sample_day


def best(repeat: int, work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    from briefs.aggregate import aggregate
    from briefs.charts import make_charts
    from briefs.extract import extract_facts
    from briefs.extract.reference import load_reference
    from briefs.fonts import register_matplotlib_fonts
    from briefs.load import load_articles
    from briefs.mail import compose, inline_css
    from briefs.render import render_email, render_html, render_pdf, render_text

    register_matplotlib_fonts()
    imports = time.perf_counter() - start
    day, patterns = sample_day()
    articles = load_articles(patterns, ZoneInfo("Asia/Shanghai"), day)
    ref = load_reference()
    brief, _ = aggregate(day, articles, extract_facts(articles, ref, day), ref, generated="2025-09-16T16:00:00+00:00")
    make_charts(brief)  # warm-up: matplotlib's first figure pays for its own set-up

    charts_s, charts = best(args.repeat, lambda: make_charts(brief))
    html_s, _ = best(args.repeat, lambda: render_html(brief, charts, "web"))

    def email():
        page = inline_css(render_email(brief, charts))
        return compose(brief, page, render_text(brief), charts, sender="a@b.c", recipients=["d@e.f"],
                       sent=datetime(2025, 9, 16, tzinfo=timezone.utc)).as_bytes()

    email_s, _ = best(args.repeat, email)
    page = render_html(brief, charts, "pdf")
    assets = {f"chart-{c.name}.png": c.png for c in charts}
    render_pdf(page, assets)  # warm-up: fonts found once
    pdf_s, pdf = best(args.repeat, lambda: render_pdf(page, assets))
    print(f"imports + fonts            {imports:6.2f} s")
    print(f"charts ({len(charts)})                 {charts_s:6.2f} s")
    print(f"HTML page                  {html_s:6.2f} s")
    print(f"email (HTML, inline, MIME) {email_s:6.2f} s")
    print(f"charts + HTML + email      {charts_s + html_s + email_s:6.2f} s   (target < 1 s)")
    print(f"PDF ({len(pdf) / 1e3:.0f} kB)              {pdf_s:6.2f} s   (target < 1.5 s)")


if __name__ == "__main__":
    main()
