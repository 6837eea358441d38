"""The Brief's market sections from the kept figures: indices, sectors, movers, flows, conflicts."""
from __future__ import annotations

from itertools import groupby

import pandas as pd

from briefs.aggregate.figures import GROUP, Figures, assumed_board
from briefs.extract.reference import Reference

MOVERS_PER_SIDE = 5
TOP_IN_SECTOR = 3
FLOWS_PER_METRIC = 12
FLOW_METRICS = ["turnover", "turnover_change", "net_inflow", "count", "premium", "turnover_rate"]


# a market whose session closes after the edition's, so that its figures in the day's articles are of the
# session before (last night's US close in an Asian brief)
LATER_SESSIONS = {"cn": {"us"}, "hk": {"us"}}


def build_indices(kept: pd.DataFrame, figs: Figures, market: str, intraday: pd.DataFrame) -> list[dict]:
    """Each index with its move, level and intraday extremes when reported; the edition's market first.

    An index of a market whose session closes after the edition's (the US for an Asian brief) says
    so in ``session``: its figures are of the session before, never the day's."""
    idx = kept[kept["kind"] == "index"].copy()
    if idx.empty:
        return []
    idx["away"] = (idx["market"] != market).astype(int)
    # "intraday_high:at_least" ("最高涨超5%") is a high, with its bound
    base = intraday["qualifier"].str.split(":").str[0]
    # (a move's extremes: "最多升236點" is a high in points, which the table's percentage column cannot show)
    extremes = intraday[(intraday["kind"] == "index") & (intraday["metric"] == "pct_change") &
                        base.isin(["intraday_high", "intraday_low"])].copy()
    extremes["base"] = base
    out = []
    # by key, not code: two indices the reference lacks (the STOXX 600 and the VIX) are two rows, not one
    for key, group in idx.sort_values(["away", "order"]).groupby("key", sort=False):
        by_metric = {row.metric: row for row in group.itertuples()}
        first = next(iter(by_metric.values()))
        entry = {
            "code": first.code, "name": first.name, "name_zh": first.name_zh, "market": first.market,
            "pct_change": figs.figure(by_metric["pct_change"]) if "pct_change" in by_metric else None,
            "level": figs.figure(by_metric["level"]) if "level" in by_metric else None,
            "point_change": figs.figure(by_metric["point_change"]) if "point_change" in by_metric else None,
            "intraday_high": None, "intraday_low": None, "streak": None,
            "session": "previous" if first.market in LATER_SESSIONS.get(market, set()) else "",
        }
        for qualifier in ("intraday_high", "intraday_low"):
            rows = extremes[(extremes["key"] == key) & (extremes["base"] == qualifier)]
            if not rows.empty:
                pick = rows.sort_values("published", ascending=False).iloc[0]
                entry[qualifier] = {"value": float(pick["value"]), "unit": pick["unit"], "qualifier": pick["qualifier"],
                                    "evidence": figs.evidence.ref(pick["article"], pick["evidence"])}
        out.append(entry)
    return out


