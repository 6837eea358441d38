"""The command line: thin click commands over the library.

Heavy libraries (pandas, matplotlib, WeasyPrint) are imported inside the commands
that need them, so ``briefs --help`` starts fast.
"""
from __future__ import annotations

import logging
from pathlib import Path

import click

from briefs import __version__
from briefs.errors import BriefsError


class _CountingHandler(logging.Handler):
    """Prints warnings as one line each (unless quiet) and counts them for ``--strict``."""

    def __init__(self, quiet: bool = False) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.quiet = quiet

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if not self.quiet or getattr(record, "always", False):
            click.echo(f"warning: {record.getMessage()}", err=True)


def _install_warnings(quiet: bool = False) -> _CountingHandler:
    """A fresh counting handler on the loggers whose warnings concern the user's inputs."""
    handler = _CountingHandler(quiet)
    for name in ("briefs", "weasyprint", "fontTools"):
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if isinstance(h, _CountingHandler)]:
            logger.removeHandler(old)  # one per run, also when commands run in one process (tests)
        logger.addHandler(handler)
    return handler


class StrictFailure(BriefsError):
    """Warnings occurred under ``--strict``."""

    exit_code = 1


def _config(config_path: Path | None, **flags):
    """The configuration, with the flags the user gave (None: not given) overriding it."""
    from briefs.config import load_config

    return load_config(config_path, flags={key: value for key, value in flags.items() if value is not None})


def _check_strict(config, warnings: _CountingHandler, consequence: str = "") -> None:
    """Fail (exit 1) when a ``--strict`` run has seen warnings."""
    if config.strict and warnings.count:
        raise StrictFailure(f"{warnings.count} warning(s) under --strict{consequence}")


class _Group(click.Group):
    """The command group: a file system that refuses a write (read-only, full) is one line and exit 8."""

    def invoke(self, ctx: click.Context):
        from briefs.errors import OutputError

        try:
            return super().invoke(ctx)
        except OSError as exc:
            where = exc.filename or "the output folder"
            raise OutputError(f"cannot write {where}: {exc.strerror or exc}") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefs")
def main() -> None:
    """briefs: a daily market brief from one trading day's news articles.

    Every figure in a brief is quoted from a sentence of an article, and the brief
    shows which. Run `briefs build` to build a day; with no inputs configured it
    builds the bundled sample day.
    """


@main.command()
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Trading day to build, YYYY-MM-DD. Default: the sample day's date when no input is "
                   "configured, else today in the market's timezone.")
@click.option("--input", "inputs", multiple=True, metavar="PATH",
              help="Input file, folder or glob; repeat for several. {date} is replaced by the day. "
                   "Overrides `inputs` from the config.")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Output folder; the brief goes to OUT/<date>/ and joins the archive in OUT. Default: out.")
@click.option("--format", "formats", metavar="LIST", default=None,
              help="Comma-separated outputs among html,pdf,eml,json. Default: all four.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Config file. Default: ./briefs.toml when present.")
@click.option("--strict/--no-strict", default=None,
              help="Fail (exit 1) when any input gives a warning, instead of skipping it.")
@click.option("--quiet/--no-quiet", default=None,
              help="Print nothing when the run succeeds (for cron, which mails any output).")
@click.option("--force", is_flag=True, help="Build even if the market is closed that day.")
def build(day, inputs, out, formats, config_path, strict, quiet, force) -> None:
    """Build one day's brief: HTML, PDF, email (.eml) and brief.json, and add it to the archive.

    Prints the path of every file written. A day the market is closed is skipped with a
    message and exit 0 (unless --force). Exit codes: 1 warnings under --strict,
    2 configuration error, 3 input error (no articles), 4 render error, 6 another run
    holds the output folder.
    """
    from briefs.daily import run_day
    from briefs.lock import folder_lock

    config = _config(config_path, inputs=list(inputs) or None, out=out, formats=formats, strict=strict, quiet=quiet)
    warnings = _install_warnings(config.quiet)

    def stop_if_strict() -> None:
        _check_strict(config, warnings, "; nothing was written")

    with folder_lock(config.out, config.lock_wait):
        outcome = run_day(config, day.date() if day else None, force, before_write=stop_if_strict)
    if outcome.status == "skipped":
        if not config.quiet:
            click.echo(outcome.reason)
        return
    # warnings after the brief was committed (the archive's update) still fail the run, and say so
    _check_strict(config, warnings, f"; the brief for {outcome.day} was written" if getattr(outcome, "day", None)
                  else "")
    if not config.quiet:
        for path in outcome.files:
            click.echo(str(path))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object per article; table: one line per article.")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The day being built: gives the year to dates written without one (09/16).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Config file (timezone, duplicate threshold). Default: ./briefs.toml.")
