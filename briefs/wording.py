"""How a stated figure is written: its value with the marks of its moment and its bound.

"over 8%" is written ">+8%", never "+8.00%"; "nearly 9%" is "≈+9%"; an intraday figure says so.
The headline (``aggregate.narrative``), the charts and the templates (``render``) write figures
through here, so a bound never reads as an exact number anywhere, in any language.
"""
from __future__ import annotations

from briefs.edition import N_, Edition, N_plural

BOUND_MARKS = {"at_least": (">", "<"), "about": ("≈", "≈"), "at_most": ("<", ">"),
               "intraday_high": ("", ""), "intraday_low": ("", "")}
MOMENT_LABELS = {"intraday": N_("intraday"), "intraday_high": N_("intraday high"),
                 "intraday_low": N_("intraday low"), "open": N_("at the open"), "limit_up": N_("limit up"),
                 "limit_down": N_("limit down"), "previous_session": N_("previous session"),
                 "weekly": N_("week"), "monthly": N_("month"), "quarterly": N_("quarter"), "ytd": N_("year to date"),
                 "yearly": N_("12 months"), "earlier": N_("an earlier day"),
                 "extended": N_("extended hours")}
# a span of several weeks, months or years ("months:3"), singular and plural
_SPAN_WORDS = {"weeks": N_plural("%(num)s week", "%(num)s weeks"), "months": N_plural("%(num)s month", "%(num)s months"),
               "years": N_plural("%(num)s year", "%(num)s years")}
# how a Chinese sentence says a move with its bound: 涨逾8%, 跌约9%
ZH_BOUNDS = {"at_least": "逾", "about": "约", "at_most": "不足"}
ENGLISH = Edition()


def bound_of(qualifier: str) -> str:
    """The bound a qualifier carries: "at_least" for "over 8%", also from a bounded session extreme
    ("intraday_high:at_least", "盘中最高涨超5%"); "" for an exact figure."""
    bound = qualifier.rpartition(":")[2]  # "intraday:at_least": "盘中涨超5%"; "weekly:at_least", "streak:5:about"
    return bound if bound in ZH_BOUNDS else ""


def bound_mark(value: float, qualifier: str) -> str:
    """The mark a bound puts before its figure: ">" for "over" (and "<" for a fall of over), "≈" for
    "nearly", "" for an exact figure."""
    bound = bound_of(qualifier)
    if not bound:
        return ""
    marks = BOUND_MARKS[bound]
    return marks[0] if value >= 0 else marks[1]


def stated_move(value: float, qualifier: str = "") -> str:
    """A percentage move as stated: "+0.04%", ">+8%" (over 8%), "≈-9%" (nearly 9%)."""
    mark = bound_mark(value, qualifier)
    return f"{mark}{value:+g}%" if mark else f"{value:+.2f}%"


def moment(qualifier: str, edition: Edition = ENGLISH) -> str:
    """What a qualifier says of when the figure holds ("intraday", "盘中"), or "" for a close or a bound."""
    _ = edition.gettext
    if bound_of(qualifier) and ":" in qualifier:  # "weekly:at_least": the bound is in the figure's mark
        qualifier = qualifier.rpartition(":")[0]
    if qualifier.startswith("streak:"):
        days = int(qualifier.split(":", 1)[1])
        return edition.ngettext("%(num)s session", "%(num)s sessions", days) % {"num": days}
    if qualifier.startswith(("weeks:", "months:", "years:")):  # a span of several: "3 months", "近3个月"
        unit, count = qualifier.split(":")[:2]
        return edition.ngettext(*_SPAN_WORDS[unit], int(count)) % {"num": int(count)}
    if qualifier.startswith("intraday:") and qualifier[9:10].isdigit():  # "intraday:14:00", not "intraday:at_least"
        return _("intraday, %(time)s") % {"time": qualifier[9:]}
    if qualifier.startswith("intraday:"):
        return _("intraday")  # a bounded intraday figure: the bound is in its mark
    label = MOMENT_LABELS.get(qualifier.split(":")[0] if qualifier.startswith("intraday_") else qualifier)
    return _(label) if label else ""


def said_figure(fig: dict, edition: Edition = ENGLISH) -> str:
    """A figure of the Brief as its sentence says it (``said_move``); a limit move on an assumed board
    ("board": "assumed") says "limit up" with no number, as its sentence does."""
    if fig.get("board") == "assumed":
        return moment(fig["qualifier"], edition)
    return said_move(fig["value"], fig["qualifier"], edition)


def stated_figure(fig: dict) -> str:
    """A figure's number as stated (``stated_move``), or nothing for a limit move on an assumed board."""
    return "" if fig.get("board") == "assumed" else stated_move(fig["value"], fig.get("qualifier", ""))


def said_move(value: float, qualifier: str, edition: Edition = ENGLISH) -> str:
    """A move as a sentence says it, with its moment: "+0.04%", "+1.92% (intraday)"; in Chinese
    the verb carries the sign: "涨0.04%", "涨逾8%", "跌1.20%（盘中）"."""
    when = moment(qualifier, edition)
    if edition.chinese:
        verb = "涨" if value > 0 else "跌" if value < 0 else "平"
        bound = bound_of(qualifier)
        figure = f"{abs(value):g}%" if bound else f"{abs(value):.2f}%"
        text = verb + ZH_BOUNDS.get(bound, "") + (figure if value else "")
        return edition.script(text) + (f"（{when}）" if when else "")
    return stated_move(value, qualifier) + (f" ({when})" if when else "")
