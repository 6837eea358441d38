"""The Brief's market sections from the kept figures: indices, sectors, movers, flows, conflicts."""
from __future__ import annotations

import pandas as pd

from briefs.aggregate.figures import GROUP, Figures
from briefs.extract.reference import Reference

MOVERS_PER_SIDE = 5
TOP_IN_SECTOR = 3
FLOWS_PER_METRIC = 12
FLOW_METRICS = ["turnover", "net_inflow", "count", "premium", "turnover_rate"]


def build_indices(kept: pd.DataFrame, figs: Figures, market: str, intraday: pd.DataFrame) -> list[dict]:
    """Each index with its move, level and intraday extremes when reported; the edition's market first."""
    idx = kept[kept["kind"] == "index"].copy()
    if idx.empty:
        return []
    idx["away"] = (idx["market"] != market).astype(int)
    extremes = intraday[(intraday["kind"] == "index") & intraday["qualifier"].isin(["intraday_high", "intraday_low"])]
    out = []
    for code, group in idx.sort_values(["away", "order"]).groupby("code", sort=False):
        by_metric = {row.metric: row for row in group.itertuples()}
        first = next(iter(by_metric.values()))
        entry = {
            "code": code, "name": first.name, "market": first.market,
            "pct_change": figs.figure(by_metric["pct_change"]) if "pct_change" in by_metric else None,
            "level": figs.figure(by_metric["level"]) if "level" in by_metric else None,
            "intraday_high": None, "intraday_low": None, "streak": None,
        }
        for qualifier in ("intraday_high", "intraday_low"):
            rows = extremes[(extremes["code"] == code) & (extremes["qualifier"] == qualifier)]
            if not rows.empty:
                pick = rows.sort_values("published", ascending=False).iloc[0]
                entry[qualifier] = {"value": float(pick["value"]), "unit": pick["unit"],
                                    "evidence": figs.evidence.ref(pick["article"], pick["evidence"])}
        out.append(entry)
    return out


def build_sectors(kept: pd.DataFrame, all_facts: pd.DataFrame, figs: Figures, ref: Reference,
                  market: str) -> list[dict]:
    """The edition market's sector moves: reported for the sector (its index first), else the median
    of its ETFs' and stocks' moves, saying which; breadth, mentions and leaders."""
    moves = kept[(kept["metric"] == "pct_change") & (kept["sector"] != "") & (kept["market"] == market)]
    if moves.empty:
        return []
    members = moves[moves["kind"].isin(["etf", "stock"])]
    stats = members.groupby("sector")["value"].agg(
        median="median", count="size", up=lambda v: int((v > 0).sum()), down=lambda v: int((v < 0).sum()))
    in_market = all_facts[(all_facts["sector"] != "") & (all_facts["market"] == market)]
    mentions = in_market.groupby("sector")["article"].nunique()
    reported = moves[moves["kind"].isin(["index", "sector"])].assign(
        pref=lambda d: (d["kind"] != "index").astype(int)).sort_values(["pref", "order"])
    sector_move = reported.drop_duplicates("sector").set_index("sector")
    ranked = members.assign(size=members["value"].abs()).sort_values(["size", "order"], ascending=[False, True])
    out = []
    for sector_id in sorted(set(stats.index) | set(sector_move.index)):
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
            "top": top,
        }
        if sector_id in sector_move.index:
            reported_row = next(sector_move.loc[[sector_id]].itertuples())
            entry["move"] = float(reported_row.value)
            entry["basis"] = (f"index: {reported_row.name}" if reported_row.kind == "index"
                              else "reported for the sector")
            entry["evidence"] = [figs.evidence.ref(reported_row.article, reported_row.evidence)]
        else:
            entry["move"] = round(float(row["median"]), 4)
            entry["basis"] = f"median of {int(row['count'])} ETFs and stocks"
            entry["evidence"] = list(dict.fromkeys(i["pct_change"]["evidence"] for i in top))
        out.append(entry)
    return sorted(out, key=lambda s: (-s["move"], s["sector"]))


def build_movers(kept: pd.DataFrame, figs: Figures, market: str) -> dict:
    """Biggest up and down ETFs and stocks of the edition's market, and the limit-up/down lists."""
    moves = kept[(kept["metric"] == "pct_change") & (kept["market"] == market)]
    out: dict = {}
    for kind, label in (("etf", "etfs"), ("stock", "stocks")):
        rows = moves[moves["kind"] == kind]
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


def build_flows(kept: pd.DataFrame, figs: Figures, market: str) -> list[dict]:
    """Turnover, net inflows (southbound, northbound, per instrument), breadth counts, premiums and
    turnover rates: market-wide figures first, then the largest."""
    flows = kept[kept["metric"].isin(FLOW_METRICS) & kept["market"].isin([market, ""])].copy()
    if flows.empty:
        return []
    flows["wide"] = (flows["kind"] != "market").astype(int)
    flows["metric_order"] = flows["metric"].map({m: i for i, m in enumerate(FLOW_METRICS)})
    flows["size"] = flows["value"].abs()
    flows = flows.sort_values(["metric_order", "wide", "size", "order"], ascending=[True, True, False, True])
    flows = flows.groupby("metric", sort=False).head(FLOWS_PER_METRIC)
    return [{"code": r.code, "name": r.name, "subject": r.subject, "kind": r.kind, "metric": r.metric,
             **figs.figure(r)} for r in flows.itertuples()]


def build_conflicts(clash: pd.DataFrame, kept: pd.DataFrame, figs: Figures) -> list[dict]:
    """Every figure two sources give differently, with both values and both sources."""
    out = []
    if clash.empty:
        return out
    chosen_rows = {(r.key, r.metric, r.unit): r._asdict() for r in kept.itertuples()}
    for (key, metric, unit), group in clash.groupby(GROUP, sort=True):
        chosen = chosen_rows[(key, metric, unit)]
        values = [{"value": float(chosen["value"]), "evidence": figs.evidence.ref(chosen["article"], chosen["evidence"])}]
        for row in group.drop_duplicates("value").itertuples():
            values.append({"value": float(row.value), "evidence": figs.evidence.ref(row.article, row.evidence)})
        out.append({"code": chosen["code"], "name": chosen["name"], "metric": metric, "unit": unit, "values": values})
    return out
