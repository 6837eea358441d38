"""Stage 1, load: every input form becomes ``Article`` records.

``load_articles`` takes files, directories (read recursively) and globs, picks a
reader by sniffing the content (the suffix only breaks ties: suffixes lie), warns
(naming file and line) about whatever it has to skip, and merges duplicates.

Formats: JSON array / JSONL of parsed articles (``jsonl``), raw text dumps
(``textdump``), HTML pages (``html``), RSS and Atom feeds (``feeds``).
"""
from __future__ import annotations

import glob
import re
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from briefs.errors import InputError, warn
from briefs.load.dedupe import DEFAULT_THRESHOLD, deduplicate
from briefs.load.jsonl import load_json
from briefs.load.textdump import load_text_dump
from briefs.records import Article

SUFFIXES = {".json": "json", ".jsonl": "json", ".ndjson": "json", ".txt": "text", ".text": "text",
            ".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "feed", ".atom": "feed", ".xml": "feed"}
MAX_FILE_BYTES = 16 * 1024 * 1024  # a day's file larger than this is not a feed we understand


def expand_inputs(patterns: list[str]) -> list[Path]:
    """Files named by paths, directories (recursively) and globs, sorted, each once.

    A pattern that matches nothing is an error: a cron run must not quietly build
    an empty day because a feed folder moved.
    """
    found: list[Path] = []
    for pattern in patterns:
        path = Path(pattern).expanduser()
        if path.is_dir():
            matches = [p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith(".")]
        elif path.is_file():
            matches = [path]
        else:
            matches = [Path(p) for p in sorted(glob.glob(str(path), recursive=True)) if Path(p).is_file()]
        if not matches:
            raise InputError(f"no input file matches {pattern!r}")
        found.extend(matches)
    seen: set[Path] = set()
    unique = []
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


_PROLOG = re.compile(r"\s*(?:<\?xml[^>]*\?>|<!DOCTYPE[^>\[]*>|<!--)", re.IGNORECASE)
_ROOT = re.compile(r"\s*<(?P<name>[A-Za-z][\w:.-]*)")
_HTML_ROOTS = {"html", "head", "body", "div", "p", "article", "section", "main", "span", "table", "meta", "title",
               "header", "nav", "a", "h1", "h2", "ul"}
_CLOSING_TAG = re.compile(r"</(?:html|head|body|div|p|span|article|section|title|a|li|td|h[1-6])>", re.IGNORECASE)


def _root_element(text: str) -> str | None:
    """The name of the first element after any XML declaration, doctype and comments (linear)."""
    at = 0
    while True:
        m = _PROLOG.match(text, at)
        if not m:
            break
        if m.group(0).rstrip().endswith("<!--"):
            close = text.find("-->", m.end())
            if close < 0:
                return None
            at = close + 3
        else:
            at = m.end()
    root = _ROOT.match(text, at)
    return root["name"].lower() if root else None


def sniff(text: str) -> str:
    """The format the content shows: json, feed, html or text.

    Markup is recognised by its root element (after any prolog and comments, however long)
    or by real closing tags, never by a first "<": an AASTOCKS title such as "<H Shrs>HSI
    Tumbles" opens a text dump.
    """
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start in ("{", "["):
        return "json"
    if start == "<":
        root = _root_element(text.lstrip("\ufeff"))
        if root in ("rss", "feed", "rdf:rdf"):
            return "feed"
        if root in _HTML_ROOTS or re.match(r"\s*<!DOCTYPE\s+html", text, re.I) or _CLOSING_TAG.search(text[:65536]):
            return "html"
    return "text"


def choose_format(path: Path, text: str) -> str:
    """The suffix's format when the content agrees with it, else the content's (suffixes lie)."""
    claimed = SUFFIXES.get(path.suffix.lower())
    seen = sniff(text)
    if claimed == "html" and seen == "feed":
        return "html"  # an HTML page may mention <feed>; trust the suffix
    return claimed if claimed == seen else seen


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str | None:
    """The file's text, or None (with a warning) for an empty, binary, huge or unreadable file."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            warn(str(path), f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; skipped")
            return None
        data = path.read_bytes()
    except OSError as exc:
        warn(str(path), f"cannot be read, skipped: {exc.strerror}")
        return None
    if not data.strip():
        warn(str(path), "empty file, skipped")
        return None
    if b"\x00" in data[:8192]:
        warn(str(path), "binary file, skipped")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warn(f"{path}:{line}", "invalid UTF-8, undecodable bytes replaced")
        return data.decode("utf-8", errors="replace")


def load_file(path: Path, tz: ZoneInfo, day: date | None, max_bytes: int = MAX_FILE_BYTES) -> list[Article]:
    """The articles of one file, whatever its format."""
    text = read_text(path, max_bytes)
    if text is None:
        return []
    kind = choose_format(path, text)
    if kind == "json":
        return load_json(path, text, tz, day)
    if kind == "html":
        from briefs.load.html import load_html

        return load_html(path, text, tz, day)
    if kind == "feed":
        from briefs.load.feeds import load_feed

        return load_feed(path, text, tz, day)
    return load_text_dump(path, text, tz, day)


def load_articles(patterns: list[str], tz: ZoneInfo, day: date | None = None, *,
                  dedupe_threshold: float = DEFAULT_THRESHOLD, max_bytes: int = MAX_FILE_BYTES) -> list[Article]:
    """Load every article from the inputs, duplicates merged into one story each."""
    articles: list[Article] = []
    for path in expand_inputs(patterns):
        articles.extend(load_file(path, tz, day, max_bytes))
    return deduplicate(articles, dedupe_threshold)
