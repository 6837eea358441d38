"""Stage 5, render: the Brief (and its charts) become HTML, plain text and PDF.

One HTML template serves three media: ``web`` (SVG charts inline), ``pdf`` (PNG
chart files beside the page) and ``email`` (PNG charts by Content-ID). Everything
taken from articles is escaped by Jinja's autoescape; only ``http(s)`` urls are
ever made links.
"""
from __future__ import annotations

import html
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from briefs.brief import Brief, walk_dicts
from briefs.charts import Chart, palette
from briefs.errors import RenderError
from briefs.edition import N_, Edition, translations
from briefs.wording import bound_of, moment, stated_figure
from briefs.fonts import CSS_FONT_STACK
from briefs.resources import data_dir

QUALIFIER_LABELS = {
    "close": N_("close"), "at_least": N_("at least"), "about": N_("about"), "up_to": N_("up to"),
    "at_most": N_("at most"),
}
METRIC_LABELS = {"turnover": N_("turnover"), "turnover_change": N_("turnover against the previous day"),
                 "net_inflow": N_("net inflow"), "count": N_("breadth"), "premium": N_("premium"),
                 "turnover_rate": N_("turnover rate"), "level": N_("level"), "pct_change": N_("move"),
                 "point_change": N_("change in points")}
PRICE_BOUNDS = {"at_least": N_("above %(price)s"), "at_most": N_("below %(price)s"), "about": N_("about %(price)s")}
MARKET_NAMES = {"cn": N_("A-shares"), "hk": N_("Hong Kong"), "us": N_("US")}
CATALYST_LABELS = {"deal": N_("deal"), "policy": N_("policy"), "earnings": N_("earnings"), "product": N_("product")}
TREND_LABELS = {"new": N_("new"), "rising": N_("rising"), "steady": N_("steady"), "fading": N_("fading")}
NOTES = {"northbound_estimate": N_("an estimate: daily northbound figures are no longer published "
                                   "(since 13 May 2024)")}


def fmt_pct(value: float) -> str:
    """A signed percentage with two decimals: +0.04%, -1.20%."""
    return f"{value:+.2f}%"


def is_web_url(url: str | None) -> bool:
    """Only http and https urls become links; ``javascript:`` and the like stay text."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def feed_html(headline: str, points: list[str]) -> str:
    """A feed entry's content: the headline and the key points as a small HTML fragment."""
    items = "".join(f"<li>{html.escape(point)}</li>" for point in points)
    return f"<p>{html.escape(headline)}</p>" + (f"<ul>{items}</ul>" if items else "")


def fmt_when(iso: str | None) -> str:
    """``2025-09-16 15:32`` from an ISO time, or a dash."""
    return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M") if iso else "–"


class Words:
    """The template filters that write in the edition's language, bound to one ``Edition``."""

    def __init__(self, edition: Edition):
        self.edition = edition
        self._ = edition.gettext

    def streak(self, streak: dict | None) -> str:
        """"3rd straight gain" from ``{"days": 3, "direction": "up"}``; "连涨3天" in Chinese."""
        if not streak:
            return ""
        days = streak["days"]
        if streak["direction"] == "up":
            return self.edition.ngettext("%(num)s straight gain", "%(num)s straight gains", days) % {"num": days}
        return self.edition.ngettext("%(num)s straight loss", "%(num)s straight losses", days) % {"num": days}

    def qualifier(self, qualifier: str) -> str:
        """A figure's qualifier in words: when it holds ("intraday"), its bound ("at least"), or both
        ("intraday, at least" for "半日成交额超25亿元")."""
        when = moment(qualifier, self.edition)
        bound = bound_of(qualifier)
        if when and bound:
            return self._(", ").join([when, self._(QUALIFIER_LABELS[bound])])
        label = QUALIFIER_LABELS.get(qualifier)
        return when or (self._(label) if label else qualifier)

    def price(self, level: dict, unit: str) -> str:
        """A price as stated, with its bound: "above 3,700 USD", "3700美元以上"."""
        written = self.edition.number(level["value"]) + self.edition.unit(unit)
        bound = PRICE_BOUNDS.get(level.get("qualifier", ""))
        return self._(bound) % {"price": written} if bound else written

    def theme_name(self, theme_id: str) -> str:
        """A theme's name for readers ("US chip export curbs"), never its id ("chip_curbs")."""
        from briefs.extract.reference import load_reference

        theme = load_reference().themes.get(theme_id)
        if theme is None:
            return theme_id.replace("_", " ")
        return self.edition.name({"name": theme.name_en, "name_zh": theme.name_zh})

    def basis(self, sector: dict) -> str:
        """Where a sector's figure comes from: its index, a sector statement, a named ETF, or none."""
        basis = sector["basis"]
        kind = basis["kind"]
        if kind == "index":
            return self._("index: %(name)s") % {"name": self.edition.name(basis)}
        if kind == "via":
            return self._("via %(name)s (%(code)s)") % {"name": self.edition.name(basis), "code": basis["code"]}
        if kind == "sector":
            return self._("stated for the sector")
        return self._("no figure stated for the sector")


