"""RSS and Atom feeds: each entry an Article."""
from __future__ import annotations

import calendar
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from briefs.errors import warn
from briefs.load.clean import clean_body, html_to_text
from briefs.load.dates import parse_published
from briefs.records import Article, article_id, detect_language


def _entry_time(entry, tz: ZoneInfo, day: date | None) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:  # feedparser gives UTC struct_time
            return datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc)
    for key in ("published", "updated"):
        if entry.get(key):
            try:
                return parse_published(entry[key], tz, day)
            except ValueError:
                return None
    return None


def load_feed(path: Path, text: str, tz: ZoneInfo, day: date | None) -> list[Article]:
    """Every entry of an RSS or Atom feed that has text."""
    import feedparser

    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        warn(str(path), f"feed could not be parsed, skipped: {parsed.get('bozo_exception')}")
        return []
    outlet_default = html_to_text(parsed.feed.get("title", "")).strip()
    articles = []
    for number, entry in enumerate(parsed.entries, start=1):
        origin = f"{path}#{number}"
        content = entry.get("content")
        raw = content[0].get("value", "") if content else entry.get("summary", "")
        body = clean_body(html_to_text(raw))
        title = entry.get("title", "")
        if entry.get("title_detail", {}).get("type") == "text/html":
            title = html_to_text(title)  # the feed says its title is markup: keep its text
        title = title.strip()
        if not body:
            warn(origin, f"feed entry {title[:40]!r} has no text, skipped")
            continue
        source = entry.get("source") or {}
        outlet = html_to_text(source.get("title", "")).strip() or outlet_default
        url = (entry.get("link") or "").strip()
        published = _entry_time(entry, tz, day)
        if published is None and (entry.get("published") or entry.get("updated")):
            warn(origin, "unparseable date, kept without a time")
        articles.append(Article(
            id=article_id(url, outlet, title, published, body), title=title, outlet=outlet, published=published,
            url=url, language=detect_language(title + "\n" + body), body=body, origin=origin,
        ))
    return articles
