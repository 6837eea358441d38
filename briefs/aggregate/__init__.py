"""Stage 3, aggregate: a day's facts and articles become the ``Brief``.

``figures`` keeps one figure per instrument, metric and unit (the reconciliation rules
are in its docstring); ``sections`` builds indices, sectors, movers, flows and
conflicts from them; ``themes`` weighs the day's themes; ``narrative`` writes the
headline, the summary and the catalysts; ``trends`` adds what the stored history of
previous days says (streaks, five-day sector moves, theme trends).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from briefs.aggregate.checks import plausible
from briefs.aggregate.figures import Evidence, Figures, facts_frame, reconcile
from briefs.aggregate.narrative import catalysts, headline, summary
from briefs.aggregate.points import key_points
from briefs.aggregate.sections import (build_commodities, build_conflicts, build_flows, build_indices, build_movers,
                                       build_sectors)
from briefs.aggregate.themes import theme_coverage
from briefs.aggregate.trends import (History, faded_themes, sector_history, streaks, theme_trend,
                                     trading_days_before)
from briefs.brief import Brief, walk_dicts
from briefs.edition import Edition
from briefs.extract.reference import Reference
from briefs.records import Article, Fact


def _cited(brief_parts: list) -> dict[str, int]:
    """How many figures of the brief cite each evidence id."""
    counts: dict[str, int] = {}
    for node in walk_dicts(brief_parts):
        if isinstance(node.get("evidence"), str) and "value" in node:
            counts[node["evidence"]] = counts.get(node["evidence"], 0) + 1
    return counts


def _add_streaks(entries: list[dict], runs: dict[str, dict]) -> None:
    for entry in entries:
        if entry.get("code") in runs:
            entry["streak"] = runs[entry["code"]]


def aggregate(day: date, articles: Sequence[Article], facts: Sequence[Fact], ref: Reference, *,
              market: str = "cn", language: str = "en", title: str = "", generated: str = "",
              history: History | None = None) -> tuple[Brief, pd.DataFrame]:
    """The day's Brief in the edition's ``language`` ("en", "zh", "zh_Hans", "zh_Hant_HK"), and the
    kept figures (for the history store). An empty ``title`` is the edition's "Market Brief"."""
    edition = Edition.of(language)
    history = history or History()
    by_id = {a.id: a for a in articles}
    facts = plausible(facts, by_id)
    evidence = Evidence(by_id)
    df = facts_frame(facts, by_id, ref)
    kept, clash, discarded = reconcile(df)
    figs = Figures(evidence, discarded)
    intraday = df[df["daily"]] if not df.empty else df

    indices = build_indices(kept, figs, market, intraday)
    sectors = build_sectors(kept, df, figs, ref, market)
    movers = build_movers(kept, figs, market)
    flows = build_flows(kept, figs, market, day.isoformat())
    commodities = build_commodities(kept, figs)
    conflicts = build_conflicts(clash, kept, figs)

    sessions = trading_days_before(market, day.isoformat()) if history.days else []
    runs = streaks(kept[kept["market"] == market], history, sessions)
    _add_streaks(indices, runs)
    for group in ("etfs", "stocks"):
        for side in ("up", "down"):
            _add_streaks(movers[group][side], runs)
    by_sector = sector_history(sectors, history, day.isoformat(), sessions)
    for sector in sectors:
        sector["history"] = by_sector[sector["sector"]]

    themes = theme_coverage(articles, ref, evidence.ref)
    for theme in themes:
        theme["trend"] = theme_trend(theme, history)

    kept_moves = kept[(kept["metric"] == "pct_change") & (kept["code"] != "")]
    moved = {row.code: {"sector": row.sector} for row in kept_moves.itertuples()}
    reported = df[(df["metric"] == "pct_change") & df["code"].isin(moved)] if not df.empty else df
    article_moves = {a: list(dict.fromkeys(codes)) for a, codes in reported.groupby("article")["code"]} \
        if not reported.empty else {}
    reasons = catalysts(articles, moved, ref, evidence, article_moves)

    cited = _cited([indices, sectors, movers, flows, commodities])
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
    brief = Brief(
        date=day.isoformat(), market=market, language=edition.locale, title=title or edition.gettext("Market Brief"),
        generated=generated, headline=headline(indices, sectors, movers, market, edition),
        points=key_points(indices, sectors, movers, flows, market, edition),
        summary=summary(cited, evidence, edition.text_language),
        indices=indices, sectors=sectors, movers=movers, flows=flows, commodities=commodities, themes=themes,
        faded_themes=faded_themes(themes, history), catalysts=reasons, conflicts=conflicts, sources=sources,
        evidence=evidence.table, history_days=history.days,
        stats={"articles": len(articles), "facts": len(facts), "figures": int(len(kept)),
               "unresolved": int((df["code"] == "").sum()) if not df.empty else 0},
    )
    return brief, kept
