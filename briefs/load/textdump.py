"""Raw text dumps: search-result pages holding many articles, or one article with loose metadata.

Two shapes are recognised (see ``../shared/corpus/seeds``):

* a results page: ``title`` / ``Outlet· YYYY-MM-DD HH:MM`` / ``one-paragraph body`` repeated,
  where an article may lack its outlet line;
* a single article: a title line, optional short outlet and date lines (a date may
  have no year: ``09/12``) or one outlet-and-time line ("财联社 2024-02-28 11:33",
  "Reuters | Shanghai | Updated: 06-09-2021 14:45 IST"), then the body; or a body with no title at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from briefs.errors import warn
from briefs.load.clean import clean_body, is_furniture, is_page_end
from briefs.load.dates import parse_dateline, parse_published
from briefs.records import Article, article_id, detect_language

OUTLET_LINE = re.compile(r"^(?P<outlet>[^·]{1,80}?)\s*·\s*(?P<when>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")
DATE_LINE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d{2})?$"
)
# an outlet with a date that names no year: "财联社 11-12 15:02", "Deep News · 09/12" (the year is the day's being built)
OUTLET_YEARLESS = re.compile(r"^(?P<outlet>[^\d·|｜]{1,38}?)\s*[·|｜]?\s*(?P<when>\d{1,2}[/\-]\d{1,2}(?:\s+\d{1,2}:\d{2})?|"
                             r"\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?)$")
TITLE_MAX = 150  # longer lines are body text, never a title
OUTLET_MAX = 40
DATELINE_MAX = 120  # an outlet-and-time line may name its authors: "By A and B, Reuters · Nov 11, 2025 4:25 PM ET"


@dataclass
class _Draft:
    line: int
    title: str = ""
    outlet: str = ""
    when: str = ""
    published: datetime | None = None  # read from an outlet-and-time line ("财联社 2024-02-28 11:33")
    body: list[str] = field(default_factory=list)


def _content_lines(text: str) -> list[tuple[int, str]]:
    """Numbered non-empty lines, without the page header (``Workflow`` ... ``Search documents``)."""
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)]
    lines = [(n, line) for n, line in lines if line]
    head = [line.lower() for _, line in lines[:6]]
    if "search documents" in head:
        lines = lines[head.index("search documents") + 1:]
    elif head and head[0] == "workflow":
        lines = lines[1:]
    return lines


def _split_results_page(lines: list[tuple[int, str]]) -> list[_Draft]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for lineno, line in lines:
        meta = OUTLET_LINE.match(line)
        if meta:
            if current is not None and not current.body and not current.outlet:
                current.outlet, current.when = meta["outlet"].strip(), meta["when"]
            else:
                current = _Draft(lineno, outlet=meta["outlet"].strip(), when=meta["when"])
                drafts.append(current)
            continue
        if current is None or (current.body and len(line) <= TITLE_MAX):
            current = _Draft(lineno, title=line)
            drafts.append(current)
        else:
            # the line after a title (or its outlet line) is the body, however short;
            # a long line after a body continues it
            current.body.append(line)
    return drafts


def _split_single(lines: list[tuple[int, str]], text: str, tz: ZoneInfo) -> list[_Draft]:
    if not lines:
        return []
    first_no, first = lines[0]
    draft = _Draft(first_no)
    rest = lines
    followed_by_meta = len(lines) > 1 and len(lines[1][1]) <= OUTLET_MAX
    if len(lines) > 1 and (len(first) <= TITLE_MAX or (followed_by_meta and len(first) <= 2 * TITLE_MAX)):
        draft.title = first
        rest = lines[1:]
        # up to two short metadata lines: an outlet and a date, in either order
        for _ in range(2):
            if len(rest) < 2:
                break  # the last line is the body, never metadata
            _, line = rest[0]
            dateline = parse_dateline(line, tz) if len(line) <= DATELINE_MAX and not draft.when and \
                draft.published is None and not re.search(r"[.。!！?？]$", line) and not DATE_LINE.match(line) else None
            if dateline is not None:  # "CGTN · 02:14, June 29, 2018", "AAStocks Financial News | 2025-07-04 12:10"
                draft.outlet = draft.outlet or dateline[0]
                draft.published = dateline[1]
            elif DATE_LINE.match(line) and not draft.when:
                draft.when = line
            elif (yearless := OUTLET_YEARLESS.match(line)) and not draft.when and not draft.outlet and \
                    draft.published is None:
                draft.outlet, draft.when = yearless["outlet"].strip(), yearless["when"]
            elif len(line) <= OUTLET_MAX and not draft.outlet and not re.search(r"[.。!！?？:：]$", line):
                draft.outlet = line
            else:
                break
            rest = rest[1:]
    if rest:
        # keep the body's own paragraph breaks: slice the original text from its first line
        start = rest[0][0]
        draft.body = ["\n".join(text.splitlines()[start - 1:])]
    return [draft]


def _year_from_text(body: str) -> date | None:
    """For a date written without a year and no day being built: the year the text names most."""
    years = re.findall(r"(?<!\d)(20\d\d)(?!\d)", body)
    if not years:
        return None
    return date(int(max(set(years), key=lambda y: (years.count(y), y))), 1, 1)


def load_text_dump(path: Path, text: str, tz: ZoneInfo, day: date | None) -> list[Article]:
    """Every article found in a raw text dump; articles that cannot be completed warn."""
    lines = []
    for number, line in _content_lines(text):
        if is_page_end(line):
            break
        if not is_furniture(line):
            lines.append((number, line))
    outlet_lines = [i for i, (_, line) in enumerate(lines) if OUTLET_LINE.match(line)]
    # a results page lists several articles, each with its outlet line; one such line right under the first line is
    # one article's dateline ("The Standard · 2026-11-17 16:40"), its paragraphs all its body
    if outlet_lines and outlet_lines != [1]:
        drafts = _split_results_page(lines)
    else:
        drafts = _split_single(lines, text, tz)
    articles = []
    for draft in drafts:
        origin = f"{path}:{draft.line}"
        body = clean_body("\n".join(draft.body))
        if not body:
            warn(origin, f"article {draft.title[:40]!r} has no body, skipped")
            continue
        published: datetime | None = draft.published
        if draft.when:
            try:
                published = parse_published(draft.when, tz, day or _year_from_text(body))
            except ValueError as exc:
                warn(origin, f"unparseable date, kept without a time: {exc}")
        articles.append(
            Article(
                id=article_id("", draft.outlet, draft.title, published, body),
                title=draft.title,
                outlet=draft.outlet,
                published=published,
                url="",
                language=detect_language(draft.title + "\n" + body),
                body=body,
                origin=origin,
            )
        )
    return articles
