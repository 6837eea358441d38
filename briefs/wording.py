"""How a stated figure is written: its value with the marks of its moment and its bound.

"over 8%" is written ">+8%", never "+8.00%"; "nearly 9%" is "≈+9%"; an intraday figure says so.
The headline (``aggregate.narrative``) and the templates (``render``) write figures through here,
so a bound never reads as an exact number anywhere.
"""
from __future__ import annotations

BOUND_MARKS = {"at_least": (">", "<"), "about": ("≈", "≈"), "at_most": ("<", ">"),
               "intraday_high": ("", ""), "intraday_low": ("", "")}
MOMENT_LABELS = {"intraday": "intraday", "intraday_high": "intraday high", "intraday_low": "intraday low",
                 "open": "at the open", "limit_up": "limit up", "limit_down": "limit down",
                 "previous_session": "previous session", "weekly": "week", "monthly": "month", "ytd": "year to date"}


def stated_move(value: float, qualifier: str = "") -> str:
    """A percentage move as stated: "+0.04%", ">+8%" (over 8%), "≈-9%" (nearly 9%)."""
    marks = BOUND_MARKS.get(qualifier)
    if marks and qualifier in ("at_least", "about", "at_most"):
        mark = marks[0] if value >= 0 else marks[1]
        return f"{mark}{value:+g}%"
    return f"{value:+.2f}%"


def moment(qualifier: str) -> str:
    """What a qualifier says of when the figure holds ("intraday"), or "" for a close or a bound."""
    if qualifier.startswith("streak:"):
        return f"{qualifier.split(':', 1)[1]} sessions"
    if qualifier.startswith("intraday:"):
        return f"intraday, {qualifier.split(':', 1)[1]}"
    return MOMENT_LABELS.get(qualifier, "")
