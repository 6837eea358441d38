"""HTML pages of articles: trafilatura finds the main text and the metadata."""
from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from briefs.errors import warn
from briefs.load.clean import clean_body
from briefs.load.dates import parse_published
from briefs.records import Article, article_id, detect_language

# full timestamps, which trafilatura reduces to a date. Linear in the page: a tag's scan stops at the next
# "<" (a page of "<meta name=x <meta name=x ..." once took minutes), and attributes are read tag by tag.
_META_TAG = re.compile(r"<meta\b([^<>]{0,2000})>", re.IGNORECASE)
_TIME_NAME = re.compile(r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|"""
                        r"""publishdate|og:published_time|dc\.date)["']""", re.IGNORECASE)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']{1,100})["']""", re.IGNORECASE)


def _time_meta(text: str) -> str | None:
    """The first published-time meta tag's content."""
    for tag in _META_TAG.finditer(text):
        if _TIME_NAME.search(tag.group(1)):
            content = _CONTENT.search(tag.group(1))
            if content:
                return content.group(1)
    return None


def load_html(path: Path, text: str, tz: ZoneInfo, day: date | None) -> list[Article]:
    """The article of one HTML page, or nothing (with a warning) when no main text is found."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its notices are not the user's problem
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, favor_recall=True, include_comments=False)
    except Exception as exc:  # trafilatura fails in many ways on broken markup
        warn(str(path), f"HTML page could not be parsed, skipped: {exc}")
        return []
    if doc is None or not (doc.text or "").strip():
        warn(str(path), "HTML page has no article text, skipped")
        return []
    title = (doc.title or "").strip()
    lines = [line for line in doc.text.splitlines() if line.strip()]
    if lines and lines[0].strip() == title:
        lines = lines[1:]  # the headline repeated as the first line of the text
    body = clean_body("\n\n".join(lines))
    if not body:
        warn(str(path), "HTML page has no article text, skipped")
        return []
    published = None
    stamp = _time_meta(text)
    for candidate in ([stamp] if stamp else []) + ([doc.date] if doc.date else []):
        try:
            published = parse_published(candidate, tz, day)
            break
        except ValueError:
            continue
    url = (doc.url or "").strip()
    outlet = (doc.sitename or doc.hostname or "").strip()
    return [Article(
        id=article_id(url, outlet, title, published, body), title=title, outlet=outlet, published=published,
        url=url, language=detect_language(title + "\n" + body), body=body, origin=f"{path}:1",
    )]
