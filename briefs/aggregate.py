"""Stage 3, aggregate: a day's facts and articles become the ``Brief``.

One figure per instrument and metric. When several facts give it, the kept one is
chosen by these rules, in order:

1. a close beats a limit move, which beats an unqualified figure, which beats an
   intraday one, which beats a bound ("over 8%", "nearly 10%"), which beats an
   intraday extreme ("as much as 3.78%");
2. among equals, the more precise figure wins (2.47 beats 2.5);
3. among equals, the later article wins (it knows more of the day).

Facts of the kept rank whose value differs are a *conflict*: both stay in the
brief with their sources, never silently resolved.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from briefs.brief import Brief
from briefs.extract.reference import Reference
from briefs.records import Article, Fact
from briefs.themes import theme_coverage

QUALIFIER_RANK = {
    "close": 0, "limit_up": 1, "limit_down": 1, "": 2, "intraday": 3,
    "about": 4, "at_least": 4, "up_to": 4, "intraday_high": 5, "intraday_low": 5,
}
MOVERS_PER_SIDE = 5
TOP_IN_SECTOR = 3


class _Evidence:
    """Numbers the evidence ids in order of first use, so the brief is deterministic."""

    def __init__(self, articles: dict[str, Article]):
        self.articles = articles
        self.ids: dict[tuple[str, str], str] = {}
        self.table: dict[str, dict] = {}

    def ref(self, article_id: str, sentence: str) -> str:
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


def facts_frame(facts: Sequence[Fact], articles: dict[str, Article], ref: Reference) -> pd.DataFrame:
    """Facts as a DataFrame with the columns aggregation needs (name, rank, precision, time)."""
    columns = ["article", "subject", "code", "market", "kind", "metric", "value", "unit", "qualifier",
               "evidence", "sector"]
    df = pd.DataFrame([{c: getattr(f, c) for c in columns} for f in facts], columns=columns)
    df["key"] = df["code"].where(df["code"] != "", "?" + df["subject"])
    df["rank"] = df["qualifier"].map(QUALIFIER_RANK).fillna(9).astype(int)
    text = df["value"].abs().map(lambda v: f"{v:.6f}".rstrip("0"))
    df["decimals"] = text.str.split(".").str[1].str.len().fillna(0).astype(int)
    stamps = {a.id: a.published.timestamp() if a.published else 0.0 for a in articles.values()}
    df["published"] = df["article"].map(stamps).fillna(0.0)
    order = {code: i for i, code in enumerate(ref.instruments)}
    df["order"] = df["code"].map(order).fillna(len(order)).astype(int)
    df["name"] = [
        (ref.instruments[c].name_en if c in ref.instruments else s) for c, s in zip(df["code"], df["subject"])
    ]
    return df


def is_daily(qualifier: str) -> bool:
    """False for figures over a longer window (weekly, monthly, year to date, a multi-day streak)."""
    return qualifier not in ("weekly", "monthly", "ytd") and not qualifier.startswith("streak:")


def reconcile(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The kept fact per (instrument, metric, unit) of the day, with support counts, and the conflicts.

    Figures over longer windows (weekly, ytd, streaks) never stand in for the day's.
    """
    df = df[df["qualifier"].map(is_daily)] if not df.empty else df
    if df.empty:
        return df.assign(support=[]), df
    ordered = df.sort_values(["key", "metric", "unit", "rank", "decimals", "published", "article"],
                             ascending=[True, True, True, True, False, False, True])
    group = ["key", "metric", "unit"]
    kept = ordered.drop_duplicates(group).copy()
    merged = df.merge(kept[[*group, "rank", "value"]], on=group, suffixes=("", "_kept"))
    agree = merged[merged["value"] == merged["value_kept"]].groupby(group)["article"].nunique()
    kept["support"] = kept.set_index(group).index.map(agree).fillna(1).astype(int)
    clash = merged[(merged["rank"] == merged["rank_kept"]) & (merged["value"] != merged["value_kept"])]
    return kept, clash


def _figure(row, ev: _Evidence) -> dict:
    return {
        "value": float(row.value), "unit": row.unit, "qualifier": row.qualifier,
        "evidence": ev.ref(row.article, row.evidence), "sources": int(row.support),
    }


