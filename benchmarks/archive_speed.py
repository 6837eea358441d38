"""Adding a day to an archive of 1,000 days: target under 2 s.

    python -m benchmarks.archive_speed [--days 1000]

Builds the sample day once, copies it as 1,000 archived days (each with its own date
in brief.json), builds the archive from scratch (timed, for reference), then times
adding one more day the way `briefs build` does.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from briefs.archive import update_archive
from briefs.build import build_day, build_time
from briefs.config import Config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        config = Config(out=out, formats=("html", "json"), history="off")
        template = build_day(config, None, build_time()).folder
        brief = json.loads((template / "brief.json").read_text(encoding="utf-8"))
        first = date(2020, 1, 1)
        for n in range(args.days + 1):
            day = (first + timedelta(days=n)).isoformat()
            target = out / day
            if target != template:
                shutil.copytree(template, target, dirs_exist_ok=True)
            (target / "brief.json").write_text(json.dumps({**brief, "date": day}), encoding="utf-8")
        shutil.rmtree(template)
        newest = first + timedelta(days=args.days)
        moved = out / newest.isoformat()
        shutil.move(moved, out / ".pending")  # the day to add, kept aside
        start = time.perf_counter()
        update_archive(out, rebuild=True)
        rebuild = time.perf_counter() - start
        shutil.move(out / ".pending", moved)
        start = time.perf_counter()
        listed = update_archive(out, [newest])
        add = time.perf_counter() - start
    print(f"days archived         {len(listed) - 1:>8,}")
    print(f"rebuild from scratch  {rebuild:>8.2f} s")
    print(f"add one day           {add:>8.2f} s   (target < 2 s)")


if __name__ == "__main__":
    main()
