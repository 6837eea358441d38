"""Stage 1, load: every input form becomes ``Article`` records.

``load_articles`` takes files, directories (read recursively) and globs, picks a
reader by suffix or, when the suffix says nothing, by sniffing the content, and
warns (naming file and line) about whatever it has to skip.
"""
from __future__ import annotations

import glob
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from briefs.errors import InputError, warn
from briefs.load.jsonl import load_json
from briefs.load.textdump import load_text_dump
from briefs.records import Article

SUFFIXES = {".json": "json", ".jsonl": "json", ".ndjson": "json", ".txt": "text", ".text": "text"}


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


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    return "json" if head in ("{", "[") else "text"


def read_text(path: Path) -> str | None:
    """The file's text, or None (with a warning) for an empty, binary or unreadable file."""
    try:
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


def load_file(path: Path, tz: ZoneInfo, day: date | None) -> list[Article]:
    """The articles of one file, whatever its format."""
    text = read_text(path)
    if text is None:
        return []
    kind = SUFFIXES.get(path.suffix.lower()) or _sniff(text)
    if kind == "json" and _sniff(text) != "json":
        kind = "text"  # the suffix lies: a .json file holding a text dump
    if kind == "json":
        return load_json(path, text, tz, day)
    return load_text_dump(path, text, tz, day)


def load_articles(patterns: list[str], tz: ZoneInfo, day: date | None = None) -> list[Article]:
    """Load every article from the inputs; articles with the same id are kept once."""
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in expand_inputs(patterns):
        for article in load_file(path, tz, day):
            if article.id in seen:
                warn(article.origin, f"same article as {seen[article.id]}, kept once")
                continue
            seen[article.id] = article.origin
            articles.append(article)
    return articles
