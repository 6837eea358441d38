"""Stage 6, publish: the static archive in the output folder.

    OUT/index.html         days by month, newest first, each with its headline
    OUT/<date>/brief.html  the day's page, with links to the archive, search, previous and next day
    OUT/feed.xml           Atom feed of the latest days
    OUT/sitemap.xml        every page
    OUT/search.html        search over headlines, themes and instruments, from static files:
    OUT/search-index.json  the index (for tools) and search-index.js (the same, for the page,
                           since browsers will not fetch JSON from disk), search.js

Links are relative, so the folder can be served from any path or opened from disk.
Adding a day rewrites the archive-wide files and the navigation of that day and its
two neighbours only; ``archive.json`` caches what the archive knows of each day.
Every file is replaced atomically.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from itertools import groupby
from pathlib import Path

from briefs.edition import Edition, traditional_script
from briefs.output import write_atomic
from briefs.render import environment
from briefs.resources import data_dir
from briefs.wording import moment, stated_move

STATE = "archive.json"
FEED_DAYS = 30
NAV = re.compile(r"<!--briefs:nav-->.*?<!--/briefs:nav-->", re.DOTALL)
DAY_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _names(entry: dict) -> list[str]:
    """Every name a reader may search an entry by: English, Chinese (simplified and traditional),
    as the article wrote it, and its code."""
    zh = entry.get("name_zh", "")
    return [entry.get("name", ""), zh, traditional_script(zh), entry.get("subject", ""),
            entry.get("code", "")]


def _named(brief: dict):
    """Every index, ETF, stock and sector the day's brief names, with the move it states (or None)."""
    movers = brief.get("movers", {})
    for index in brief.get("indices", []):
        yield index, index.get("pct_change")
    for group in ("etfs", "stocks"):
        for side in ("up", "down"):
            for item in movers.get(group, {}).get(side, []):
                yield item, item["pct_change"]
    for item in movers.get("limit_up", []) + movers.get("limit_down", []):
        yield item, item["pct_change"]
    for sector in brief.get("sectors", []):
        yield sector, sector.get("figure")
        for item in sector.get("top", []):
            yield item, item["pct_change"]


def _moves(brief: dict) -> list[dict]:
    """Each instrument, index and sector with a stated move that day: every name it may be searched by,
    and its move as the page writes it ("+13.67% (intraday)"), for the search results."""
    edition = Edition.of(brief.get("language", "en"))
    found: dict[str, dict] = {}
    for entry, fig in _named(brief):
        key = entry.get("code") or entry.get("sector") or entry.get("name", "")
        if key in found or not fig:
            continue
        when = moment(fig["qualifier"], edition)
        found[key] = {"names": list(dict.fromkeys(n for n in _names(entry) if n)), "name": edition.name(entry),
                      "move": stated_move(fig["value"], fig["qualifier"])
                      + ((" " if not edition.chinese else "") + edition.paren(when) if when else "")}
    return list(found.values())


def day_entry(brief: dict) -> dict:
    """What the archive keeps of a day: its headline and key points (for the index and the feed), its
    themes and instruments (for search), and the stated moves that search results show."""
    instruments = [name for entry, _ in _named(brief) for name in _names(entry)]
    themes = [name for t in brief.get("themes", []) for name in (t["name"], t.get("name_zh", ""))]
    return {
        "date": brief["date"], "market": brief["market"], "title": brief["title"],
        "generated": brief["generated"], "headline": brief["headline"]["text"],
        "points": [p["text"] for p in brief.get("points", [])],
        "themes": [t for t in themes if t], "instruments": list(dict.fromkeys(i for i in instruments if i)),
        "moves": _moves(brief),
    }


def nav_html(prev: str | None, next_: str | None, language: str = "en") -> str:
    """The navigation fragment of a day page, between its markers."""
    body = environment(language=language).get_template("nav.html.j2").render(prev=prev, next=next_).strip()
    return f"<!--briefs:nav-->{body}<!--/briefs:nav-->"


def _read_state(out: Path) -> dict[str, dict] | None:
    try:
        return json.loads((out / STATE).read_text(encoding="utf-8"))["days"]
    except (OSError, ValueError, KeyError):
        return None


