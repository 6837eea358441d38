"""What the history adds to a day: streaks, five-day sector moves, theme trends.

History is the stored days before the one being built (``briefs.store``), so a day
built out of order sees exactly the days before it.
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


def streaks(today: pd.DataFrame, history: History) -> dict[str, dict]:
    """Codes whose move today continues a run of same-direction moves over the previous stored days.

    Returns ``{code: {"days": n, "direction": "up"|"down"}}`` for runs of two days or more; a day
    on which the instrument was not reported ends the run.
    """
    moves = today[(today["metric"] == "pct_change") & (today["value"] != 0)]
    if moves.empty or not history.days or history.figures.empty:
        return {}
    past = history.figures[history.figures["metric"] == "pct_change"]
    signs = past.assign(sign=past["value"].gt(0).map({True: 1, False: -1}))
    table = signs.pivot_table(index="code", columns="date", values="sign", aggfunc="first")
    table = table.reindex(columns=history.days)
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


def sector_history(sectors: list[dict], history: History, day: str) -> dict[str, list[dict]]:
    """For each of today's sectors, its move on each stored day of the last five (today included)."""
    past = history.sectors
    out = {}
    for sector in sectors:
        rows = past[past["sector"] == sector["sector"]] if not past.empty else past
        series = [{"date": r.date, "move": float(r.move)} for r in rows.sort_values("date").itertuples()] \
            if not rows.empty else []
        out[sector["sector"]] = series + [{"date": day, "move": sector["move"]}]
    return out


def compound(moves: list[float]) -> float:
    """The cumulative move of consecutive daily moves, in percent."""
    total = 1.0
    for move in moves:
        total *= 1 + move / 100
    return round((total - 1) * 100, 4)


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
