"""Loading and de-duplicating a synthetic day: target under 5 s for 10,000 articles of about 4 KB.

    python -m benchmarks.load_dedupe [--articles 10000]

Prints the wall time of loading (parse + clean + language) and of de-duplication
separately, and the peak resident memory of the process.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
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
