"""Stage 5, render: the Brief (and its charts) become HTML, plain text and PDF.

One HTML template serves three media: ``web`` (SVG charts inline), ``pdf`` (PNG
chart files beside the page) and ``email`` (PNG charts by Content-ID). Everything
taken from articles is escaped by Jinja's autoescape; only ``http(s)`` urls are
ever made links.
"""
from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from briefs.brief import Brief, walk_dicts
from briefs.charts import Chart, palette
from briefs.errors import RenderError
from briefs.wording import moment, stated_move
from briefs.fonts import CSS_FONT_STACK
from briefs.resources import data_dir

QUALIFIER_LABELS = {
    "close": "close", "intraday": "intraday", "intraday_high": "intraday high", "intraday_low": "intraday low",
    "at_least": "at least", "about": "about", "up_to": "up to", "limit_up": "limit up",
    "limit_down": "limit down",
}


def fmt_pct(value: float) -> str:
    """A signed percentage with two decimals: +0.04%, -1.20%."""
    return f"{value:+.2f}%"


def fmt_number(value: float) -> str:
    """Thousands separators, two decimals unless the value is whole: 3,861.87; 3,600."""
    return f"{value:,.0f}" if float(value).is_integer() and abs(value) >= 1000 else f"{value:,.2f}"


COUNT_UNITS = {"stocks_up": "stocks up", "stocks_down": "stocks down", "stocks_limit_up": "stocks limit up",
               "stocks_limit_down": "stocks limit down"}
METRIC_LABELS = {"turnover": "turnover", "turnover_change": "turnover against the previous day", "net_inflow": "net inflow", "count": "breadth", "premium": "premium",
                 "turnover_rate": "turnover rate", "level": "level", "pct_change": "move"}


ZH_UNITS = {"CNY": "元", "HKD": "港元", "USD": "美元", "shares": "份"}


def fmt_amount(value: float, unit: str, style: str = "western") -> str:
    """A figure with its unit, large amounts in words: 2.34 trillion CNY, 20.32 million CNY, 3,600 stocks up;
    with the Chinese style 2.34万亿元, 2032万元."""
    if unit == "%":
        return f"{value:.2f}%"
    if unit in COUNT_UNITS:
        return f"{value:,.0f} {COUNT_UNITS[unit]}"
    size = abs(value)
    if style == "chinese":
        for threshold, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
            if size >= threshold:
                return f"{value / threshold:,.2f}".rstrip("0").rstrip(".") + word + ZH_UNITS.get(unit, unit)
        return f"{fmt_number(value)}{ZH_UNITS.get(unit, unit)}"
    for threshold, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if size >= threshold:
            return f"{value / threshold:,.2f} {word} {unit}".rstrip()
    return f"{fmt_number(value)} {unit}".rstrip()


def fmt_streak(streak: dict | None) -> str:
    """"3rd straight gain" from ``{"days": 3, "direction": "up"}``."""
    if not streak:
        return ""
    days = streak["days"]
    suffix = "th" if 10 <= days % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(days % 10, "th")
    return f"{days}{suffix} straight {'gain' if streak['direction'] == 'up' else 'loss'}"


def is_web_url(url: str | None) -> bool:
    """Only http and https urls become links; ``javascript:`` and the like stay text."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def fmt_when(iso: str | None) -> str:
    """``2025-09-16 15:32`` from an ISO time, or a dash."""
    return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M") if iso else "–"


MARKET_ZONES = {"cn": ("Asia/Shanghai", "CST"), "hk": ("Asia/Hong_Kong", "HKT"), "us": ("America/New_York", "")}


def fmt_built(iso: str, market: str) -> str:
    """The build time in the market's timezone, as a reader says it: "16 Sep 2025 18:31 CST"."""
    from zoneinfo import ZoneInfo

    zone, label = MARKET_ZONES.get(market, ("UTC", "UTC"))
    local = datetime.fromisoformat(iso).astimezone(ZoneInfo(zone))
    return f"{local.day} {local:%b %Y %H:%M} {label or local.tzname()}"


def theme_name(theme_id: str) -> str:
    """A theme's name for readers ("US chip export curbs"), never its id ("chip_curbs")."""
    from briefs.extract.reference import load_reference

    theme = load_reference().themes.get(theme_id)
    return theme.name_en if theme else theme_id.replace("_", " ")


def fmt_count(count: int, singular: str, plural: str | None = None) -> str:
    """"1 article", "26 articles": the noun agrees with the count."""
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"


