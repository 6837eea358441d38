"""One figure per instrument, metric and unit: the facts frame, reconciliation and evidence ids.

When several facts give the same figure, the kept one is chosen by these rules, in order:

1. a close beats a limit move, which beats an opening figure, which beats an unqualified
   one, which beats an intraday one, which beats a bound ("over 8%", "nearly 10%"),
   which beats an intraday extreme ("as much as 3.78%");
2. among equals, the more precise figure wins (2.47 beats 2.5);
3. among equals, the later article wins (it knows more of the day).

Figures over longer windows (weekly, monthly, year to date, multi-day streaks) never
stand in for the day's. Facts of the kept rank whose value differs are a *conflict*:
both stay in the brief with their sources, never silently resolved. Every discarded
fact stays reachable from the kept one (``also``: its evidence ids).
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from briefs.extract.moments import BOUNDS
from briefs.extract.reference import Reference
from briefs.extract.windows import is_window
from briefs.records import Article, Fact

# (a figure no moment qualifies is the day's: published during the session it would read "intraday"; the open is the
# session's first moment, so any later one says more of the day than it does)
QUALIFIER_RANK = {
    "close": 0, "limit_up": 1, "limit_down": 1, "": 2, "intraday": 3, "open": 4,
    "about": 5, "at_least": 5, "at_most": 5, "up_to": 5, "intraday_high": 6, "intraday_low": 6,
}
GROUP = ["key", "metric", "unit"]
CJK = r"[\u3400-\u9fff]"
FACT_COLUMNS = ["article", "subject", "code", "market", "kind", "metric", "value", "unit", "qualifier",
                "evidence", "sector"]


class Evidence:
    """Numbers the evidence ids in order of first use, so the brief is deterministic."""

    def __init__(self, articles: dict[str, Article]):
        self.articles = articles
        self.ids: dict[tuple[str, str], str] = {}
        self.table: dict[str, dict] = {}

    def ref(self, article_id: str, sentence: str) -> str:
        """The id ("E7") of a sentence of an article, registered on first use."""
        key = (article_id, sentence)
        if key not in self.ids:
            ident = f"E{len(self.ids) + 1}"
            self.ids[key] = ident
            art = self.articles[article_id]
            self.table[ident] = {
                "article": article_id, "outlet": art.outlet, "title": art.title,
                "url": art.url, "sentence": sentence,
            }
        return self.ids[key]


def is_daily(qualifier: str) -> bool:
    """False for figures over a longer window (weekly, monthly, year to date, a multi-day streak)."""
    return not is_window(qualifier)


def facts_frame(facts: Sequence[Fact], articles: dict[str, Article], ref: Reference) -> pd.DataFrame:
    """Facts as a DataFrame with the columns aggregation needs (name, rank, precision, time, order)."""
    df = pd.DataFrame([[getattr(f, c) for c in FACT_COLUMNS] for f in facts], columns=FACT_COLUMNS)
    df["value"] = df["value"].astype(float)
    # an industry the reference lacks is one row however it is written: "电子", "电子行业" and "电子板块" are one
    named = df["subject"].where(df["kind"] != "sector",
                                df["subject"].str.replace(r"(?<=[\u4e00-\u9fff])(?:行业|板块)$", "", regex=True))
    df["key"] = df["code"].where(df["code"] != "", "?" + named)
    # "intraday:14:00" ranks as intraday
    df["rank"] = df["qualifier"].str.split(":").str[0].map(QUALIFIER_RANK).fillna(9).astype(int)
    # "intraday:at_least" ("盘中涨超5%") ranks as a bound: an exact figure of the same moment stands before it
    bounded = df["qualifier"].str.split(":").str[-1].isin(list(BOUNDS))
    df.loc[bounded, "rank"] = df.loc[bounded, "rank"].clip(lower=QUALIFIER_RANK["at_least"])
    scaled = (df["value"].abs() * 1e6).round().astype("int64")
    decimals = pd.Series(6, index=df.index)
    for places in range(5, -1, -1):  # trailing zeros of the six-place value tell the precision
        decimals = decimals.where(scaled % (10 ** (6 - places)) != 0, places)
    df["decimals"] = decimals
    stamps = {a.id: a.published.timestamp() if a.published else 0.0 for a in articles.values()}
    df["published"] = df["article"].map(stamps).fillna(0.0)
    order = {code: i for i, code in enumerate(ref.instruments)}
    df["order"] = df["code"].map(order).fillna(len(order)).astype(int)
    names = pd.Series({code: inst.name_en for code, inst in ref.instruments.items()}, dtype=object)
    # astype(object): a day whose facts all lack a known code maps to floats (NaN), which take no string
    df["name"] = df["code"].map(names).astype(object).fillna(df["subject"])
    # the Chinese name: the reference's, else the subject when the article wrote it in Chinese
    names_zh = pd.Series({code: inst.name_zh for code, inst in ref.instruments.items()}, dtype=object)
    written_zh = df["subject"].where(df["subject"].str.contains(CJK, regex=True), "")
    df["name_zh"] = df["code"].map(names_zh).astype(object).fillna("").where(lambda n: n != "", written_zh)
    df["daily"] = df["qualifier"].map(is_daily).astype(bool) if len(df) else pd.Series(dtype=bool)
    return df


def reconcile(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The kept fact per (instrument, metric, unit) of the day, the conflicting facts and the discarded ones.

    ``kept`` gains ``support`` (how many articles agree with the kept value).
    """
    daily = df[df["daily"]] if not df.empty else df
    if daily.empty:
        empty = daily.assign(support=pd.Series(dtype=int))
        return empty, daily, daily
    ordered = daily.sort_values([*GROUP, "rank", "decimals", "published", "article"],
                                ascending=[True, True, True, True, False, False, True])
    first = ~ordered.duplicated(GROUP)
    kept = ordered[first].copy()
    discarded = ordered[~first]
    merged = daily.merge(kept[[*GROUP, "rank", "value"]], on=GROUP, suffixes=("", "_kept"))
    agree = merged[merged["value"] == merged["value_kept"]].groupby(GROUP)["article"].nunique()
    kept["support"] = kept.set_index(GROUP).index.map(agree).fillna(1).astype(int)
    clash = merged[(merged["rank"] == merged["rank_kept"]) & (merged["value"] != merged["value_kept"])]
    rounded = [is_rounding(v, k, u) for v, k, u in zip(clash["value"], clash["value_kept"], clash["unit"])]
    clash = clash[[not r for r in rounded]] if any(rounded) else clash  # (few rows: the day's disagreements)
    return kept, clash, discarded