def _instrument(row, ev: _Evidence) -> dict:
    return {
        "code": row.code, "name": row.name, "subject": row.subject, "kind": row.kind,
        "market": row.market, "pct_change": _figure(row, ev),
    }


def build_indices(kept: pd.DataFrame, ev: _Evidence, market: str) -> list[dict]:
    """Each index with its move and level; the edition's market first."""
    idx = kept[kept["kind"] == "index"].copy()
    if idx.empty:
        return []
    idx["home"] = (idx["market"] != market).astype(int)
    out = []
    for code, group in idx.sort_values(["home", "order"]).groupby("code", sort=False):
        by_metric = {row.metric: row for row in group.itertuples()}
        first = next(iter(by_metric.values()))
        out.append({
            "code": code, "name": first.name, "market": first.market,
            "pct_change": _figure(by_metric["pct_change"], ev) if "pct_change" in by_metric else None,
            "level": _figure(by_metric["level"], ev) if "level" in by_metric else None,
        })
    return out


def build_sectors(kept: pd.DataFrame, all_facts: pd.DataFrame, ev: _Evidence, ref: Reference,
                  market: str) -> list[dict]:
    """The edition market's sector moves: the sector index when reported, else the median of
    its ETFs' and stocks' moves."""
    moves = kept[(kept["metric"] == "pct_change") & (kept["sector"] != "") & (kept["market"] == market)]
    if moves.empty:
        return []
    members = moves[moves["kind"].isin(["etf", "stock"])]
    stats = members.groupby("sector")["value"].agg(median="median", up=lambda v: int((v > 0).sum()),
                                                   down=lambda v: int((v < 0).sum()), count="size")
    in_market = all_facts[(all_facts["sector"] != "") & (all_facts["market"] == market)]
    mentions = in_market.groupby("sector")["article"].nunique()
    # a move reported for the sector itself: its index first, else a sentence about the sector
    reported = moves[moves["kind"].isin(["index", "sector"])].assign(
        pref=lambda d: (d["kind"] != "index").astype(int)).sort_values(["pref", "order"])
    sector_index = reported.drop_duplicates("sector").set_index("sector")
    out = []
    for sector_id in sorted(set(stats.index) | set(sector_index.index)):
        category = ref.sectors.get(sector_id)
        row = stats.loc[sector_id] if sector_id in stats.index else None
        entry = {
            "sector": sector_id,
            "name": category.name_en if category else sector_id,
            "name_zh": category.name_zh if category else "",
            "up": int(row["up"]) if row is not None else 0,
            "down": int(row["down"]) if row is not None else 0,
            "mentions": int(mentions.get(sector_id, 0)),
        }
        if sector_id in sector_index.index:
            index_row = next(sector_index.loc[[sector_id]].itertuples())
            entry["move"] = float(index_row.value)
            entry["basis"] = f"index: {index_row.name}" if index_row.kind == "index" else "reported for the sector"
            entry["evidence"] = [ev.ref(index_row.article, index_row.evidence)]
        else:
            entry["move"] = round(float(row["median"]), 4)
            entry["basis"] = f"median of {int(row['count'])} ETFs and stocks"
            entry["evidence"] = []
        top = members[members["sector"] == sector_id].assign(size=lambda d: d["value"].abs())
        top = top.sort_values(["size", "order"], ascending=[False, True]).head(TOP_IN_SECTOR)
        entry["top"] = [_instrument(r, ev) for r in top.itertuples()]
        if not entry["evidence"]:
            entry["evidence"] = list(dict.fromkeys(i["pct_change"]["evidence"] for i in entry["top"]))
        out.append(entry)
    return sorted(out, key=lambda s: (-s["move"], s["sector"]))


def build_movers(kept: pd.DataFrame, ev: _Evidence, market: str) -> dict:
    """Biggest up and down ETFs and stocks of the edition's market, and the limit-up/down lists."""
    moves = kept[(kept["metric"] == "pct_change") & (kept["market"] == market)]
    out: dict = {}
    for kind, label in (("etf", "etfs"), ("stock", "stocks")):
        rows = moves[moves["kind"] == kind]
        up = rows[rows["value"] > 0].sort_values(["value", "order"], ascending=[False, True])
        down = rows[rows["value"] < 0].sort_values(["value", "order"], ascending=[True, True])
        out[label] = {
            "up": [_instrument(r, ev) for r in up.head(MOVERS_PER_SIDE).itertuples()],
            "down": [_instrument(r, ev) for r in down.head(MOVERS_PER_SIDE).itertuples()],
        }
    for qualifier in ("limit_up", "limit_down"):
        rows = moves[moves["qualifier"] == qualifier].sort_values("order")
        out[qualifier] = [_instrument(r, ev) for r in rows.itertuples()]
    return out