def _compiled_templates() -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates, in a folder of the user's own under the temporary directory: a daily
    run then skips parsing and compiling the same templates again (a tenth of a second or more). A template's
    source is checked against its cached code, and files are replaced atomically; none when no such folder can
    be made."""
    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@cache
def environment(template_dir: Path | None = None, language: str = "en", number_style: str = "") -> jinja2.Environment:
    """The Jinja environment of one edition: a user's template folder first (file by file), then the
    defaults; gettext from the edition's catalog, and filters that write in its language."""
    folders = [str(template_dir)] if template_dir else []
    folders.append(str(data_dir("templates")))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=jinja2.select_autoescape(["html", "html.j2", "css", "xml.j2"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
        bytecode_cache=_compiled_templates(),
    )
    edition = Edition.of(language, number_style)
    env.install_gettext_translations(translations(edition.locale), newstyle=True)
    words = Words(edition)
    env.globals.update(font_stack_markup=jinja2.utils.markupsafe.Markup(CSS_FONT_STACK), edition=edition,
                       count=edition.count, plural_text=edition.ngettext)
    env.filters.update(
        pct=fmt_pct, number=edition.number, feed_html=feed_html, when=fmt_when, is_web_url=is_web_url,
        qualifier=words.qualifier, amount=edition.quantity, name=edition.name, date=edition.date,
        short_date=edition.short_date, month=edition.month, script=edition.script, paren=edition.paren,
        unit=edition.unit, price=words.price,
        stated=stated_figure,
        moment=lambda q: moment(q, edition), built=edition.built, theme_name=words.theme_name,
        streak=words.streak, metric=lambda m: edition.label(METRIC_LABELS, m), basis=words.basis,
        market=lambda m: edition.label(MARKET_NAMES, m), catalyst=lambda t: edition.label(CATALYST_LABELS, t),
        trend=lambda t: edition.label(TREND_LABELS, t), note=lambda n: edition.label(NOTES, n),
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
    parts = [brief.headline, brief.points, brief.summary, brief.indices, brief.sectors, brief.movers, brief.flows,
             brief.commodities, brief.themes, brief.catalysts, [{"evidence": v["evidence"]} for c in conflicts for v in c["shown"]]]
    shown = _cited_ids(parts)
    evidence = [(ident, brief.evidence[ident]) for ident in sorted(shown, key=lambda i: int(i[1:]))]
    cited_articles = {entry["article"] for _, entry in evidence}
    sources = [s for s in brief.sources if s["id"] in cited_articles]
    return {"conflicts": conflicts, "conflicts_more": max(0, len(brief.conflicts) - CONFLICTS_SHOWN),
            "evidence": evidence, "sources": sources, "sources_more": len(brief.sources) - len(sources)}


FRONT_INDICES = 9  # the front page must stay one page; a day with more has them all in the details
FRONT_SECTORS = 3
FRONT_MOVERS = 6
FRONT_FLOWS = 6
EMAIL_CHARTS = ("indices", "heatmap", "sectors", "movers")  # the first two of these the day has


def front_view(brief: Brief) -> dict:
    """What the front page shows besides the headline, key points and indices: the leading and lagging
    sectors (stated figures, and sectors the articles say led without one), the largest movers and the
    market-wide turnover, flows and breadth; ``evidence`` lists the ids all of it cites."""
    # the same selection the key points make (imported here: the render worker needs no pandas)
    from briefs.aggregate.points import largest_movers, leading_and_lagging

    leading, lagging = leading_and_lagging(brief.sectors, FRONT_SECTORS)
    said = [s for s in brief.sectors if s.get("leader") and not s.get("figure")][:2]
    sectors = sorted(leading + lagging, key=lambda s: -s["move"])
    sectors[len(leading):len(leading)] = said  # between the gainers and the losers
    movers = largest_movers(brief.movers, FRONT_MOVERS)
    movers.sort(key=lambda i: -i["pct_change"]["value"])
    flows = [f for f in brief.flows if f["kind"] == "market"][:FRONT_FLOWS]
    indices = brief.indices[:FRONT_INDICES]
    cited = _cited_ids([brief.headline, brief.points, indices, sectors, movers, flows])
    return {"indices": indices, "indices_more": len(brief.indices) - len(indices), "sectors": sectors,
            "movers": movers, "flows": flows,
            "evidence": [(i, brief.evidence[i]) for i in sorted(cited, key=lambda i: int(i[1:]))]}


def desk_of(config=None) -> dict:
    """Who sends the brief, from config: name, contact, disclaimer line, site url, unsubscribe address."""
    if config is None:
        return {"name": "", "contact": "", "disclaimer": "", "site_url": "", "unsubscribe": ""}
    return {"name": config.desk_name, "contact": config.desk_contact, "disclaimer": config.disclaimer,
            "site_url": config.site_url, "unsubscribe": config.email_unsubscribe}


def _context(brief: Brief, charts: list[Chart], mode: str, convention: str | None, desk: dict | None) -> dict:
    return {"brief": brief, "charts": charts, "mode": mode, "colours": palette(brief.market, convention),
            "font_stack": jinja2.utils.markupsafe.Markup(CSS_FONT_STACK), "view": page_view(brief),
            "front": front_view(brief), "desk": desk or desk_of()}


def render_html(brief: Brief, charts: list[Chart], mode: str = "web", *, convention: str | None = None,
                template_dir: Path | None = None, number_style: str = "", desk: dict | None = None) -> str:
    """The brief as one self-contained HTML page for ``web`` or ``pdf``, in its language."""
    if mode not in ("web", "pdf"):
        raise ValueError(f"unknown mode {mode!r}")
    template = environment(template_dir, brief.language, number_style).get_template("brief.html.j2")
    return template.render(_context(brief, charts, mode, convention, desk))


def email_charts(charts: list[Chart]) -> list[Chart]:
    """The (at most two) charts the newsletter carries."""
    by_name = {c.name: c for c in charts}
    return [by_name[name] for name in EMAIL_CHARTS if name in by_name][:2]


def render_email(brief: Brief, charts: list[Chart], *, convention: str | None = None,
                 template_dir: Path | None = None, number_style: str = "", desk: dict | None = None) -> str:
    """The newsletter's HTML part: the front page, two charts by Content-ID and a link to the full brief."""
    template = environment(template_dir, brief.language, number_style).get_template("email.html.j2")
    return template.render(_context(brief, email_charts(charts), "email", convention, desk))


def render_text(brief: Brief, *, template_dir: Path | None = None, number_style: str = "",
                desk: dict | None = None) -> str:
    """The newsletter's plain-text part: the front page's figures, their sources and the link."""
    env = environment(template_dir, brief.language, number_style)
    return env.get_template("brief.txt.j2").render(_context(brief, [], "text", None, desk))


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
