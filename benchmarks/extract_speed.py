"""Extraction speed: megabytes of article text per second on one core (target >= 2 MB/s).

    python -m benchmarks.extract_speed [--articles 500]

Runs the extractor over a synthetic day (about 4 KB per article, half Chinese)
after one warm-up article, and over text shaped like real feeds: the labelled set's
figure-dense articles and, when ``../shared`` is present, the development set written
outside the project (``../shared/corpus/dev``), each read 20 times. Prints text volume,
time, throughput and facts for each.
"""
from __future__ import annotations

import argparse
import time
from zoneinfo import ZoneInfo

from pathlib import Path

from benchmarks.synthetic import synthetic_day
from briefs.extract import extract_facts
from briefs.extract.reference import load_reference
from briefs.load import load_articles
from briefs.load.jsonl import article_from_record

HERE = Path(__file__).resolve().parent
DENSE = [("labelled set (figure-dense, written here)", [HERE / "labelled" / "articles.jsonl",
                                                        HERE / "labelled" / "second" / "articles.jsonl"]),
         ("dev set (../shared/corpus/dev, real-feed shapes)",
          sorted((HERE.parent.parent / "shared" / "corpus" / "dev").glob("d*")))]


def measure(label: str, articles: list, ref, rounds: int = 1) -> None:
    """Print the throughput of extracting ``articles`` ``rounds`` times."""
    megabytes = sum(len((a.title + a.body).encode("utf-8")) for a in articles) / 1e6 * rounds
    start = time.perf_counter()
    found = 0
    for _ in range(rounds):
        found = len(extract_facts(articles, ref))
    seconds = time.perf_counter() - start
    print(f"{label}")
    print(f"  articles    {len(articles):>8,} x {rounds}")
    print(f"  text        {megabytes:>8.2f} MB")
    print(f"  throughput  {megabytes / seconds:>8.2f} MB/s   (target >= 2 MB/s)")
    print(f"  facts       {found:>8,} a pass ({found / (megabytes / rounds * 1000):.1f} a kB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    tz = ZoneInfo("Asia/Shanghai")
    articles = [article_from_record(f"synthetic#{i}", r, tz, None)
                for i, r in enumerate(synthetic_day(args.articles))]
    ref = load_reference()
    extract_facts(articles[:1], ref)  # warm-up: automaton and patterns built once
    measure("synthetic day (about 4 KB an article, six figures each)", articles, ref)
    for label, paths in DENSE:
        if not paths or not all(p.exists() for p in paths):
            print(f"{label}: not present, skipped")
            continue
        dense = load_articles([str(p) for p in paths], tz, dedupe_threshold=1.0)
        measure(label, dense, ref, rounds=20)


if __name__ == "__main__":
    main()