def build_sectors(kept: pd.DataFrame, all_facts: pd.DataFrame, figs: Figures, ref: Reference,
                  market: str) -> list[dict]:
    """The edition market's sectors, each with a move only when an article states one for it.

    A sector's move is its index's ("the Properties sub-index fell 0.52%"), a figure stated for the
    sector ("半导体板块指数上涨3.9%"), or a sector ETF's, named as such ("via Sci-Tech Chip ETF
    (589100)"); nothing is computed from its members. Without one the sector shows its breadth
    among the names reported (3 up, 0 down) and its leaders, and no move. A ranking statement
    ("机器人板块领涨", "chipmakers led the decline") is kept as ``leader``.
    """
    moves = kept[(kept["metric"] == "pct_change") & (kept["sector"] != "") & (kept["market"] == market)]
    leaders = kept[(kept["metric"] == "leader") & (kept["sector"] != "")] if "leader" in set(kept["metric"]) \
        else kept.iloc[0:0]
    if moves.empty and leaders.empty:
        return []
    members = moves[moves["kind"].isin(["etf", "stock"])]
    stats = members.groupby("sector")["value"].agg(
        up=lambda v: int((v > 0).sum()), down=lambda v: int((v < 0).sum()))
    in_market = all_facts[(all_facts["sector"] != "") & (all_facts["market"] == market)]
    mentions = in_market.groupby("sector")["article"].nunique()
    stated = moves[moves["kind"].isin(["index", "sector"])].assign(
        pref=lambda d: (d["kind"] != "index").astype(int)).sort_values(["pref", "rank", "order"])
    sector_move = stated.drop_duplicates("sector").set_index("sector")
    etfs = members[members["kind"] == "etf"].sort_values(["rank", "order"]).drop_duplicates("sector").set_index("sector")
    ranked = members.assign(size=members["value"].abs()).sort_values(["rank", "size", "order"],
                                                                     ascending=[True, False, True])
    out = []
    for sector_id in sorted(set(stats.index) | set(sector_move.index) | set(leaders["sector"])):
        category = ref.sectors.get(sector_id)
        row = stats.loc[sector_id] if sector_id in stats.index else None
        top = [figs.instrument(r) for r in ranked[ranked["sector"] == sector_id].head(TOP_IN_SECTOR).itertuples()]
        entry = {
            "sector": sector_id,
            "name": category.name_en if category else sector_id,
            "name_zh": category.name_zh if category else "",
            "up": int(row["up"]) if row is not None else 0,
            "down": int(row["down"]) if row is not None else 0,
            "mentions": int(mentions.get(sector_id, 0)),
            "top": top, "move": None, "figure": None, "basis": {"kind": "none"},
            "evidence": [], "leader": None,
        }
        source = None
        if sector_id in sector_move.index:
            source = next(sector_move.loc[[sector_id]].itertuples())
            entry["basis"] = {"kind": "index", "code": source.code, "name": source.name, "name_zh": source.name_zh} \
                if source.kind == "index" else {"kind": "sector"}
        elif sector_id in etfs.index:
            source = next(etfs.loc[[sector_id]].itertuples())
            entry["basis"] = {"kind": "via", "code": source.code, "name": source.name, "name_zh": source.name_zh}
        if source is not None:
            entry["figure"] = figs.figure(source)
            entry["move"] = entry["figure"]["value"]
            entry["evidence"] = [entry["figure"]["evidence"]]
        said = leaders[leaders["sector"] == sector_id]
        if not said.empty:
            first = said.iloc[0]
            entry["leader"] = {"direction": "up" if first["value"] > 0 else "down",
                               "evidence": figs.evidence.ref(first["article"], first["evidence"])}
            if entry["basis"]["kind"] == "via" and (entry["move"] > 0) != (first["value"] > 0):
                # "brokerages led gains" beside a bank ETF's -0.58%: a fund standing in for the sector says the
                # opposite of what an article said of the sector itself, so it stands for nothing here
                entry.update(move=None, figure=None, evidence=[], basis={"kind": "none"})
        out.append(entry)
    return sorted(out, key=lambda s: (s["move"] is None, -(s["move"] or 0), -s["mentions"], s["sector"]))


def build_movers(kept: pd.DataFrame, figs: Figures, market: str) -> dict:
    """Biggest up and down ETFs and stocks of the edition's market, and the limit-up/down lists."""
    moves = kept[(kept["metric"] == "pct_change") & (kept["market"] == market)]
    out: dict = {}
    for kind, label in (("etf", "etfs"), ("stock", "stocks")):
        rows = moves[moves["kind"] == kind]
        # a limit move on an assumed board has no number of its own to rank by: it is in the limit lists only
        rows = rows[[not assumed_board(r) for r in rows.itertuples()]] if len(rows) else rows
        up = rows[rows["value"] > 0].sort_values(["value", "order"], ascending=[False, True])
        down = rows[rows["value"] < 0].sort_values(["value", "order"], ascending=[True, True])
        out[label] = {
            "up": [figs.instrument(r) for r in up.head(MOVERS_PER_SIDE).itertuples()],
            "down": [figs.instrument(r) for r in down.head(MOVERS_PER_SIDE).itertuples()],
        }
    for qualifier in ("limit_up", "limit_down"):
        rows = moves[moves["qualifier"] == qualifier].sort_values("order")
        out[qualifier] = [figs.instrument(r) for r in rows.itertuples()]
    return out