@click.option("--strict/--no-strict", default=None, help="Exit 1 when any input gives a warning.")
def articles(paths, fmt, day, config_path, strict) -> None:
    """Print the articles that PATHS (files, folders, globs) hold, as `build` reads them.

    Duplicates are merged into one record whose `duplicates` lists the other copies;
    `published` is ISO 8601. Warnings name the file and line of every skipped item.
    """
    import json

    from briefs.build import load_config_articles

    warnings = _install_warnings()
    config = _config(config_path, strict=strict)
    found = load_config_articles(list(paths), config, day.date() if day else None)
    if not found:
        from briefs.errors import InputError

        raise InputError(f"no valid article in {', '.join(paths)}")  # exit 3, as `build` does
    for article in found:
        if fmt == "jsonl":
            click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        else:
            when = article.published.strftime("%Y-%m-%d %H:%M") if article.published else "-"
            extra = f" (+{len(article.duplicates)} copies)" if article.duplicates else ""
            click.echo(f"{when:16}  {article.language:5}  {(article.outlet or '-')[:20]:20}  "
                       f"{(article.title or article.body)[:60]}{extra}")
    _check_strict(config, warnings)


FACT_KEYS = ("article", "subject", "code", "market", "kind", "metric", "value", "unit", "qualifier", "evidence")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object per fact; csv: a header and one row per fact; table: aligned text.")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The day being built: sentences dated to other days give no fact, and dates "
                   "without a year take its year.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Config file (timezone, duplicate threshold). Default: ./briefs.toml.")
@click.option("--strict/--no-strict", default=None, help="Exit 1 when any input gives a warning.")
def facts(paths, fmt, day, config_path, strict) -> None:
    """Print the facts read from the articles PATHS hold, with the same loaders as `build`.

    Each fact has exactly these fields: article, subject, code, market, kind, metric,
    value (a number), unit, qualifier and evidence (the sentence it was read from).
    """
    import csv
    import io
    import json

    from briefs.build import load_config_articles
    from briefs.extract import extract_facts

    warnings = _install_warnings()
    config = _config(config_path, strict=strict)
    found = extract_facts(load_config_articles(list(paths), config, day.date() if day else None),
                          day=day.date() if day else None)
    rows = [fact.to_dict() for fact in found]  # exactly FACT_KEYS, in that order
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FACT_KEYS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(f"{'subject':28}  {'code':12}  {'metric':13}  {'value':>18} {'unit':17}  qualifier")
        for row in rows:
            click.echo(f"{row['subject'][:28]:28}  {row['code'] or '-':12}  {row['metric']:13}  "
                       f"{row['value']:>18,.2f} {row['unit']:17}  {row['qualifier'] or '-'}")
    _check_strict(config, warnings)


@main.command()
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), required=True,
              help="The built day to send: OUT/<date>/brief.eml.")
@click.option("--to", "recipients", multiple=True, metavar="ADDR",
              help="Recipient; repeat for several. Default: email.to from the config.")
