"""The whole pipeline for one day: load, extract, aggregate, charts, render, write.

``build_day`` is what ``briefs build`` runs; it takes a checked ``Config`` and the
build time (injected, so the output is deterministic) and returns the paths written.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from briefs.config import Config
from briefs.errors import InputError

log = logging.getLogger("briefs")


@dataclass
class BuildResult:
    """What a build wrote: the day's folder and each output file."""

    day: date
    folder: Path
    files: list[Path]
    entry: dict | None = None  # what the archive keeps of the day (headline, themes, instruments)


def build_time() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def input_patterns(config: Config, day: date) -> list[str]:
    """The configured inputs with ``{date}`` filled in."""
    return [pattern.replace("{date}", day.isoformat()) for pattern in config.inputs]


def sample_day() -> tuple[date, list[str]]:
    """The bundled sample day: its date (the folder's name) and its folder."""
    from briefs.resources import sample_day_dir

    folders = sorted(p for p in sample_day_dir().iterdir() if p.is_dir())
    if not folders:
        raise InputError("the bundled sample day is missing from this installation")
    return date.fromisoformat(folders[-1].name), [str(folders[-1])]


def resolve_day(config: Config, day: date | None) -> date:
    """The day to build: the one given; else the sample's date when no input is configured; else today
    in the market's timezone."""
    if day is not None:
        return day
    if not config.inputs:
        return sample_day()[0]
    return datetime.now(config.tz).date()


def articles_of_day(articles: list, day: date, config: Config, dated_by_path: bool = False) -> list:
    """Articles published on ``day`` in the market's timezone.

    An article with no time at all joins the day only when its file was given for that day (an
    input pattern with ``{date}``, or the bundled sample's folder) or when ``undated = "include"``;
    otherwise it is left out with a warning: an undated article must not join every day.
    """
    undated = [a for a in articles if a.published is None]
    take_undated = dated_by_path or config.undated == "include"
    kept = [a for a in articles if a.published is not None and a.published.astimezone(config.tz).date() == day]
    if take_undated:
        kept = [a for a in articles if a.published is None or a in kept]
    elif undated:
        log.warning("%d article(s) with no publication time left out (%s); give inputs by date with {date} "
                    "or set undated = \"include\"", len(undated), ", ".join(a.origin for a in undated[:3]))
    dated = len(articles) - len(undated)
    other_days = dated - sum(1 for a in kept if a.published is not None)
    if other_days:  # a warning, so that --strict and the run's output say it
        log.warning("%d of %d articles were published on other days than %s in %s and were left out",
                    other_days, len(articles), day, config.tz.key)
    return kept


def load_config_articles(patterns: list[str], config: Config, day: date | None, keep=None) -> list:
    """``load_articles`` with the configuration's timezone, size limit and duplicate threshold."""
    from briefs.load import load_articles

    return load_articles(patterns, config.tz, day, dedupe_threshold=config.dedupe_threshold,
                         max_bytes=int(config.max_file_mb * 1024 * 1024), keep=keep)


def build_day(config: Config, day: date | None, generated: datetime,
              before_write: Callable[[], None] | None = None) -> BuildResult:
    """Build one day's brief into ``config.out/<date>/``.

    ``before_write`` runs once the brief is known and before anything is written:
    the CLI uses it to stop a ``--strict`` run that has seen warnings.
    """
    renderer = Renderer(config)  # first: it warms up while this process imports and reads the day
    store = None
    try:
        from briefs.aggregate import aggregate
        from briefs.aggregate.trends import History
        from briefs.archive import day_entry
        from briefs.extract import extract_facts
        from briefs.extract.reference import load_reference
        from briefs.store import Store

        day = resolve_day(config, day)
        if config.inputs:
            patterns = input_patterns(config, day)
            by_date = any("{date}" in pattern for pattern in config.inputs)
        else:
            sample_date, patterns = sample_day()
            if day != sample_date:
                raise InputError(f"no input is configured, and the bundled sample is {sample_date}, not {day}: "
                                 f"give --input (or inputs in the config) for {day}")
            by_date = True
        # the day first, then duplicates: today's repost of yesterday's story stays
        articles = load_config_articles(patterns, config, day,
                                        keep=lambda found: articles_of_day(found, day, config, by_date))
        if not articles:
            raise InputError(f"no valid article for {day} in {', '.join(patterns)}")
        ref = load_reference()
        facts = extract_facts(articles, ref, day)
        store = Store(config.history_path) if config.history_path else None
        history = History.load(store, config.market, day.isoformat()) if store else History()
        brief, kept = aggregate(day, articles, facts, ref, market=config.market, language=config.language,
                                title=config.title, generated=generated.isoformat(), history=history)
        renderer.begin("charts", brief)
        brief_json = brief.to_json()  # while the charts are drawn
        charts = renderer.end()
        result = _write(config, day, brief, brief_json, charts, generated, before_write, renderer)
        result.entry = day_entry(brief.to_dict())
        if store is not None:  # after the outputs: a run that dies before leaves the day to be rebuilt
            store.save_day(config.market, day.isoformat(), generated.isoformat(), brief_json, kept,
                           brief.sectors, brief.themes)
    finally:
        renderer.close()
        if store is not None:
            store.close()
    return result


