"""What the history adds to a day: streaks, sector moves on the last days, theme trends.

History is the stored days before the one being built (``briefs.store``), so a day
built out of order sees exactly the days before it. Streaks and sector series use stated
daily figures on consecutive trading days only: a trading day with no stored figure breaks
the series and is shown as missing, never interpolated, and nothing is compounded.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

TREND_DAYS = 5
RISING, FADING = 1.25, 0.75  # today's theme weight against its recent average


@dataclass
class History:
    """Previous days of one market: their dates, kept daily figures, sector moves and themes."""

    days: list[str] = field(default_factory=list)
    figures: pd.DataFrame = field(default_factory=pd.DataFrame)
    sectors: pd.DataFrame = field(default_factory=pd.DataFrame)
    themes: pd.DataFrame = field(default_factory=pd.DataFrame)

    @classmethod
    def load(cls, store, market: str, day: str, count: int = TREND_DAYS - 1) -> History:
        """The ``count`` stored days before ``day``."""
        days = store.days_before(market, day, count)
        return cls(days, store.frame("figures", market, days), store.frame("sectors", market, days),
                   store.frame("themes", market, days))


STATED_CLOSE = ("close", "", "limit_up", "limit_down")  # a day's stated figure, not intraday, a bound or a window


def trading_days_before(market: str, day: str, count: int = TREND_DAYS - 1) -> list[str]:
    """The ``count`` trading days before ``day``, oldest first, by the market's calendar."""
    from datetime import date, timedelta

    from briefs.calendar import trading_day

    found: list[str] = []
    current = date.fromisoformat(day)
    for _ in range(count * 4 + 10):
        if len(found) == count:
            break
        current -= timedelta(days=1)
        if current.weekday() < 5 and trading_day(market, current).trading:
            found.append(current.isoformat())
    return sorted(found)


def streaks(today: pd.DataFrame, history: History, sessions: list[str] | None = None) -> dict[str, dict]:
    """Codes whose stated close today continues a run of same-direction closes on the trading days before.

    Returns ``{code: {"days": n, "direction": "up"|"down"}}`` for runs of two days or more.
    ``sessions`` are the trading days before today (oldest first); a session with no stored
    close for the instrument (not built, or only an intraday figure) ends the run.
    """
    moves = today[(today["metric"] == "pct_change") & (today["value"] != 0) & today["qualifier"].isin(STATED_CLOSE)]
    if moves.empty or not history.days or history.figures.empty:
        return {}
    sessions = history.days if sessions is None else sessions
    past = history.figures[(history.figures["metric"] == "pct_change")
                           & history.figures["qualifier"].isin(STATED_CLOSE)]
    signs = past.assign(sign=past["value"].gt(0).map({True: 1, False: -1}))
    table = signs.pivot_table(index="code", columns="date", values="sign", aggfunc="first")
    table = table.reindex(columns=sessions)
    today_sign = moves.set_index("code")["value"].gt(0).map({True: 1, False: -1})
    out = {}
    for code, sign in today_sign.items():
        run = 1
        if code in table.index:
            for value in reversed(table.loc[code].tolist()):
                if value != sign:
                    break
                run += 1
        if run >= 2:
            out[code] = {"days": run, "direction": "up" if sign > 0 else "down"}
    return out


def sector_history(sectors: list[dict], history: History, day: str,
                   sessions: list[str] | None = None) -> dict[str, list[dict]]:
    """For each of today's sectors, its stated move on each of the last trading days (today included);
    ``move`` is None on a session with no stored figure for it."""
    past = history.sectors
    sessions = history.days if sessions is None else sessions
    out = {}
    for sector in sectors:
        rows = past[past["sector"] == sector["sector"]] if not past.empty else past
        stored = {r.date: float(r.move) for r in rows.itertuples()} if not rows.empty else {}
        series = [{"date": d, "move": stored.get(d)} for d in sessions]
        out[sector["sector"]] = series + [{"date": day, "move": sector["move"]}]
    return out


def theme_trend(theme: dict, history: History) -> str:
    """``new`` (absent from the stored days), ``rising``, ``fading`` or ``steady`` against their average."""
    if not history.days:
        return "new"
    past = history.themes[history.themes["theme"] == theme["theme"]] if not history.themes.empty else history.themes
    if past.empty:
        return "new"
    average = past["weight"].sum() / len(history.days)  # absent days weigh zero
    if theme["weight"] >= average * RISING:
        return "rising"
    if theme["weight"] <= average * FADING:
        return "fading"
    return "steady"


def faded_themes(themes: list[dict], history: History) -> list[str]:
    """Themes of the stored days that no article carries today."""
    if history.themes.empty:
        return []
    today = {t["theme"] for t in themes}
    return sorted(set(history.themes["theme"]) - today)
