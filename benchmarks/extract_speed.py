"""Extraction speed: megabytes of article text per second on one core (target >= 2 MB/s).

    python -m benchmarks.extract_speed [--articles 500]

Runs the extractor over a synthetic day (about 4 KB per article, half Chinese)
after one warm-up article, and prints text volume, time, throughput and facts.
"""
from __future__ import annotations

import argparse
import time
from zoneinfo import ZoneInfo

from benchmarks.synthetic import synthetic_day
from briefs.extract import extract_facts
from briefs.extract.reference import load_reference
from briefs.load.jsonl import article_from_record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    tz = ZoneInfo("Asia/Shanghai")
    articles = [article_from_record(f"synthetic#{i}", r, tz, None)
                for i, r in enumerate(synthetic_day(args.articles))]
    ref = load_reference()
    extract_facts(articles[:1], ref)  # warm-up: automaton and patterns built once
    megabytes = sum(len((a.title + a.body).encode("utf-8")) for a in articles) / 1e6
    start = time.perf_counter()
    found = extract_facts(articles, ref)
    seconds = time.perf_counter() - start
    print(f"articles      {len(articles):>8,}")
    print(f"text          {megabytes:>8.2f} MB")
    print(f"time          {seconds:>8.2f} s")
    print(f"throughput    {megabytes / seconds:>8.2f} MB/s   (target >= 2 MB/s)")
    print(f"facts         {len(found):>8,}")


if __name__ == "__main__":
    main()
