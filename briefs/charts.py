"""Stage 4, charts: the Brief becomes figures, SVG for the web page and PNG (2x) for PDF and email.

Charts read the Brief only. Every chart has a title, units on its axis, a source
line and alt text; its SVG ids are prefixed with the chart's name so several
charts can sit inline in one page.
"""
from __future__ import annotations

import io
from contextlib import contextmanager
import re
import textwrap
import tomllib
from dataclasses import dataclass
from functools import cache

from briefs.brief import Brief
from briefs.edition import Edition
from briefs.wording import moment, stated_move
from briefs.fonts import use_cjk_fonts
from briefs.resources import data_dir

PNG_DPI = 200  # 2x the style's 100 dpi
MAX_BARS = 10
LABEL_WIDTH = 34  # longer names wrap onto a second line


@dataclass(frozen=True)
class Chart:
    """One rendered chart: its name (file stem and id prefix), alt text, SVG text and PNG bytes."""

    name: str
    title: str
    alt: str
    svg: str
    png: bytes


@cache
def palette(market: str, convention: str | None = None) -> dict[str, str]:
    """Up/down/flat colours: the named convention, else the market's default."""
    with (data_dir("charts") / "palette.toml").open("rb") as handle:
        table = tomllib.load(handle)
    name = convention or table["markets"].get(market, "green_up")
    return table["conventions"][name]


def _prefix_ids(svg: str, prefix: str) -> str:
    """Make every id of one SVG unique to it (matplotlib numbers them per figure: figure_1, patch_1)."""
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    return re.sub(r'xlink:href="#([^"]+)"', rf'xlink:href="#{prefix}-\1"', svg)


def _strip_svg_prolog(svg: str) -> str:
    return svg[svg.index("<svg"):]


@contextmanager
def _figure(name: str, height: float):
    """A figure in the briefs style with the CJK fonts, closed afterwards."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with plt.style.context(str(data_dir("charts") / "briefs.mplstyle")):
        use_cjk_fonts()
        matplotlib.rcParams["svg.hashsalt"] = name  # stable ids, different per chart
        fig, ax = plt.subplots(figsize=(7.2, height))
        try:
            yield fig, ax
        finally:
            plt.close(fig)


def _finish(fig, name: str, title: str, alt: str, source: str) -> Chart:
    fig.text(0.01, 0.01, source, fontsize=7, color="#777777")
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    svg_buf, png_buf = io.StringIO(), io.BytesIO()
    fig.savefig(svg_buf, format="svg", metadata={"Date": None})
    fig.savefig(png_buf, format="png", dpi=PNG_DPI, metadata={"Software": None})
    svg = _prefix_ids(_strip_svg_prolog(svg_buf.getvalue()), f"chart-{name}")
    return Chart(name, title, alt, svg, png_buf.getvalue())


BOUNDS = ("at_least", "about", "at_most")


def _value_label(value: float, qualifier: str, fmt: str, edition: Edition) -> str:
    """A bar's label as the figure was stated: ">+8%" for "over 8%", "+1.92% intraday"."""
    if qualifier in BOUNDS:
        return stated_move(value, qualifier)
    when = moment(qualifier, edition)
    return fmt.format(value) + (f" {when}" if when else "")


def _bar_chart(name: str, title: str, rows: list[tuple], colours: dict[str, str] | None,
               source: str, axis: str, edition: Edition, fmt: str = "{:+.2f}%") -> Chart:
    """Horizontal bars, largest first; coloured by sign (the market's convention) unless ``colours`` is None.

    Rows are ``(label, value)`` or ``(label, value, qualifier)``: a bound ("over 8%") is drawn as a hatched,
    open-ended bar and labelled ">+8%", never as an exact bar; an intraday figure is labelled so."""
    rows = [(*row, "")[:3] for row in rows[:MAX_BARS]]
    labels = [textwrap.fill(label, LABEL_WIDTH) for label, _, _ in rows][::-1]
    values = [value for _, value, _ in rows][::-1]
    qualifiers = [qualifier for _, _, qualifier in rows][::-1]
    lines = sum(label.count("\n") + 1 for label in labels)
    with _figure(name, 1.2 + 0.3 * max(len(rows), 1) + 0.12 * lines) as (fig, ax):
        if colours is None:
            colors = ["#4a6fa5"] * len(values)
        else:
            colors = [colours["up"] if v > 0 else colours["down"] if v < 0 else colours["flat"] for v in values]
        bars = ax.barh(labels, values, color=colors, height=0.6)
        for bar, qualifier in zip(bars, qualifiers):
            if qualifier in BOUNDS:  # a bound: hatched and pale, its end not a measured value
                bar.set_hatch("////")
                bar.set_alpha(0.45)
        ax.axvline(0, color="#777777", linewidth=0.8)
        ax.set_title(title)
        ax.set_xlabel(axis)
        span = max((abs(v) for v in values), default=1.0) or 1.0
        low, high = min(min(values, default=0), 0), max(max(values, default=0), 0)
        # room for the value labels beside the bars
        ax.set_xlim(low - (span * 0.3 if low < 0 else 0), high + (span * 0.3 if high > 0 else 0))
        for bar, value, qualifier in zip(bars, values, qualifiers):
            ax.annotate(_value_label(value, qualifier, fmt, edition), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(4 if value >= 0 else -4, 0), textcoords="offset points",
                        ha="left" if value >= 0 else "right", va="center", fontsize=8)
        alt = f"{title}: " + "; ".join(f"{label} {_value_label(value, qualifier, fmt, edition)}"
                                        for label, value, qualifier in rows) if rows else title
        return _finish(fig, name, title, alt, source)