def build_conflicts(clash: pd.DataFrame, kept: pd.DataFrame, ev: _Evidence) -> list[dict]:
    """Every figure two sources give differently, with both values and both sources."""
    out = []
    for (key, metric, unit), group in clash.groupby(["key", "metric", "unit"], sort=True):
        chosen = kept[(kept["key"] == key) & (kept["metric"] == metric) & (kept["unit"] == unit)].iloc[0]
        values = [{"value": float(chosen.value), "evidence": ev.ref(chosen.article, chosen.evidence)}]
        for row in group.drop_duplicates("value").itertuples():
            values.append({"value": float(row.value), "evidence": ev.ref(row.article, row.evidence)})
        out.append({"code": chosen.code, "name": chosen["name"], "metric": metric, "unit": unit, "values": values})
    return out


def _headline(indices: list[dict], sectors: list[dict], movers: dict, ev_table: dict) -> dict:
    """One sentence from the day's largest figures: the main index, the leading sector, the top mover."""
    parts, refs = [], []
    main = next((i for i in indices if i["pct_change"]), None)
    if main:
        move = main["pct_change"]
        verb = "rose" if move["value"] > 0 else "fell" if move["value"] < 0 else "was flat at"
        parts.append(f"{main['name']} {verb} {abs(move['value']):.2f}%")
        refs.append(move["evidence"])
    if sectors:
        lead = sectors[0]
        parts.append(f"{lead['name']} led ({lead['move']:+.2f}%, {lead['basis']})")
        refs.extend(lead["evidence"][:1])
    top = sorted(movers.get("stocks", {}).get("up", []) + movers.get("etfs", {}).get("up", []),
                 key=lambda i: -i["pct_change"]["value"])
    if top:
        best = top[0]
        parts.append(f"{best['name']} {best['pct_change']['value']:+.2f}%")
        refs.append(best["pct_change"]["evidence"])
    text = "; ".join(parts) + "." if parts else "No market figures were reported for this day."
    return {"text": text, "evidence": list(dict.fromkeys(refs))}


def aggregate(day: date, articles: Sequence[Article], facts: Sequence[Fact], ref: Reference, *,
              market: str = "cn", language: str = "en", title: str = "Market Brief",
              generated: str = "") -> Brief:
    """Build the day's Brief from its articles and facts."""
    by_id = {a.id: a for a in articles}
    ev = _Evidence(by_id)
    df = facts_frame(facts, by_id, ref)
    kept, clash = reconcile(df)
    indices = build_indices(kept, ev, market)
    sectors = build_sectors(kept, df, ev, ref, market)
    movers = build_movers(kept, ev, market)
    themes = theme_coverage(articles, ref, ev.ref)
    conflicts = build_conflicts(clash, kept, ev)
    fact_counts = df.groupby("article").size() if not df.empty else pd.Series(dtype=int)
    sources = [
        {
            "id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "language": a.language,
            "published": a.published.isoformat() if a.published else None,
            "facts": int(fact_counts.get(a.id, 0)),
            "duplicates": [{"outlet": d.outlet, "title": d.title, "url": d.url, "published": d.published}
                           for d in a.duplicates],
        }
        for a in sorted(articles, key=lambda a: (a.published.timestamp() if a.published else 0, a.id))
    ]
    headline = _headline(indices, sectors, movers, ev.table)
    return Brief(
        date=day.isoformat(), market=market, language=language, title=title, generated=generated,
        headline=headline, indices=indices, sectors=sectors, movers=movers, themes=themes,
        conflicts=conflicts, sources=sources, evidence=ev.table,
        stats={"articles": len(articles), "facts": len(facts), "figures": int(len(kept)),
               "unresolved": int((df["code"] == "").sum()) if not df.empty else 0},
    )
