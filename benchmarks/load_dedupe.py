"""Loading and de-duplicating a synthetic day: target under 5 s for 10,000 articles of about 4 KB.

    python -m benchmarks.load_dedupe [--articles 10000] [--copies]

Prints the wall time of loading (parse + clean + language) and of de-duplication
separately, and the peak resident memory of the process. ``--copies`` instead
de-duplicates N copies of one story (half exact, half with a line of their own),
each process on its own: target under 5 s and 400 MB for 10,000.
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.synthetic import synthetic_day, write_day
from briefs.load import expand_inputs, load_file
from briefs.load.dedupe import deduplicate


def copies_of_one_story(count: int) -> None:
    """De-duplicate ``count`` copies of one story: the worst case for LSH buckets."""
    from datetime import datetime, timezone

    from briefs.records import Article

    stamp = datetime(2025, 9, 16, 2, tzinfo=timezone.utc)
    body = "沪指涨0.04%，报3861.87点，机器人板块领涨。" * 30 + "Robotics led the gains on Tuesday. " * 30
    articles = [Article(f"c{i}", "Same story", "Wire", stamp, f"https://copies.invalid/{i}", "mixed",
                        body + (f" Copy {i}." if i % 2 else ""), "bench") for i in range(count)]
    start = time.perf_counter()
    stories = deduplicate(articles)
    done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"copies of one story {count:>10,}  -> {len(stories)} story")
    print(f"dedupe              {done - start:>10.2f} s   (target < 5 s)")
    print(f"peak RSS            {peak:>10.0f} MB   (target < 400 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--copies", action="store_true", help="copies of one story instead of a synthetic day")
    args = parser.parse_args()
    if args.copies:
        copies_of_one_story(args.articles)
        return
    tz, day = ZoneInfo("Asia/Shanghai"), date(2025, 9, 16)
    with tempfile.TemporaryDirectory() as folder:
        paths = write_day(synthetic_day(args.articles), Path(folder))
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        start = time.perf_counter()
        articles = [a for path in expand_inputs([folder]) for a in load_file(path, tz, day)]
        loaded = time.perf_counter()
        stories = deduplicate(articles)
        done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles            {len(articles):>10,}  ({megabytes:.1f} MB of JSONL)")
    print(f"stories after dedupe{len(stories):>10,}")
    print(f"load                {loaded - start:>10.2f} s")
    print(f"dedupe              {done - loaded:>10.2f} s")
    print(f"load + dedupe       {done - start:>10.2f} s   (target < 5 s)")
    print(f"peak RSS            {peak:>10.0f} MB")


if __name__ == "__main__":
    main()
