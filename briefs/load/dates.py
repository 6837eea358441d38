"""Publication times in the forms feeds use, made timezone-aware."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

_FULL = re.compile(
    r"^(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"
    r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)
_NO_YEAR = re.compile(r"^(?P<m>\d{1,2})[/\-月](?P<d>\d{1,2})日?(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?$")


def parse_published(value: object, tz: ZoneInfo, day: date | None = None) -> datetime:
    """Parse a publication time; naive times are taken in ``tz``.

    Accepts ISO 8601 (with or without offset), ``YYYY-MM-DD HH:MM``, ``YYYY/MM/DD``,
    Chinese ``YYYY年M月D日``, a Unix timestamp (in seconds or milliseconds), the forms of an
    outlet-and-time line ("Mar 12, 2026 4:30 PM ET"), and ``MM/DD`` with no year, which
    takes the year of ``day`` (the day being built). Raises ValueError otherwise.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if abs(value) >= 1e11:  # milliseconds, as JavaScript feeds write them (1e11 seconds is the year 5138)
            value = value / 1000
        try:
            stamp = datetime.fromtimestamp(value, timezone.utc).astimezone(tz)
        except (OverflowError, OSError, ValueError):
            raise ValueError(f"timestamp out of range: {value!r}") from None
        if not 1900 <= stamp.year <= 2200:
            raise ValueError(f"implausible timestamp: {value!r}")
        return stamp
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = _parse_loose(text, day)
        except ValueError:
            # "Mar 12, 2026 4:30 PM", "12 March 2026 16:30 HKT": the forms an outlet-and-time line takes
            line = parse_dateline(text, tz)
            if line is None:
                raise
            parsed = line[1]
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    if not 1900 <= parsed.year <= 2200:
        raise ValueError(f"implausible year {parsed.year}: {text!r}")  # year 1 or 9999 overflow in zone arithmetic
    return parsed


def _parse_loose(text: str, day: date | None) -> datetime:
    match = _FULL.match(text)
    year = None
    if match:
        year = int(match["y"])
    else:
        match = _NO_YEAR.match(text)
        if match is None:
            raise ValueError(f"unrecognised date: {text!r}")
        if day is None:
            raise ValueError(f"date without a year and no day to take it from: {text!r}")
        year = day.year
    hour = int(match["H"]) if match["H"] else 0
    minute = int(match["M"]) if match["M"] else 0
    second = int(match.groupdict().get("S") or 0)
    return datetime(year, int(match["m"]), int(match["d"]), hour, minute, second)


# month names and their three-letter forms (and "sept"), as datelines and sentences write them
MONTHS = {name: number for number, full in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1) for name in (full, full[:3])} | {"sept": 9}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# the date of an outlet-and-time line, in the orders outlets write it
_LINE_DATES = [
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.I),  # June 29, 2018 / Jan 26 2022
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+{_MONTH}\s+(?P<y>\d{{4}})\b", re.I),  # 29 June 2018
    re.compile(r"(?<!\d)(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})(?!\d)"),  # 06-09-2021: day first
]
_LINE_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# ("16:05:00": seconds may follow, and are dropped)
_LINE_TIME = re.compile(r"(?<![\d:])(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?(?![\d:])(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?", re.I)
_LINE_ZONES = [
    (re.compile(r"\b(?:ET|EST|EDT)\b"), "America/New_York"), (re.compile(r"\bIST\b"), "Asia/Kolkata"),
    (re.compile(r"\bHKT\b"), "Asia/Hong_Kong"), (re.compile(r"\b(?:BJT|CST)\b|北京时间"), "Asia/Shanghai"),
    (re.compile(r"\bJST\b"), "Asia/Tokyo"), (re.compile(r"\b(?:UTC|GMT)\b(?![+-])"), "UTC"),
]
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s?(?P<sign>[+-])(?P<h>\d{1,2})\b")
# (a label before the time names no outlet: "Published: 12 Mar 2026 17:45 HKT", "发布时间：2026-03-12 15:20")
_LINE_PARTS = re.compile(r"\s*(?:[·|｜,，]|\s{2,}|\bat\b|\b(?:Last updated|Updated|Published|Posted)\s*:|"
                         r"(?:发布|更新)(?:时间|于)\s*[:：]?)\s*", re.I)


