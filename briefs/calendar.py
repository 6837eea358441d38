"""Trading days: exchange_calendars (XSHG, XHKG, XNYS), plus the overrides in ``sources/``.

Past the end of a calendar's data (Shanghai's holidays stop at 2026-12-31) the rule
falls back to weekdays minus the override file's closed days, with a warning: never
a crash, and never a silent guess.
"""
from __future__ import annotations

import tomllib
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache

from briefs.errors import warn
from briefs.resources import data_dir

EXCHANGES = {"cn": "XSHG", "hk": "XHKG", "us": "XNYS"}


@dataclass(frozen=True)
class TradingDay:
    """Whether a market trades on a day, and why the answer is what it is."""

    trading: bool
    reason: str


@cache
def _overrides() -> dict[str, dict[str, frozenset[str]]]:
    with (data_dir("sources") / "calendar_overrides.toml").open("rb") as handle:
        table = tomllib.load(handle)
    return {market: {key: frozenset(values.get(key, [])) for key in ("closed", "workdays")}
            for market, values in table.items()}


@cache
def _calendar(exchange: str):
    import exchange_calendars

    with _library_quiet():
        return exchange_calendars.get_calendar(exchange, start="2000-01-01")


@contextmanager
def _library_quiet():
    """exchange_calendars trips pandas' deprecation warnings; they say nothing about the user's day
    and would make cron mail every run."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def trading_day(market: str, day: date) -> TradingDay:
    """Is ``market`` open on ``day``?"""
    overrides = _overrides().get(market, {"closed": frozenset(), "workdays": frozenset()})
    stamp = day.isoformat()
    if stamp in overrides["closed"]:
        return TradingDay(False, f"{stamp} is a market holiday (sources/calendar_overrides.toml)")
    if stamp in overrides["workdays"]:
        return TradingDay(False, f"{stamp} is a make-up working day; the exchanges stay closed")
    exchange = EXCHANGES.get(market)
    if exchange is None:
        return TradingDay(day.weekday() < 5, "weekday rule (no exchange calendar for this market)")
    calendar = _calendar(exchange)
    last = calendar.last_session.date()
    if day > last or day < calendar.first_session.date():
        warn(exchange, f"calendar data ends on {last}; {stamp} judged by the weekday rule")
        open_ = day.weekday() < 5
        return TradingDay(open_, "weekday rule past the calendar's end" + ("" if open_ else ": a weekend"))
    with _library_quiet():
        session = calendar.is_session(stamp)
    if session:
        return TradingDay(True, f"{exchange} session")
    return TradingDay(False, f"{stamp} is not a trading day on {exchange}")
