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
from briefs.edition import N_, Edition
from briefs.wording import bound_mark, bound_of, moment, stated_move
from briefs.fonts import use_cjk_fonts
from briefs.resources import data_dir

PNG_DPI = 200  # 2x the style's 100 dpi
WIDTH = 4.8  # inches: the page shows charts at about this size, a phone at 0.8 of it
MAX_BARS = 10
LABEL_COLUMNS = 22  # longer names wrap onto a second line (a Chinese character takes two columns)
BREADTH_LABELS = {"stocks_up": N_("advancing"), "stocks_down": N_("declining"), "stocks_limit_up": N_("limit up"),
                  "stocks_limit_down": N_("limit down")}
SMALL = 9  # points: the smallest text of any chart (source line, value labels)


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
        fig, ax = plt.subplots(figsize=(WIDTH, height))
        try:
            yield fig, ax
        finally:
            plt.close(fig)


def _wrap(label: str, columns: int = LABEL_COLUMNS) -> str:
    """A name broken into lines of at most ``columns`` columns, a CJK character counting two; breaks at
    spaces when there are any."""
    import unicodedata

    lines, line, width = [], "", 0
    for word in re.findall(r"\S+\s*|\s+", label) if " " in label else list(label):
        size = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in word.rstrip())
        if line and width + size > columns:
            lines.append(line.rstrip())
            line, width = "", 0
        line += word
        width += size + (len(word) - len(word.rstrip()))
    lines.append(line.rstrip())
    return "\n".join(lines)


def _finish(fig, name: str, title: str, alt: str, source: str) -> Chart:
    fig.text(0.01, 0.01, textwrap.shorten(source, 90), fontsize=SMALL, color="#666666")
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    svg_buf, png_buf = io.StringIO(), io.BytesIO()
    fig.savefig(svg_buf, format="svg", metadata={"Date": None})
    fig.savefig(png_buf, format="png", dpi=PNG_DPI, metadata={"Software": None})
    svg = _prefix_ids(_strip_svg_prolog(svg_buf.getvalue()), f"chart-{name}")
    return Chart(name, title, alt, svg, png_buf.getvalue())




def _value_label(value: float, qualifier: str, fmt: str, edition: Edition) -> str:
    """A bar's label as the figure was stated: ">+8%" for "over 8%", "+1.92% intraday", ">+5% intraday high"."""
    when = moment(qualifier, edition)
    return (stated_move(value, qualifier) if bound_of(qualifier) else fmt.format(value)) + (f" {when}" if when else "")


def _fit_labels(fig, ax, notes: list) -> None:
    """Widen the x range until every value label beside a bar lies inside the axes (measured, since the
    room a label needs depends on its length and on the width the bar names leave)."""
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    renderer = fig.canvas.get_renderer()
    for _ in range(4):
        box = ax.get_window_extent(renderer)
        low, high = ax.get_xlim()
        per_pixel = (high - low) / box.width
        right = max((n.get_window_extent(renderer).x1 for n in notes), default=box.x1) - box.x1
        left = box.x0 - min((n.get_window_extent(renderer).x0 for n in notes), default=box.x0)
        if right <= 0 and left <= 0:
            return
        ax.set_xlim(low - max(left, 0) * per_pixel * 1.15, high + max(right, 0) * per_pixel * 1.15)


