"""Aggregation speed: a day of 10,000 articles (about 60,000 facts) into a Brief in under 2 s.

    python -m benchmarks.aggregate_speed [--articles 10000]

Facts are extracted first (not timed); the timed part is ``aggregate``: the facts
frame, reconciliation, every section, themes, catalysts and the summary.
"""
from __future__ import annotations

import argparse
import time
from datetime import date
from zoneinfo import ZoneInfo

from benchmarks.synthetic import synthetic_day
from briefs.aggregate import aggregate
from briefs.extract import extract_facts
from briefs.extract.reference import load_reference
from briefs.load.jsonl import article_from_record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=4000, help="bytes of text per article")
    args = parser.parse_args()
    tz = ZoneInfo("Asia/Shanghai")
    articles = [article_from_record(f"synthetic#{i}", r, tz, None)
                for i, r in enumerate(synthetic_day(args.articles, size=args.size))]
    ref = load_reference()
    facts = extract_facts(articles, ref)
    start = time.perf_counter()
    brief, kept = aggregate(date(2025, 9, 16), articles, facts, ref, generated="2025-09-16T16:00:00+00:00")
    seconds = time.perf_counter() - start
    print(f"articles      {len(articles):>8,}")
    print(f"facts         {len(facts):>8,}")
    print(f"figures kept  {len(kept):>8,}")
    print(f"aggregate     {seconds:>8.2f} s   (target < 2 s)")


if __name__ == "__main__":
    main()
