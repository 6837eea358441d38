"""One unattended day and a range of days: what `briefs build` and `briefs backfill` run.

``run_day`` checks the trading calendar, builds the day and adds it to the archive.
``backfill`` builds many days in parallel processes (or on a Dask cluster) and adds
each to the archive as it finishes; the archive is only ever written by the calling
process, under the output folder's lock held by the command.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from briefs.build import build_day, build_time, resolve_day
from briefs.config import Config


@dataclass
class DayOutcome:
    """What happened to one day: built (with its files), skipped (with why) or failed (with why)."""

    day: date
    status: str  # "built", "skipped" or "failed"
    reason: str = ""
    files: list[Path] = field(default_factory=list)
    entry: dict | None = None  # the archive's entry for a built day


def check_trading(config: Config, day: date, force: bool) -> str | None:
    """Why ``day`` is skipped, or None when it is to be built."""
    from datetime import datetime

    from briefs.calendar import check_coming_year, trading_day

    today = datetime.now(config.tz).date()
    if abs((day - today).days) <= 31:  # a cron run for the current days: is next year's calendar known?
        check_coming_year(config.market, today)
    if force:
        return None
    verdict = trading_day(config.market, day)
    return None if verdict.trading else f"{day} skipped: {verdict.reason} (use --force to build it anyway)"


def run_day(config: Config, day: date | None, force: bool = False,
            before_write: Callable[[], None] | None = None) -> DayOutcome:
    """Build one day unless the market is closed, then add it to the archive."""
    day = resolve_day(config, day)
    skip = check_trading(config, day, force)
    if skip:
        return DayOutcome(day, "skipped", skip)
    result = build_day(config, day, build_time(), before_write=before_write)
    outcome = DayOutcome(day, "built", files=result.files, entry=result.entry)
    add_to_archive(config, outcome)
    return outcome


def add_to_archive(config: Config, outcome: DayOutcome) -> None:
    """Add a built day to the archive, from the entry its build made (its brief.json is not read back)."""
    from briefs.archive import update_archive

    entries = {outcome.day.isoformat(): outcome.entry} if outcome.entry else None
    update_archive(config.out, [outcome.day], title=config.title, language=config.language, base=config.site_url,
                   entries=entries)


def days_between(since: date, until: date) -> Iterator[date]:
    """Every calendar day from ``since`` to ``until``, both included."""
    day = since
    while day <= until:
        yield day
        day += timedelta(days=1)


def build_one(config: Config, day: date, force: bool) -> DayOutcome:
    """Build one day in a worker (no archive writes here); errors become a failed outcome."""
    import logging

    from briefs.errors import BriefsError

    logger = logging.getLogger("briefs")
    level = logger.level
    logger.setLevel(logging.ERROR)  # parallel days' warnings would interleave; restored for the caller
    try:
        skip = check_trading(config, day, force)
        if skip:
            return DayOutcome(day, "skipped", skip)
        result = build_day(config, day, build_time())
        return DayOutcome(day, "built", files=result.files, entry=result.entry)
    except BriefsError as exc:
        return DayOutcome(day, "failed", exc.message)
    except Exception as exc:  # one broken day must not sink the backfill; the summary names it
        return DayOutcome(day, "failed", f"{type(exc).__name__}: {exc}")
    finally:
        logger.setLevel(level)


def backfill(config: Config, days: list[date], jobs: int, force: bool, scheduler: str | None,
             on_done: Callable[[DayOutcome], None]) -> list[DayOutcome]:
    """Build ``days`` with ``jobs`` processes, or on the Dask cluster at ``scheduler``; the archive is
    updated here, in the caller's process, as each day finishes."""
    outcomes = []

    def finished(outcome: DayOutcome) -> None:
        if outcome.status == "built":
            add_to_archive(config, outcome)
        outcomes.append(outcome)
        on_done(outcome)

    if scheduler:
        from distributed import Client, as_completed as dask_completed

        with Client(scheduler) as client:
            futures = client.map(build_one, [config] * len(days), days, [force] * len(days), pure=False)
            for future in dask_completed(futures):
                finished(future.result())
    elif jobs <= 1:
        for day in days:
            finished(build_one(config, day, force))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(build_one, config, day, force) for day in days]
            for future in as_completed(futures):
                finished(future.result())
    return sorted(outcomes, key=lambda o: o.day)
