"""JSON and JSONL files of parsed articles (the schema is in the README)."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from briefs.errors import warn
from briefs.load.clean import MARKUP, clean_body, html_to_text
from briefs.records import Article, article_id, detect_language

# Accepted spellings of each field, first one canonical.
ALIASES = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site", "media"),
    "published": ("published", "date", "time", "published_at", "pubDate", "datetime", "publish_time",
                  "published_time", "pub_date", "timestamp"),
    "url": ("url", "link"),
    # (a summary or a description when a record has no body: the feed's own text, shorter)
    "body": ("body", "content", "text", "article", "summary", "description"),
    "id": ("id",),
}


def read_json_records(path: Path, text: str) -> list[tuple[str, object]]:
    """Split a JSON array or JSONL text into (origin, record) pairs; bad lines warn."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return _array_elements(path, text)
        except RecursionError:
            warn(str(path), "JSON nested too deeply, file skipped")
            return []
        if not isinstance(data, list):
            return [(f"{path}#1", data)]
        return [(f"{path}#{i + 1}", rec) for i, rec in enumerate(data)]
    try:  # one pretty-printed object rather than JSON Lines
        single = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        single = None
    if isinstance(single, dict):
        return [(f"{path}#1", single)]
    records = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((f"{path}:{lineno}", json.loads(line)))
        except json.JSONDecodeError as exc:
            warn(f"{path}:{lineno}", f"malformed JSON, line skipped: {exc.msg}")
        except RecursionError:
            warn(f"{path}:{lineno}", "JSON nested too deeply, line skipped")
    return records


_NEXT_ELEMENT = re.compile(r"[}\]]\s*,\s*(?=[{\[])|\n\s*(?=\{)")


def _array_elements(path: Path, text: str) -> list[tuple[str, object]]:
    """The good elements of a JSON array one of whose elements is malformed: each bad one is warned about
    (file and line) and skipped, as a bad line of JSON Lines is."""
    decoder = json.JSONDecoder()
    records: list[tuple[str, object]] = []
    at = text.index("[") + 1
    number = 0
    while at < len(text):
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        if at >= len(text) or text[at] == "]":
            break
        number += 1
        try:
            record, at = decoder.raw_decode(text, at)
            records.append((f"{path}#{number}", record))
        except (json.JSONDecodeError, RecursionError) as exc:
            line = text.count("\n", 0, getattr(exc, "pos", at)) + 1
            warn(f"{path}:{line}", f"malformed element {number} of a JSON array, skipped: {getattr(exc, 'msg', exc)}")
            follow = _NEXT_ELEMENT.search(text, getattr(exc, "pos", at) + 1)
            if follow is None:
                break
            at = follow.end()
    return records


def _field(record: dict, name: str) -> object:
    for key in ALIASES[name]:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def article_from_record(origin: str, record: object, tz: ZoneInfo, day: date | None) -> Article | None:
    """Validate one parsed-article record; None (with a warning) when it is unusable."""
    from briefs.load.dates import parse_published

    if not isinstance(record, dict):
        warn(origin, "record is not a JSON object, skipped")
        return None
    body = _field(record, "body")
    if not isinstance(body, str) or not body.strip():
        warn(origin, "record has no body, skipped")
        return None
    texts = {}
    for name in ("title", "outlet", "url"):
        value = _field(record, name)
        if value is not None and not isinstance(value, str):
            warn(origin, f"field {name!r} is not a string, ignored")
            value = None
        texts[name] = (value or "").strip()
    published = None
    raw_time = _field(record, "published")
    if raw_time is not None:
        try:
            published = parse_published(raw_time, tz, day)
        except ValueError as exc:
            warn(origin, f"unparseable date, kept without a time: {exc}")
    # a feed may deliver its body as HTML ("<p>…</p><ul><li>…</li></ul>"): its paragraphs and items are sentences,
    # its tags and entities no part of them
    body_text = clean_body(html_to_text(body) if MARKUP.search(body) else body)
    ident = _field(record, "id")
    if not isinstance(ident, str) or not ident.strip():
        ident = article_id(texts["url"], texts["outlet"], texts["title"], published, body_text)
    return Article(
        id=ident.strip(),
        title=texts["title"],
        outlet=texts["outlet"],
        published=published,
        url=texts["url"],
        language=detect_language(texts["title"] + "\n" + body_text),
        body=body_text,
        origin=origin,
    )


def load_json(path: Path, text: str, tz: ZoneInfo, day: date | None) -> list[Article]:
    """Every valid article of a JSON array or JSONL file."""
    articles = []
    for origin, record in read_json_records(path, text):
        article = article_from_record(origin, record, tz, day)
        if article is not None:
            articles.append(article)
    return articles