@cache
def environment(template_dir: Path | None = None) -> jinja2.Environment:
    """The Jinja environment: a user's template folder first (file by file), then the defaults."""
    folders = [str(template_dir)] if template_dir else []
    folders.append(str(data_dir("templates")))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=jinja2.select_autoescape(["html", "html.j2", "css", "xml.j2"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals["font_stack_markup"] = jinja2.utils.markupsafe.Markup(CSS_FONT_STACK)
    env.filters.update(
        pct=fmt_pct, number=fmt_number, when=fmt_when, is_web_url=is_web_url,
        qualifier=lambda q: moment(q) or QUALIFIER_LABELS.get(q, q), amount=fmt_amount,
        stated=lambda fig: stated_move(fig["value"], fig.get("qualifier", "")), moment=moment,
        built=fmt_built, count=fmt_count, theme_name=theme_name,
        streak=fmt_streak, metric=lambda m: METRIC_LABELS.get(m, m),
    )
    return env


CONFLICTS_SHOWN = 20
VALUES_SHOWN = 6


def _cited_ids(parts: list) -> set[str]:
    """Evidence ids the page shows: "evidence" fields and theme sentences, not the "also" lists."""
    found: set[str] = set()
    for node in walk_dicts(parts):
        for key in ("evidence", "sentences"):
            value = node.get(key)
            if isinstance(value, str) and key == "evidence":
                found.add(value)
            elif isinstance(value, list):
                found.update(v for v in value if isinstance(v, str))
    return found


def page_view(brief: Brief) -> dict:
    """What the page shows of a large day: every figure, but only the sources and sentences they cite,
    and the first conflicts (brief.json keeps everything)."""
    conflicts = [dict(c, shown=c["values"][:VALUES_SHOWN], more=max(0, len(c["values"]) - VALUES_SHOWN))
                 for c in brief.conflicts[:CONFLICTS_SHOWN]]
    parts = [brief.headline, brief.summary, brief.indices, brief.sectors, brief.movers, brief.flows,
             brief.themes, brief.catalysts, [{"evidence": v["evidence"]} for c in conflicts for v in c["shown"]]]
    shown = _cited_ids(parts)
    evidence = [(ident, brief.evidence[ident]) for ident in sorted(shown, key=lambda i: int(i[1:]))]
    cited_articles = {entry["article"] for _, entry in evidence}
    sources = [s for s in brief.sources if s["id"] in cited_articles]
    return {"conflicts": conflicts, "conflicts_more": max(0, len(brief.conflicts) - CONFLICTS_SHOWN),
            "evidence": evidence, "sources": sources, "sources_more": len(brief.sources) - len(sources)}


def _context(brief: Brief, charts: list[Chart], mode: str, convention: str | None, number_style: str) -> dict:
    return {"brief": brief, "charts": charts, "mode": mode, "colours": palette(brief.market, convention),
            "font_stack": jinja2.utils.markupsafe.Markup(CSS_FONT_STACK), "number_style": number_style,
            "view": page_view(brief)}


def render_html(brief: Brief, charts: list[Chart], mode: str = "web", *, convention: str | None = None,
                template_dir: Path | None = None, number_style: str = "western") -> str:
    """The brief as one self-contained HTML page for ``web``, ``pdf`` or ``email``."""
    if mode not in ("web", "pdf", "email"):
        raise ValueError(f"unknown mode {mode!r}")
    template = environment(template_dir).get_template("brief.html.j2")
    return template.render(_context(brief, charts, mode, convention, number_style))


def render_text(brief: Brief, *, template_dir: Path | None = None, number_style: str = "western") -> str:
    """The brief as plain text, for the email's text part."""
    env = environment(template_dir)
    return env.get_template("brief.txt.j2").render(_context(brief, [], "text", None, number_style))


# The PDF's resources live under this made-up folder and are served from memory,
# so the output does not depend on where the build runs (WeasyPrint names images
# by a hash of their url) and the renderer never touches the disk or the network.
ASSET_BASE = "file:///briefs-assets/"


def render_pdf(html: str, assets: dict[str, bytes], variant: str = "") -> bytes:
    """The PDF of a ``pdf``-mode page; ``assets`` maps file names (chart PNGs) to their bytes.

    The renderer may read those assets and nothing else: no network, no file
    (an article's ``<img src="file:///etc/passwd">`` is refused).
    """
    from weasyprint import HTML

    try:
        document = HTML(string=html, base_url=ASSET_BASE, url_fetcher=_assets_only_fetcher(assets))
        options = {"pdf_variant": variant, "pdf_tags": variant == "pdf/ua-1"} if variant else {"pdf_version": "1.7"}
        return document.write_pdf(**options)
    except Exception as exc:  # WeasyPrint raises many types; the user needs one line
        raise RenderError(f"PDF rendering failed: {exc}") from exc


def _assets_only_fetcher(assets: dict[str, bytes]):
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetsOnlyFetcher(URLFetcher):
        """Serves the build's own assets from memory; refuses every other url."""

        def fetch(self, url, headers=None):
            name = url[len(ASSET_BASE):] if url.startswith(ASSET_BASE) else None
            if name in assets:
                kind = "image/png" if name.endswith(".png") else "application/octet-stream"
                return URLFetcherResponse(url, assets[name], {"Content-Type": kind})
            raise ValueError(f"refused to fetch {url}: the PDF may only use the brief's own charts")

    return AssetsOnlyFetcher()