# daily northbound (Stock Connect into A-shares) figures stopped being published on this day: later ones
# are estimates by whoever states them
NORTHBOUND_ESTIMATES_FROM = "2024-05-13"


def build_commodities(kept: pd.DataFrame, figs: Figures) -> list[dict]:
    """Commodities the articles report: their price level and move, each as stated."""
    rows = kept[kept["kind"] == "commodity"]
    out = []
    for _, group in rows.sort_values("order").groupby("key", sort=False):  # (by key: "Crude oil" and "Copper" unknown)
        by_metric = {row.metric: row for row in group.itertuples()}
        first = next(iter(by_metric.values()))
        out.append({"code": first.code, "name": first.name, "name_zh": first.name_zh,
                    "level": figs.figure(by_metric["level"]) if "level" in by_metric else None,
                    "unit": by_metric["level"].unit if "level" in by_metric else "",
                    "pct_change": figs.figure(by_metric["pct_change"]) if "pct_change" in by_metric else None})
    return out


def build_flows(kept: pd.DataFrame, figs: Figures, market: str, day: str = "") -> list[dict]:
    """Turnover (and its change against the previous day), net inflows (southbound, northbound, per
    instrument), breadth counts, premiums and turnover rates: market-wide figures first, then the largest.
    A northbound figure after daily data stopped (13 May 2024) carries a note that it is an estimate."""
    flows = kept[kept["metric"].isin(FLOW_METRICS) & kept["market"].isin([market, ""])].copy()
    if flows.empty:
        return []
    flows["wide"] = (flows["kind"] != "market").astype(int)
    flows["metric_order"] = flows["metric"].map({m: i for i, m in enumerate(FLOW_METRICS)})
    flows["size"] = flows["value"].abs()
    flows = flows.sort_values(["metric_order", "wide", "size", "order"], ascending=[True, True, False, True])
    flows = flows.groupby("metric", sort=False).head(FLOWS_PER_METRIC)
    out = []
    for r in flows.itertuples():
        entry = {"code": r.code, "name": r.name, "name_zh": r.name_zh, "subject": r.subject, "kind": r.kind,
                 "metric": r.metric,
                 **figs.figure(r)}
        if r.code == "CN.NORTHBOUND" and r.metric == "net_inflow" and day >= NORTHBOUND_ESTIMATES_FROM:
            entry["note"] = "northbound_estimate"  # the page says why, in the edition's language
        out.append(entry)
    return out


def build_conflicts(clash: pd.DataFrame, kept: pd.DataFrame, figs: Figures) -> list[dict]:
    """Every figure two sources give differently, with both values and both sources."""
    out = []
    if clash.empty:
        return out
    chosen_rows = {(r.key, r.metric, r.unit): r for r in kept.itertuples()}
    # two sources naming different leaders is no figure in conflict; each other value once, in source order
    clash = clash[clash["metric"] != "leader"].drop_duplicates([*GROUP, "value"])
    clash = clash.sort_values(GROUP, kind="stable")
    # one pass over the rows rather than a frame per figure: a large day has hundreds of conflicts
    for (key, metric, unit), rows in groupby(clash.itertuples(), key=lambda r: (r.key, r.metric, r.unit)):
        chosen = chosen_rows[(key, metric, unit)]
        values = [{"value": float(chosen.value), "evidence": figs.evidence.ref(chosen.article, chosen.evidence)}]
        for row in rows:
            values.append({"value": float(row.value), "evidence": figs.evidence.ref(row.article, row.evidence)})
        out.append({"code": chosen.code, "name": chosen.name, "name_zh": chosen.name_zh, "metric": metric,
                    "unit": unit, "values": values})
    return out
