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

from briefs.errors import warn, warn_always
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


# seasons in which the markets usually close for days, by market: (month, first day, last day, name)
_SEASONS = {
    "cn": [(1, 1, 3, "the New Year holiday"), (4, 3, 6, "the Qingming holiday"), (5, 1, 5, "the Labour Day holiday"),
           (10, 1, 8, "the National Day holiday")],
    "hk": [(1, 1, 1, "the New Year holiday"), (12, 24, 26, "the Christmas holiday"), (7, 1, 1, "HKSAR Day"),
           (10, 1, 1, "National Day")],
    "us": [(1, 1, 1, "New Year's Day"), (7, 3, 5, "Independence Day"), (12, 24, 26, "the Christmas holiday")],
}


def _holiday_season(market: str, day: date) -> str | None:
    """The holiday season ``day`` falls in, if any: fixed-date seasons, and the Lunar New Year
    (Spring Festival) for the Chinese markets, read from the Chinese calendar's new year date."""
    for month, first, last, name in _SEASONS.get(market, []):
        if day.month == month and first <= day.day <= last:
            return name
    if market in ("cn", "hk"):
        new_year = _lunar_new_year(day.year)
        if new_year is not None and -2 <= (day - new_year).days <= 7:
            return "the Spring Festival (Lunar New Year) holiday"
    return None


# the first day of the lunar year (Gregorian), 2025 to 2040, from the published Chinese calendar
_LUNAR_NEW_YEAR = {2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
                   2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28),
                   2037: (2, 15), 2038: (2, 4), 2039: (1, 24), 2040: (2, 12)}


def _lunar_new_year(year: int) -> date | None:
    found = _LUNAR_NEW_YEAR.get(year)
    return date(year, *found) if found else None


def check_coming_year(market: str, today: date) -> None:
    """From 1 December, warn (also under --quiet) when neither exchange_calendars nor the override file
    knows the coming year's holidays: the next month's builds would be judged by a guess."""
    if today.month != 12:
        return
    exchange = EXCHANGES.get(market)
    coming = today.year + 1
    overrides = _overrides().get(market, {"closed": frozenset(), "workdays": frozenset()})
    if any(day.startswith(f"{coming}-") for day in overrides["closed"]):
        return
    if exchange is not None and _calendar(exchange).last_session.date() >= date(coming, 12, 1):
        return
    warn_always(exchange or market, f"no {coming} holidays known for the {market} market: add them to "
                                    f"sources/calendar_overrides.toml before the year turns")


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
        open_ = day.weekday() < 5
        season = _holiday_season(market, day) if open_ else None
        if season:  # a cron user must hear of this even under --quiet
            warn_always(exchange, f"calendar data ends on {last}; {stamp} is a weekday, judged open by the "
                                  f"weekday rule, but falls in {season}: add the holidays to "
                                  f"sources/calendar_overrides.toml")
        else:
            warn(exchange, f"calendar data ends on {last}; {stamp} judged by the weekday rule")
        return TradingDay(open_, "weekday rule past the calendar's end" + ("" if open_ else ": a weekend"))
    with _library_quiet():
        session = calendar.is_session(stamp)
    if session:
        return TradingDay(True, f"{exchange} session")
    return TradingDay(False, f"{stamp} is not a trading day on {exchange}")
