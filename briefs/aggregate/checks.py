"""Plausibility: a figure no market can produce is dropped, with a warning naming its article and sentence.

A daily index move beyond ±20%, a stock beyond +300% (unless the sentence speaks of a first
day of trading) or below -100%, an ETF or sector beyond ±50%, a turnover larger than any
market trades in a day, a non-finite value: each is far likelier a parsing slip or a typo in
the source than a fact, and one of them in a headline would cost the brief its readers' trust.
The rest of the day is built as usual.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

from briefs.errors import warn
from briefs.extract.windows import is_window
from briefs.records import Article, Fact

# the largest daily move a figure of each kind can plausibly be (percent)
MOVE_BOUNDS = {"index": 20.0, "sector": 50.0, "etf": 50.0, "stock": 300.0, "market": 50.0, "fx": 20.0,
               "rate": 100.0, "commodity": 50.0, "": 300.0}
# a day's turnover larger than this, in the unit's currency, is no market's (A-shares' record is ~3.5 trillion CNY)
TURNOVER_BOUNDS = {"CNY": 1e13, "HKD": 1e12, "USD": 3e12}
_FIRST_DAY = re.compile(r"debut|first day of trading|first-day|IPO|上市首日|首日|新股", re.IGNORECASE)


def implausible(fact: Fact) -> str | None:
    """Why a fact cannot be a real figure, or None."""
    if not math.isfinite(fact.value):
        return "not a finite number"
    if fact.metric == "pct_change" and not is_window(fact.qualifier):
        if fact.value < -100:
            return f"a fall of {-fact.value:g}% is more than all of it"
        bound = MOVE_BOUNDS.get(fact.kind, MOVE_BOUNDS[""])
        if abs(fact.value) > bound and not (fact.kind in ("stock", "") and _FIRST_DAY.search(fact.evidence)):
            return f"a daily {fact.kind or 'security'} move of {fact.value:+g}% is beyond ±{bound:g}%"
    if fact.metric == "turnover" and fact.value > TURNOVER_BOUNDS.get(fact.unit, math.inf):
        return f"a turnover of {fact.value:,.0f} {fact.unit} is more than any market trades in a day"
    return None


def plausible(facts: Sequence[Fact], articles: dict[str, Article]) -> list[Fact]:
    """The facts that can be real; each dropped one is warned about with its article and sentence."""
    kept = []
    for fact in facts:
        why = implausible(fact)
        if why is None:
            kept.append(fact)
            continue
        article = articles.get(fact.article)
        origin = article.origin if article is not None else fact.article
        warn(origin, f"implausible figure left out ({why}): {fact.subject} in {fact.evidence[:120]!r}")
    return kept