def is_rounding(value: float, kept: float, unit: str) -> bool:
    """True when ``value`` is ``kept`` written with fewer digits: a title's "南向资金净买入81亿港元" over its body's
    "81.34亿港元", "美團升3%" over "升3.2%". That is the same figure, not two sources disagreeing. A percentage is
    rounded to whole points at most, an amount to two significant digits at most. Otherwise "涨停" (10%) would
    agree with 14%, and "2,000亿" with 2,318亿."""
    if value == kept or value == 0 or (value < 0) != (kept < 0):
        return value == kept
    step = 1.0
    while abs(value) % (step * 10) == 0:
        step *= 10  # the value's last written digit: 8.1e9 is written to 1e8
    scaled = round(abs(value) * 1e6)
    for places in range(6, 0, -1):  # decimals: 10.3 is written to 0.1
        if scaled % (10 ** (7 - places)) != 0:
            step = 10.0 ** -places
            break
    cap = 1.0 if unit == "%" else 10.0 ** (len(str(int(abs(kept)))) - 2)
    step = min(step, cap)
    return abs(round(kept / step) * step - value) < step * 1e-6


def assumed_board(row) -> bool:
    """True for a limit move whose value is the main board's 10% only because nothing said the board: a
    Chinese name with no code, not in the reference, not ST ("金龙羽涨停"). A 20cm stock would be +20%, so the
    number is not the sentence's and the brief says "limit up" without it."""
    return row.qualifier in ("limit_up", "limit_down") and not row.code and row.kind == "stock" and \
        abs(float(row.value)) == 10.0 and not str(row.subject).upper().lstrip("*").startswith("ST")


class Figures:
    """Turns kept rows into the Brief's figure dicts, with their evidence and what they replaced."""

    def __init__(self, evidence: Evidence, discarded: pd.DataFrame):
        self.evidence = evidence
        self.also: dict[tuple, list[tuple[str, str]]] = {}
        if not discarded.empty:
            for key, group in discarded.groupby(GROUP, sort=False):
                self.also[key] = list(zip(group["article"], group["evidence"]))

    def figure(self, row) -> dict:
        """``{"value", "unit", "qualifier", "evidence", "sources", "also"}`` of one kept row."""
        main = self.evidence.ref(row.article, row.evidence)
        replaced = self.also.get((row.key, row.metric, row.unit), [])
        also = list(dict.fromkeys(self.evidence.ref(a, s) for a, s in replaced))
        fig = {
            "value": float(row.value), "unit": row.unit, "qualifier": row.qualifier,
            "evidence": main, "sources": int(row.support), "also": [e for e in also if e != main],
        }
        if assumed_board(row):
            fig["board"] = "assumed"
        return fig

    def instrument(self, row) -> dict:
        """An instrument entry (code, name, subject as written, kind, market) with its move."""
        return {
            "code": row.code, "name": row.name, "name_zh": row.name_zh, "subject": row.subject, "kind": row.kind,
            "market": row.market, "pct_change": self.figure(row), "streak": None,
        }