def _scan(out: Path, entries: dict[str, dict] | None = None) -> dict[str, dict]:
    days = {}
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and DAY_FOLDER.match(p.name)):
        if entries and folder.name in entries:  # a day in memory is not read back from its (possibly large) brief.json
            days[folder.name] = entries[folder.name]
            continue
        try:
            days[folder.name] = day_entry(json.loads((folder / "brief.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError):
            continue  # a day without a readable brief.json is not (yet) part of the archive
    return days


def _patch_nav(out: Path, day: str, ordered: list[str], language: str) -> None:
    page = out / day / "brief.html"
    if not page.is_file():
        return
    position = ordered.index(day)
    prev = ordered[position - 1] if position > 0 else None
    next_ = ordered[position + 1] if position + 1 < len(ordered) else None
    html = page.read_text(encoding="utf-8")
    patched = NAV.sub(lambda _: nav_html(prev, next_, language), html)  # the top and the bottom one
    if patched != html:
        write_atomic(page, patched)


def _write_site(out: Path, days: dict[str, dict], title: str, base: str, language: str) -> None:
    env = environment(language=language)
    title = title or env.globals["edition"].gettext("Market Brief")
    newest_first = sorted(days.values(), key=lambda e: e["date"], reverse=True)
    months = [(month, list(entries)) for month, entries in groupby(newest_first, key=lambda e: e["date"][:7])]
    font_stack = env.globals.get("font_stack_markup")
    write_atomic(out / "index.html", env.get_template("index.html.j2").render(
        title=title, days=newest_first, months=months, font_stack=font_stack))
    write_atomic(out / "search.html", env.get_template("search.html.j2").render(title=title, font_stack=font_stack))
    index = [{k: e.get(k, []) for k in ("date", "market", "headline", "themes", "instruments", "moves")}
             for e in newest_first]
    payload = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    write_atomic(out / "search-index.json", payload + "\n")
    # "</" cannot close the script: the payload is JSON, escaped for a script element
    write_atomic(out / "search-index.js", "window.BRIEFS_INDEX = " + payload.replace("</", "<\\/") + ";\n")
    write_atomic(out / "search.js", (data_dir("templates") / "search.js").read_text(encoding="utf-8"))
    latest = newest_first[:FEED_DAYS]
    feed_id = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "briefs"
    write_atomic(out / "feed.xml", env.get_template("feed.xml.j2").render(
        title=title, feed_id=feed_id, entries=latest, base=base,
        updated=max((e["generated"] for e in latest), default="1970-01-01T00:00:00+00:00")))
    if newest_first:  # a stable address for the newest day: latest/ on a server, latest.html from disk
        newest = newest_first[0]["date"]
        redirect = env.get_template("latest.html.j2")
        write_atomic(out / "latest.html", redirect.render(title=title, target=f"{newest}/brief.html"))
        (out / "latest").mkdir(exist_ok=True)
        write_atomic(out / "latest" / "index.html", redirect.render(title=title, target=f"../{newest}/brief.html"))
    write_atomic(out / "sitemap.xml", env.get_template("sitemap.xml.j2").render(entries=newest_first, base=base))
    write_atomic(out / STATE, json.dumps({"days": days}, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def update_archive(out: Path, days: Iterable[date] = (), *, title: str = "", base: str = "",
                   rebuild: bool = False, entries: dict[str, dict] | None = None, language: str = "en") -> list[str]:
    """Bring the archive up to date after ``days`` were built (or rebuild it all); returns the days listed.

    The archive's pages are in ``language``; an empty ``title`` is that language's "Market Brief".

    ``base`` prefixes the feed's and sitemap's links (a site url); empty keeps them relative.
    ``entries`` holds ``day_entry`` of days the caller has in memory, so their (possibly large)
    brief.json is not read back.
    """
    entries = entries or {}
    out.mkdir(parents=True, exist_ok=True)
    known = None if rebuild else _read_state(out)
    if known is None:
        known, touched = _scan(out, None if rebuild else entries), None
    else:
        touched = set()
        for day in days:
            stamp = day.isoformat()
            brief = out / stamp / "brief.json"
            if stamp in entries:
                known[stamp] = entries[stamp]
                touched.add(stamp)
            elif brief.is_file():
                known[stamp] = day_entry(json.loads(brief.read_text(encoding="utf-8")))
                touched.add(stamp)
        known = {d: e for d, e in known.items() if (out / d).is_dir()}
    ordered = sorted(known)
    if touched is None:
        pages = ordered
    else:
        pages = set()
        for stamp in touched:
            i = ordered.index(stamp)
            pages.update(ordered[max(0, i - 1):i + 2])
    for day in sorted(pages):
        _patch_nav(out, day, ordered, language)
    _write_site(out, known, title, base, language)
    return ordered