def parse_dateline(line: str, tz: ZoneInfo) -> tuple[str, datetime] | None:
    """The outlet and publication time of an outlet-and-time line, or None when the line holds no date.

    Reads the forms outlets print under a title: "CGTN · 02:14, June 29, 2018", "财联社 2024-02-28 11:33",
    "Reuters | Shanghai | Updated: 06-09-2021 14:45 IST", "By A and B, Reuters · Nov 11, 2025 4:25 PM ET",
    "经济参考报｜2022年04月20日", "CNBC, Jan 26 2022". A time zone named in the line (ET, IST, GMT+8) wins
    over ``tz``. A line with a date but no time gives midnight, which ``has_time`` tells apart.
    """
    iso = _LINE_ISO.search(line)
    if iso is not None and len(line) <= 160:  # "Reuters · 2026-03-12T16:05:00+08:00": the time and its offset as written
        try:
            when = datetime.fromisoformat(iso.group(0).replace("Z", "+00:00"))
        except ValueError:
            when = None
        if when is not None:
            rest = line[:iso.start()] + "  " + line[iso.end():]
            parts = [p.strip() for p in _LINE_PARTS.split(rest) if p and p.strip()]
            outlet = next((p for p in parts if not p.lower().startswith("by ")), "")
            return _SOURCE_WORD.sub("", outlet.removeprefix("By ")).strip(), \
                when if when.tzinfo is not None else when.replace(tzinfo=tz)
    found = None
    for pattern in _LINE_DATES:
        found = pattern.search(line)
        if found:
            break
    if found is None or len(line) > 160:
        return None
    month = int(found["m"]) if "m" in found.groupdict() and found["m"] else MONTHS[found["mon"].lower()]
    rest = line[:found.start()] + "  " + line[found.end():]
    clock = _LINE_TIME.search(rest)
    hour = minute = 0
    if clock:
        hour, minute = int(clock["H"]), int(clock["M"])
        if clock["ampm"] and clock["ampm"].lower() == "p" and hour < 12:
            hour += 12
        elif clock["ampm"] and clock["ampm"].lower() == "a" and hour == 12:
            hour = 0
        rest = rest[:clock.start()] + "  " + rest[clock.end():]
    zone = tz
    offset = _GMT_OFFSET.search(rest)
    if offset:
        hours = int(offset["h"]) * (-1 if offset["sign"] == "-" else 1)
        zone = timezone(timedelta(hours=hours))
        rest = rest[:offset.start()] + "  " + rest[offset.end():]
    else:
        for pattern, name in _LINE_ZONES:
            named = pattern.search(rest)
            if named:
                zone = ZoneInfo(name)
                rest = rest[:named.start()] + "  " + rest[named.end():]
                break
    try:
        when = datetime(int(found["y"]), month, int(found["d"]), hour, minute, tzinfo=zone)
    except ValueError:
        return None
    # (a weekday is no outlet: "Thursday, March 12, 2026 - 16:05")
    parts = [p.strip() for p in _LINE_PARTS.split(rest)
             if p and re.search(r"\w", p) and p.strip(" -–").lower() not in _WEEKDAYS]
    outlet = next((p for p in parts if not p.lower().startswith("by ")), parts[0] if parts else "")
    return _SOURCE_WORD.sub("", outlet.removeprefix("By ")).strip(), when


_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
                       "wed", "thu", "thur", "thurs", "fri", "sat", "sun"))
_SOURCE_WORD = re.compile(r"^(?:来源|來源|Source)\s*[:：]\s*", re.I)


def has_time(published: datetime | None) -> bool:
    """False for a publication known only by its date (read as midnight where it was written)."""
    return published is not None and (published.hour, published.minute, published.second) != (0, 0, 0)
