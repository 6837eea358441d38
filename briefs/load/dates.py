"""Publication times in the forms feeds use, made timezone-aware."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

_FULL = re.compile(
    r"^(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"
    r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)
_NO_YEAR = re.compile(r"^(?P<m>\d{1,2})[/\-月](?P<d>\d{1,2})日?(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?$")


def parse_published(value: object, tz: ZoneInfo, day: date | None = None) -> datetime:
    """Parse a publication time; naive times are taken in ``tz``.

    Accepts ISO 8601 (with or without offset), ``YYYY-MM-DD HH:MM``, ``YYYY/MM/DD``,
    Chinese ``YYYY年M月D日``, a Unix timestamp, and ``MM/DD`` with no year, which
    takes the year of ``day`` (the day being built). Raises ValueError otherwise.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
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
        parsed = _parse_loose(text, day)
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