class Renderer:
    """Charts and PDF, in the render worker when configured and available, else in this process.

    A job is started with ``begin`` and collected with ``end``, so this process can do other
    work while the worker renders; without a worker, ``end`` does the work here.
    """

    def __init__(self, config: Config):
        self.config = config
        self.worker = None
        self.job: tuple = ()
        if config.render_worker:
            from briefs.worker import RenderWorker

            try:
                self.worker = RenderWorker()
            except OSError as exc:
                log.info("render worker not started (%s); rendering here", exc)

    def begin(self, kind: str, *args) -> None:
        """Start ``charts`` (brief) or ``pdf`` (html, assets)."""
        self.job = (kind, *args)
        if self.worker is not None:
            try:
                if kind == "charts":
                    self.worker.submit("charts", args[0].to_dict(), self.config.colours)
                else:
                    self.worker.submit("pdf", args[0], args[1], self.config.pdf_variant)
                return
            except OSError as exc:
                self._lost(exc)

    def end(self):
        """The result of the job started last."""
        if self.worker is not None:
            try:
                return self.worker.result()
            except (EOFError, OSError) as exc:
                self._lost(exc)
        from briefs.charts import make_charts
        from briefs.render import render_pdf

        kind, *args = self.job
        if kind == "charts":
            return make_charts(args[0], self.config.colours)
        return render_pdf(args[0], args[1], self.config.pdf_variant)

    def _lost(self, exc: BaseException) -> None:
        log.info("render worker lost (%s); rendering here", exc)
        self.worker.close()
        self.worker = None

    def close(self) -> None:
        """Stop the worker, if there is one."""
        if self.worker is not None:
            self.worker.close()


def _write(config: Config, day: date, brief, brief_json: str, charts, generated: datetime,
           before_write: Callable[[], None] | None, renderer: Renderer) -> BuildResult:
    """Render every output into a staging folder and swap it into place."""
    from briefs.mail import compose, inline_css
    from briefs.output import DayFolder
    from briefs.render import desk_of, email_charts, render_email, render_html, render_text

    if before_write is not None:
        before_write()

    folder = DayFolder(config.out, day.isoformat())
    files: list[Path] = []
    try:
        for chart in charts:
            files.append(folder.write(f"chart-{chart.name}.svg", chart.svg))
            files.append(folder.write(f"chart-{chart.name}.png", chart.png))
        if "json" in config.formats:
            files.append(folder.write("brief.json", brief_json))
        desk = desk_of(config)
        style = {"convention": config.colours, "template_dir": config.templates, "number_style": config.number_style,
                 "desk": desk}
        if "html" in config.formats:
            files.append(folder.write("brief.html", render_html(brief, charts, "web", **style)))
        want_pdf = "pdf" in config.formats or ("eml" in config.formats and config.email_attach_pdf)
        if want_pdf:
            page = render_html(brief, charts, "pdf", **style)
            renderer.begin("pdf", page, {f"chart-{c.name}.png": c.png for c in charts})
        if "eml" in config.formats:  # rendered while the PDF is
            email_html = inline_css(render_email(brief, charts, **style))
            text = render_text(brief, template_dir=config.templates, number_style=config.number_style, desk=desk)
        pdf = renderer.end() if want_pdf else None
        if "pdf" in config.formats:
            files.append(folder.write("brief.pdf", pdf))
        if "eml" in config.formats:
            message = compose(brief, email_html, text, email_charts(charts),
                              sender=config.email_from, recipients=list(config.email_to), sent=generated,
                              pdf=pdf if config.email_attach_pdf else None, unsubscribe=config.email_unsubscribe)
            files.append(folder.write("brief.eml", message.as_bytes()))
        if before_write is not None:
            before_write()  # again: rendering may have warned (WeasyPrint); decide before anything is replaced
        folder.commit()
    except BaseException:
        folder.discard()
        raise
    return BuildResult(day, folder.target, files)
