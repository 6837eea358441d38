"""Stage 1, load: every input form becomes ``Article`` records.

``load_articles`` takes files, directories (read recursively) and globs, picks a
reader by sniffing the content (the suffix only breaks ties: suffixes lie), warns
(naming file and line) about whatever it has to skip, and merges duplicates.

Formats: JSON array / JSONL of parsed articles (``jsonl``), raw text dumps
(``textdump``), HTML pages (``html``), RSS and Atom feeds (``feeds``).
"""
from __future__ import annotations

import codecs
import fnmatch
import glob
import os
import re
from datetime import date
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from briefs.errors import InputError, warn
from briefs.load.clean import MARKUP
from briefs.load.dedupe import DEFAULT_THRESHOLD, deduplicate
from briefs.load.jsonl import load_json
from briefs.load.textdump import load_text_dump
from briefs.records import Article

SUFFIXES = {".json": "json", ".jsonl": "json", ".ndjson": "json", ".txt": "text", ".text": "text",
            ".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "feed", ".atom": "feed", ".xml": "feed"}
MAX_FILE_BYTES = 16 * 1024 * 1024  # a day's file larger than this is not a feed we understand


def _walk(folder: Path) -> list[Path]:
    """The files below ``folder``, sorted, without following links to directories (``self -> .`` would never
    end); a subfolder that cannot be read is named in a warning."""
    found: list[Path] = []

    def complain(error: OSError) -> None:
        warn(str(error.filename or folder), f"folder cannot be read, skipped: {error.strerror}")

    for root, dirs, files in os.walk(folder, onerror=complain, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in sorted(files) if not name.startswith("."))
    return sorted(p for p in found if p.is_file())


def _glob_deep(pattern: Path) -> list[str]:
    """A ``**`` glob evaluated by walking without following directory links."""
    text = str(pattern)
    head = text.split("**", 1)[0] or "."
    base = Path(head)
    while not base.is_dir() and base != base.parent:
        base = base.parent
    return [str(p) for p in _walk(base) if fnmatch.fnmatch(str(p), text) or
            fnmatch.fnmatch(str(p), text.replace("**/", ""))]


def expand_inputs(patterns: list[str]) -> list[Path]:
    """Files named by paths, directories (recursively) and globs, sorted, each once.

    A pattern that matches nothing is an error: a cron run must not quietly build
    an empty day because a feed folder moved.
    """
    found: list[Path] = []
    for pattern in patterns:
        path = Path(pattern).expanduser()
        if path.is_dir():
            matches = _walk(path)
        elif path.is_file():
            matches = [path]
        else:
            matches = []
            for found_path in sorted(glob.glob(str(path))) if "**" not in str(path) else _glob_deep(path):
                candidate = Path(found_path)
                if candidate.is_file():
                    matches.append(candidate)
                elif candidate.is_dir() and "**" not in str(path) and not candidate.is_symlink():
                    matches.extend(_walk(candidate))
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
        if root in _HTML_ROOTS or re.match(r"\s*<!DOCTYPE\s+html", text, re.I) or MARKUP.search(text[:65536]):
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
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # a byte-order mark says the encoding (UTF-16 text is full of NULs)
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                warn(str(path), f"invalid {encoding.upper()} after its byte-order mark, skipped")
                return None
    if b"\x00" in data[:8192]:
        warn(str(path), "binary file, skipped")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:  # GB18030 covers GBK and GB2312, the encodings Chinese feeds use when not UTF-8
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        line = data[:first_bad].count(b"\n") + 1
        warn(f"{path}:{line}", "invalid UTF-8, undecodable bytes replaced")
        return data.decode("utf-8", errors="replace")
    warn(str(path), "not UTF-8; read as GB18030 (GBK)")
    return text


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
                  dedupe_threshold: float = DEFAULT_THRESHOLD, max_bytes: int = MAX_FILE_BYTES,
                  keep: Callable[[list[Article]], list[Article]] | None = None) -> list[Article]:
    """Load every article from the inputs, duplicates merged into one story each.

    ``keep`` (the day's filter) runs before de-duplication, so today's repost of yesterday's
    story is not merged into the copy the filter then drops.
    """
    articles: list[Article] = []
    for path in expand_inputs(patterns):
        articles.extend(clean for clean in map(sanitize, load_file(path, tz, day, max_bytes)) if clean is not None)
    if keep is not None:
        articles = keep(articles)
    return deduplicate(articles, dedupe_threshold)


# control characters other than tab and line breaks, and lone surrogates, which no output can carry
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def sanitize(article: Article) -> Article | None:
    """The article without control characters or lone surrogates, with a warning naming it when it had any;
    None when nothing of its body is left."""
    fields = {name: getattr(article, name) for name in ("title", "outlet", "url", "body")}
    dirty = [name for name, value in fields.items() if _UNPRINTABLE.search(value)]
    if not dirty:
        return article
    warn(article.origin, f"control characters removed from the {', '.join(dirty)}")
    cleaned = replace(article, **{name: _UNPRINTABLE.sub(lambda m: "\ufffd" if "\ud800" <= m.group(0) <= "\udfff"
                                                         else "", fields[name]) for name in dirty})
    if not cleaned.body.strip():
        warn(article.origin, "nothing but control characters in the body, skipped")
        return None
    return cleaned