def _trend_chart(name: str, title: str, series: dict[str, list[dict]], source: str, edition: Edition) -> Chart:
    """Each sector's stated daily move on the last trading days, one line each; a day without a stated
    figure is a gap in the line (never interpolated), and nothing is added up across days."""
    with _figure(name, 3.4) as (fig, ax):
        dates = sorted({p["date"] for points in series.values() for p in points})
        parts = []
        for label, points in series.items():
            xs = [dates.index(p["date"]) for p in points]
            ys = [p["move"] if p["move"] is not None else float("nan") for p in points]
            ax.plot(xs, ys, marker="o", linewidth=1.6, label=label)
            stated = [f"{p['date'][5:]} " + (f"{p['move']:+.2f}%" if p["move"] is not None
                                             else edition.gettext("none stated")) for p in points]
            parts.append(f"{label}: " + ", ".join(stated))
        ax.axhline(0, color="#777777", linewidth=0.8)
        ax.set_xticks(range(len(dates)), [d[5:] for d in dates])
        ax.set_ylabel(edition.gettext("daily move as stated, %"))
        ax.set_title(title)
        ax.legend(fontsize=7, frameon=False, loc="best")
        ax.grid(axis="y", color="#e6e6e6")
        return _finish(fig, name, title, f"{title}: " + "; ".join(parts), source)


def _label(entry: dict, edition: Edition) -> str:
    """A bar's name: the edition's name; the English edition adds the Chinese name beside it."""
    name = edition.name(entry)
    name_zh = entry.get("name_zh", "")
    return f"{name} {name_zh}" if not edition.chinese and name_zh and name_zh != name else name


def make_charts(brief: Brief, convention: str | None = None) -> list[Chart]:
    """The brief's charts (indices, sectors, sector trends, movers, themes) in the brief's language;
    an empty one is left out."""
    edition = Edition.of(brief.language)
    _ = edition.gettext
    colours = palette(brief.market, convention)
    articles = brief.stats.get("articles", 0)
    source = edition.ngettext("Source: %(num)s article of %(date)s; figures as reported",
                              "Source: %(num)s articles of %(date)s; figures as reported", articles) % {
        "num": edition.integer(articles), "date": edition.short_date(brief.date)}
    axis = _("change, %")
    charts = []
    indices = [(_label(i, edition), i["pct_change"]["value"], i["pct_change"]["qualifier"]) for i in brief.indices
               if i.get("pct_change")]
    if indices:
        charts.append(_bar_chart("indices", _("Index moves"), indices, colours, source, axis, edition))
    sectors = [(_label(s, edition), s["move"], s["figure"]["qualifier"]) for s in brief.sectors
               if s["move"] is not None]
    if sectors:
        charts.append(_bar_chart("sectors", _("Sector moves"), sectors, colours, source, axis, edition))
    trends = {_label(s, edition): s["history"] for s in brief.sectors[:6]
              if sum(p["move"] is not None for p in s.get("history", [])) > 1}
    if trends:
        until = edition.ngettext("Source: %(num)s article up to %(date)s; figures as reported",
                                 "Source: %(num)s articles up to %(date)s; figures as reported", articles) % {
            "num": edition.integer(articles), "date": edition.short_date(brief.date)}
        charts.append(_trend_chart("trends", _("Sector moves over the last days"), trends, until, edition))
    movers = brief.movers.get("etfs", {}).get("up", []) + brief.movers.get("stocks", {}).get("up", []) \
        + brief.movers.get("etfs", {}).get("down", []) + brief.movers.get("stocks", {}).get("down", [])
    rows = sorted(((edition.name(m), m["pct_change"]["value"], m["pct_change"]["qualifier"]) for m in movers),
                  key=lambda r: -r[1])
    if rows:
        charts.append(_bar_chart("movers", _("Top movers: ETFs and stocks"), rows, colours, source, axis, edition))
    themes = [(_label(t, edition), float(t["weight"])) for t in brief.themes]
    if themes:
        charts.append(_bar_chart("themes", _("Theme weights"), themes, None, source,
                                 _("weight of coverage: 2 × outlets + articles"), edition, fmt="{:.0f}"))
    return charts