def _bar_chart(name: str, title: str, rows: list[tuple], colours: dict[str, str] | None,
               source: str, axis: str, edition: Edition, fmt: str = "{:+.2f}%") -> Chart:
    """Horizontal bars, largest first; coloured by sign (the market's convention) unless ``colours`` is None.

    Rows are ``(label, value)`` or ``(label, value, qualifier)``: a bound ("over 8%") is drawn as a hatched,
    open-ended bar and labelled ">+8%", never as an exact bar; an intraday figure is labelled so."""
    from matplotlib.ticker import MaxNLocator

    rows = [(*row, "")[:3] for row in rows[:MAX_BARS]]
    labels = [_wrap(label) for label, _, _ in rows][::-1]
    values = [value for _, value, _ in rows][::-1]
    qualifiers = [qualifier for _, _, qualifier in rows][::-1]
    lines = sum(label.count("\n") + 1 for label in labels)
    with _figure(name, 1.3 + 0.28 * max(len(rows), 1) + 0.14 * lines) as (fig, ax):
        if colours is None:
            colors = ["#4a6fa5"] * len(values)
        else:
            colors = [colours["up"] if v > 0 else colours["down"] if v < 0 else colours["flat"] for v in values]
        bars = ax.barh(labels, values, color=colors, height=0.6)
        for bar, qualifier in zip(bars, qualifiers):
            if bound_of(qualifier):  # a bound: hatched and pale, its end not a measured value
                bar.set_hatch("////")
                bar.set_alpha(0.45)
        ax.axvline(0, color="#777777", linewidth=0.8)
        ax.set_title(title)
        ax.set_xlabel(axis)
        span = max((abs(v) for v in values), default=1.0) or 1.0
        low, high = min(min(values, default=0), 0), max(max(values, default=0), 0)
        # room for the value labels beside the bars
        longest = max((len(_value_label(v, q, fmt, edition)) for v, q in zip(values, qualifiers)), default=6)
        room = span * (0.1 + 0.05 * longest)  # the labels are text beside the bars: room by their length
        ax.set_xlim(low - (room if low < 0 else 0), high + (room if high > 0 else 0))
        ax.xaxis.set_major_locator(MaxNLocator(5))  # few ticks: a narrow chart has room for few labels
        notes = [ax.annotate(_value_label(value, qualifier, fmt, edition),
                             (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                             xytext=(4 if value >= 0 else -4, 0), textcoords="offset points",
                             ha="left" if value >= 0 else "right", va="center", fontsize=SMALL)
                 for bar, value, qualifier in zip(bars, values, qualifiers)]
        _fit_labels(fig, ax, notes)
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


def _heatmap(name: str, title: str, tiles: list[tuple[str, float, str]], colours: dict[str, str],
             source: str, edition: Edition) -> Chart:
    """Sectors as tiles, largest gain first, each coloured by its stated move (the market's up and
    down colours, deeper for a larger move) and labelled with the move as stated."""
    from matplotlib.colors import to_rgb
    from matplotlib.patches import Rectangle

    columns = min(3, len(tiles))
    rows = -(-len(tiles) // columns)
    largest = max(abs(value) for _, value, _ in tiles) or 1.0
    with _figure(name, 0.9 + 0.85 * rows) as (fig, ax):
        ax.set_axis_off()
        ax.set_xlim(0, columns)
        ax.set_ylim(rows, 0)
        for position, (label, value, qualifier) in enumerate(tiles):
            x, y = position % columns, position // columns
            base = to_rgb(colours["up"] if value > 0 else colours["down"] if value < 0 else colours["flat"])
            depth = 0.35 + 0.65 * abs(value) / largest  # never white: a tile of 0.1% is still visibly coloured
            colour = tuple(1 - depth * (1 - c) for c in base)
            ax.add_patch(Rectangle((x + 0.03, y + 0.05), 0.94, 0.9, facecolor=colour, edgecolor="white",
                                   hatch="////" if bound_of(qualifier) else None))
            ink = "white" if depth > 0.6 else "#1d1d1f"
            ax.text(x + 0.5, y + 0.38, _wrap(label, 14), ha="center", va="center", fontsize=SMALL, color=ink)
            ax.text(x + 0.5, y + 0.72, _value_label(value, qualifier, "{:+.2f}%", edition), ha="center",
                    va="center", fontsize=SMALL + 1, fontweight="bold", color=ink)
        ax.set_title(title)
        alt = f"{title}: " + "; ".join(f"{label} {_value_label(value, qualifier, '{:+.2f}%', edition)}"
                                        for label, value, qualifier in tiles)
        return _finish(fig, name, title, alt, source)


def _breadth_chart(name: str, title: str, counts: list[tuple], colours: dict[str, str], source: str,
                   edition: Edition) -> Chart:
    """The breadth counts an article states (stocks up, down, limit up, limit down), one bar each in the
    up or down colour; a bound ("more than 3,600") is hatched and labelled as a bound."""
    with _figure(name, 1.3 + 0.32 * len(counts)) as (fig, ax):
        labels = [label for label, _, _, _ in counts][::-1]
        values = [value for _, value, _, _ in counts][::-1]
        bars = ax.barh(labels, values, height=0.6,
                       color=[colours["down"] if unit.endswith("down") else colours["up"]
                              for _, _, _, unit in counts][::-1])
        for bar, (_, value, qualifier, _) in zip(bars, counts[::-1]):
            if bound_of(qualifier):
                bar.set_hatch("////")
                bar.set_alpha(0.45)
            ax.annotate(bound_mark(value, qualifier) + edition.integer(int(value)),
                        (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(4, 0),
                        textcoords="offset points", ha="left", va="center", fontsize=SMALL)
        ax.set_xlim(0, max(values) * 1.35)
        ax.set_title(title)
        ax.set_xlabel(edition.gettext("stocks"))
        alt = f"{title}: " + "; ".join(f"{label} {bound_mark(v, q)}{edition.integer(int(v))}"
                                        for label, v, q, _ in counts)
        return _finish(fig, name, title, alt, source)


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
    # the day's sessions only: last night's US close beside today's closes would read as the same day's
    indices = [(edition.name(i), i["pct_change"]["value"], i["pct_change"]["qualifier"]) for i in brief.indices
               if i.get("pct_change") and i.get("session") != "previous"]
    if indices:
        charts.append(_bar_chart("indices", _("Index moves"), indices, colours, source, axis, edition))
    sectors = [(edition.name(s), s["move"], s["figure"]["qualifier"]) for s in brief.sectors
               if s["move"] is not None]
    if sectors:  # tiles only for sectors with a stated figure
        charts.append(_heatmap("sectors", _("Sector moves"), sectors, colours, source, edition))
    trends = {edition.name(s): s["history"] for s in brief.sectors[:6]
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
    counts = [f for f in brief.flows if f["metric"] == "count" and f["kind"] == "market" and f["unit"] in BREADTH_LABELS]
    breadth = [(edition.label(BREADTH_LABELS, f["unit"]), f["value"], f["qualifier"], f["unit"]) for f in counts]
    if breadth:
        charts.append(_breadth_chart("breadth", _("Advancing and declining stocks"), breadth, colours, source,
                                     edition))
    # no chart of theme weights: a coverage score is no figure an article states
    return charts