@click.option("--out", type=click.Path(file_okay=False), default=None, help="Output folder. Default: out.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Config file (smtp.* and email.* keys). Default: ./briefs.toml.")
def send(day, recipients, out, config_path) -> None:
    """Send a built brief by SMTP, retrying temporary failures with backoff.

    Server, port, security (starttls, ssl or none), user and password come from the
    config's [smtp] table or BRIEFS_SMTP_* variables, never from the command line.
    The message waits in OUT/outbox/ until the server accepts it. Exit code 5 when
    delivery fails.
    """
    from briefs.deliver import send as send_message

    _install_warnings()
    config = _config(config_path, out=out)
    eml = config.out / day.date().isoformat() / "brief.eml"
    sent = send_message(config, eml, list(recipients) or list(config.email_to) or None)
    if sent.attempts == 0:
        click.echo(f"{eml} was delivered to {', '.join(sent.recipients)} already; not sent again")
    else:
        click.echo(f"sent {eml} to {', '.join(sent.recipients)} ({sent.attempts} attempt(s))")


@main.command()
@click.option("--out", type=click.Path(file_okay=False), default=None, help="Output folder. Default: out.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Config file (title, site_url). Default: ./briefs.toml.")
@click.option("--quiet/--no-quiet", default=None, help="Print nothing when the run succeeds.")
def archive(out, config_path, quiet) -> None:
    """Rebuild the static archive in OUT from every built day: index.html, navigation between
    days, feed.xml (Atom), sitemap.xml and the search page."""
    from briefs.archive import update_archive
    from briefs.lock import folder_lock

    config = _config(config_path, out=out, quiet=quiet)
    _install_warnings(config.quiet)
    with folder_lock(config.out, config.lock_wait):
        days = update_archive(config.out, title=config.title, language=config.language, base=config.site_url,
                              rebuild=True)
    if not config.quiet:
        click.echo(f"{config.out / 'index.html'}: {len(days)} days")


class BackfillFailures(BriefsError):
    """Some days of a backfill failed."""

    exit_code = 7


@main.command()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), required=True, help="First day, YYYY-MM-DD.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), required=True, help="Last day, included.")
@click.option("--input", "inputs", multiple=True, metavar="PATH",
              help="Inputs with a {date} placeholder (feeds/{date}/*.jsonl); default: `inputs` from the config.")
@click.option("--out", type=click.Path(file_okay=False), default=None, help="Output folder. Default: out.")
@click.option("--format", "formats", metavar="LIST", default=None, help="Outputs among html,pdf,eml,json.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Parallel processes.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run on a Dask cluster (tcp://host:8786) instead of local processes; needs the dask extra.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Config file. Default: ./briefs.toml.")
@click.option("--force", is_flag=True, help="Build days the market is closed too.")
@click.option("--quiet/--no-quiet", default=None, help="No progress bar or summary on success.")
def backfill(since, until, inputs, out, formats, jobs, scheduler, config_path, force, quiet) -> None:
    """Build every trading day from --since to --until, from inputs laid out by date.

    Shows a progress bar, then a summary of built, skipped and failed days; exits 7 if
    any day failed. In a parallel backfill a day's trends see only the days stored before
    it started; run with --jobs 1 for exact trends.
    """
    from briefs.daily import backfill as run_backfill
    from briefs.daily import days_between
    from briefs.lock import folder_lock

    config = _config(config_path, inputs=list(inputs) or None, out=out, formats=formats, quiet=quiet)
    if not config.inputs:
        raise click.UsageError("backfill needs inputs with a {date} placeholder (--input or `inputs` in the config)")
    _install_warnings(config.quiet)
    days = list(days_between(since.date(), until.date()))
    with folder_lock(config.out, config.lock_wait), \
            click.progressbar(length=len(days), label="backfill", file=None if not config.quiet else _Null(),
                              show_pos=True) as bar:
        outcomes = run_backfill(config, days, jobs, force, scheduler, lambda _: bar.update(1))
    counts = {status: [o for o in outcomes if o.status == status] for status in ("built", "skipped", "failed")}
    if not config.quiet or counts["failed"]:
        click.echo(f"built {len(counts['built'])}, skipped {len(counts['skipped'])}, failed {len(counts['failed'])}",
                   err=bool(counts["failed"]))
        for outcome in counts["failed"]:
            click.echo(f"  {outcome.day}: {outcome.reason}", err=True)
    if counts["failed"]:
        raise BackfillFailures(f"{len(counts['failed'])} day(s) failed")


class _Null:
    """A file that swallows the progress bar in quiet mode."""

    def write(self, _text: str) -> None:
        pass

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False
