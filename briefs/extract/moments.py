"""When a figure holds: the close, the open, intraday (with the time when given), a bound, the
session before, or a window longer than the day.

Each sentence's time words are found once (``Cues``) and every figure of the sentence consults
them; a figure takes the nearest statement of its moment, else the article's default (a midday
report, or an article published before the close, reports intraday figures).
"""
from __future__ import annotations

import re

from briefs.extract.grammar import direction_words, not_a_move_spans
from briefs.extract.hints import hint_pattern
from briefs.extract.text import dates_in, is_day, opens_sentence
from briefs.extract.windows import ANY_WINDOW_WORD, opening_window, window_of


_PREVIOUS_SESSION = re.compile(r"(?<![比较於于])(?:昨日|昨天|昨晚|昨夜|前一交易日|上一交易日|前一日|上个交易日|上一个交易日|(?:此|之)?前一个交易日|隔夜|上日|前日)|"
                               r"(?<!than )(?<!from )(?:the (?:previous|prior) session|the (?:previous|prior) day|a day earlier|\byesterday\b|"
                               r"a (?:day|session) before|the day before|"
                               r"on the previous trading day)", re.I)
# the midday break is no close: "截至午间收盘涨6.12%", "午收涨0.5%" are intraday;
# nor is the close a move is measured from ("较前收盘价上涨3.2%")
_NOT_MIDDAY = r"(?<![午较前])(?<!午间|午盘|午市|早市|半日|昨日|上日)"  # (上午 ends in 午)
_SAME_PERIOD = re.compile(r"同期|同一时期|(?:over|in|during) the same period", re.I)
_SAME_PERIOD_AFTER = re.compile(r"\s*,?\s*(?:over|in|during) the same period\b(?!\s+(?:a|last|of))", re.I)  # "fell 2.6% over the same period"
# "fell 2% in the previous session", "rose 1% yesterday": the figure's own words after it
# ("fell 3% a day earlier", "which fell 3% the prior day": the session before, said after its figure)
_PREVIOUS_AFTER = re.compile(r"\s*,?\s*(?:(?:made|posted|recorded|seen|logged)\s+)?"
                             r"(?:(?:(?:in|on|during)\s+)?the\s+(?:previous|prior)\s+(?:session|trading day|day)|"
                             r"a\s+(?:day|session)\s+(?:earlier|before)|the\s+day\s+before|yesterday)\b", re.I)
# ("前一交易日（周四），纳指大涨1.5%": the session before, its day in brackets, opening the sentence)
_PREVIOUS_OPENING = re.compile(r"\W*(?:昨日|昨天|yesterday|(?:前一|上一|上个|(?:此|之)?前一个)交易日)\s*(?:[（(][^）)]{1,12}[）)])?\s*[,，]|"
                               r"\W*(?:隔夜|昨晚|昨夜)|"  # ("昨晚美股三大指数收涨，纳指涨1.2%": last night's session)
                               # "Overnight, the Nasdaq Composite closed down 1.9%": an Asian report's Wall Street session
                               # before (not an American report's "Overnight, the Nikkei …": Tokyo's session of its day)
                               r"\W*(?:On Wall Street\s+overnight|Overnight on Wall Street)\s*,|"
                               r"\W*Overnight\s*,\s*(?=(?:the\s+)?(?:Nasdaq|S&P|Dow|Wall Street|U\.?S\.?\s|US\s|American))", re.I)
_CLOSE_WORDS = re.compile(rf"(?:closed|closes|closing|ended|ends|ending|finished|finishes|finishing|settled|to close|全日|全天|"
                          r"\b(?:finish|settle)|"  # "helped the Nasdaq Composite finish 0.5% higher"
                          rf"{_NOT_MIDDAY}(?:收盘(?!前)|收市(?!前)|收报|收(?![盘市]前)))"
                          rf"(?:\s+the\s+(?:day|session))?\s*(?:up|down)?\s*$|"  # "ended the session 4.1% higher"
                          # "closed at 25,120, down 180 points or 0.7 percent": the close's level, then its move
                          r"\b(?:closed|ended|finished|settled)\s+at\s+[\d,]+(?:\.\d+)?(?:\s+points)?\s*,\s*(?:up|down)?\s*$|"
                          rf"^收|at the close|by the close|{_NOT_MIDDAY}收盘时|截至收盘|to (?:close|end|finish)\b", re.I)
# ("低开低走", "高开低走": how the whole session went from its open, no figure of the open)
_OPEN_WORDS = re.compile(r"(?:opened|opens|opening|at the open)\s*$|^(?:高开|低开)(?![高低]走)|开盘", re.I)
_INTRADAY_WORDS = re.compile(
    r"intraday|盘中|一度|早盘|午盘|午间|午收|半日|上午|早市|中午|in (?:early|late|afternoon|morning|midday) (?:trade|trading|deals)|"
    r"by (?:late )?morning|at midday|midday|morning session|as of \d|截至\d{1,2}[:：]\d{2}|截至午|\d{1,2}:\d{2}|"
    r"in the (?:morning|afternoon)|this (?:morning|afternoon)|午后|下午|尾盘|in (?:its|the) (?:final|last|first) hour|"
    r"\b(?:was|were|is|are) last\b|\blast (?:traded|quoted|seen|changed hands)\b|\blunch(?:time)?\b|\bat last check\b|\bin recent trad(?:e|ing)\b|"
    r"\b(?:is|are) trading (?:higher|lower|up|down)\b|"
    r"\b(?:ahead of|before) the (?:close|closing bell)\b|\b(?:shortly|soon|just) after the (?:open|opening bell)\b|"
    r"currently|still|so far today|最新|目前|收盘前|收市前|开盘(?:后)?(?:半小时|\d+分钟|[一两二三四五六七八九十半]+(?:个)?(?:小时|分钟))|"
    r"\b(?:[01]\d|2[0-3])[0-5]\d\s?GMT\b", re.I)  # "by 0230 GMT": a wire's clock (GMT, not the market's: no hour kept)
# a wire's clock ends its sentence and holds for every figure before it that no other figure or clause stands between:
# "Spot gold was up 0.4% at $2,345.10 per ounce by 0230 GMT"
_GMT_CLOCK = re.compile(r"\d{4}\s?GMT\b")
_OTHER_FIGURE_OR_CLAUSE = re.compile(r"%|;|；|。|,\s*(?:while|and|but|whereas)\b")
_DOT_CLOCK = re.compile(r"\b\d{1,2}\.\d{2}\s?[ap]\.?\s?m\b", re.I)
_OPENING_WINDOW = re.compile(
    r"\W*(?:(?P<ytd>so far this year|year[- ]to[- ]date|this year|since the start of the year|今年以来|年初至今|年初以来|年内)|"
    r"(?P<weekly>this week|so far this week|for the week|本周(?![一二三四五六日末])|上周(?![一二三四五六日末])|近一周|"
    r"全星期|(?:本|今[個个]|这个|這個)星期(?![一二三四五六日天])|[周週]計|[周週]计)|(?P<monthly>this month|so far this month|month[- ]to[- ]date|本月|上月|近一个月|(?:1[0-2]|[1-9])月份?(?![\d日底末初中旬]))|"
    r"(?P<quarterly>this quarter|so far this quarter|本季度|本季))",
    re.I)
_CLOCK = re.compile(r"(?:截至|截止|as of|at)\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*(?P<pm_zh>下午)?(?P<h>[01]?\d|2[0-3])"
                    r"(?:[:：]|\.(?=[0-5]\d\s?[ap]\.?\s?m\b))(?P<m>[0-5]\d)(?!\d)"
                    r"(?:\s*(?P<pm>p\.\s?m\.?|pm\b))?",
                    re.I)
_WEEKDAY = re.compile(r"\b(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday)(?:'s)?\b|(?:周|星期)(?P<zh>[一二三四五])", re.I)
_WEEKDAY_NUMBER = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                   "一": 0, "二": 1, "三": 2, "四": 3, "五": 4}
_LAST_WEEKS_DAY = re.compile(r"\W*(?:上周|上星期)[一二三四五六日]|\W*\blast\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\b", re.I)
_PERIOD_WORD = re.compile(r"区间|期间|累计|累积|\bcumulative(?:ly)?\b|\bover the period\b", re.I)
_OPENING_DAY = re.compile(r"\W*(?:on\s+|last\s+|during\s+|in\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)(?:['’]s)?\b|"
                          r"\W*(?:周|星期)[一二三四五]", re.I)  # "During Tuesday's regular session, ..."
# trading outside the session said as the scene the sentence opens with: "In premarket trading, A rose 1% and B fell 2%"
_OPENING_EXTENDED = re.compile(r"\W*(?:in|during)\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?:premarket|pre-market|after-hours|extended|postmarket|post-market)"
                               r"\s+(?:trading|trade|deals|action|session)\s*,|\W*(?:美股|港股|A股|中概股)?(?:盘前|盘后)(?:交易)?"
                               r"(?:时段|阶段)?[，,]", re.I)  # ("美股盘前，特斯拉涨超2%")
_CLAUSE_END = re.compile(r"[,;，；。]|\s(?:and|while|but|after|before)\s")
# a price or level said right after the figure: "fell 3% to $178.50 after hours" (the "after" is still the figure's)
_PRICE_TAIL = re.compile(r"\s*(?:to|at)\s+(?:HK|US)?\$?\s?[\d.,]+(?:\s*(?:points|yuan|dollars|a share))?")
# after a figure, a day past these words is another event's: "dropped 2.8% ahead of its report on Wednesday"
_DAY_CLAUSE_END = re.compile(r"[,;，；。]|\s(?:and|while|but|after|before|ahead of|following|pending|until|when)\s")
_EXTREME_BEFORE = re.compile(r"(?P<high>最高)\s*$|(?P<low>最低)\s*$|(?P<once>一度|盘中一度|股价一度|曾经|曾)\s*$")  # 曾涨近8%: once
_ONCE_INSIDE = re.compile(r"一度|曾经?(?=[\u4e00-\u9fff]{0,4}\d)")
# "down 1.1% at one point": the session's extreme, said after the figure
_ONCE_AFTER = re.compile(r"\s*(?:at one point|at (?:its|the) (?:session|day's|intraday) (?:low|high|worst|best))\b", re.I)
_OPEN_AFTER = re.compile(r"\s*,?\s*(?:at the open(?:ing bell)?|at the opening|in (?:the )?opening trade)\b", re.I)
# "rose 1.2% to close", "climbed 1.2 per cent to 25,870.35 at the close" (the level it closed at between)
_CLOSE_AFTER = re.compile(r"\s*,?\s*(?:to\s+[\d,]+(?:\.\d+)?(?:\s*points)?\s+)?"
                          r"(?:to (?:close|end|finish|settle)\b|at the close|by the close|on the close)", re.I)
# words that put a figure on one day, against a window the sentence opened or a clause before it spoke of
DAY_WORDS = re.compile(r"周[一二三四五六日]|星期|单日|当日|当天|今日|\btoday\b|\bon (?:Mon|Tues|Wednes|Thurs|Fri)day\b|"
                       r"\bon the day\b|\bin the session\b|\bdaily\b", re.I)
# trading outside the session: "popped nearly 4% in extended trading", "盘后涨5%"; never the day's move
_EXTENDED = re.compile(r"\b(?:extended|after-hours|after hours|post-market|postmarket|premarket|pre-market)\s+"
                       r"(?:trading|trade|deals|session)\b|\b(?:premarket|pre-market|postmarket|post-market|after-hours)\b|"
                       r"\bafter hours\b(?!\s+of\b)|\b(?:after|before) the bell\b|盘前|盘后|夜盘|暗盘", re.I)  # (夜盘: a night session; 暗盘: a new
# listing's grey market the evening before)
_EXTENDED_HINTS = hint_pattern("extended", "after-hours", "after hours", "post-market", "postmarket", "premarket",
                                 "pre-market", "bell", "盘前", "盘后", "夜盘", "暗盘")
# a sentence about the regular session, in a report on trading outside it: "Down 6.2%, Dollar General was the worst
# performer during the regular session", "helped the Nasdaq Composite finish 0.5% higher"
_SESSION_SAID = re.compile(r"\b(?:closed|ended|finished|settled|finish|settle|to close|to end)\b|\bregular (?:session|trading)\b|"
                           r"\bduring the session\b|收盘|收报|收涨|收跌", re.I)


# the time the article was written: "at press time", "截至发稿" (its figures are those of the publication's moment)
_PRESS_TIME = re.compile(r"\bat the time of (?:publication|writing)\b|\bat press time\b|\bas of (?:this )?writing\b|发稿",
                         re.I)


def session_default(view: str, default: str, timed: bool = True) -> str:
    """The moment a figure the sentence gives none holds for: the article's ``default``, except that in a report on
    trading outside the session ("extended") a sentence that speaks of the session's close is the close's, and that
    a figure "at press time" in an article whose time is not known (``timed`` False) is the session's so far (with a
    time, the article's default says which moment the press time was: intraday, or the close after it)."""
    if default == "extended" and _SESSION_SAID.search(view):
        return "close"
    if not default and not timed and ("发稿" in view or "writing" in view or "press" in view or "time of" in view) \
            and _PRESS_TIME.search(view):
        return "intraday"
    return default


# a span between two moments said after the figure: the span's move, no day's
_BETWEEN_AFTER = re.compile(r"\s*,?\s*between\s+[^,;]{2,40}?\s+and\s+", re.I)
# a year opening the sentence: "In 2025, Tencent jumped 30%", "2025年全年，腾讯累计上涨30%"
_YEAR_OPENING = re.compile(r"\W*(?:(?:In|During|For|Throughout|Over)\s+(?P<year>(?:19|20)\d\d)\s*,|"
                           r"(?P<zh>(?:19|20)\d\d)年(?:全年|内|度)?[，,])", re.I)
_YEAR_AFTER = re.compile(r"\s*(?:so far\s+)?(?:in|for)\s+(?P<year>(?:19|20)\d\d)\b|\s*(?:this|so far this) year", re.I)


class Cues:
    """The words of one sentence that every figure in it consults, each kind found once.

    Made only for a sentence with a figure to read, so every kind is found at once: plain
    attributes are the cheapest thing the hottest path can read."""

    def __init__(self, view: str) -> None:
        self.view = view
        self.lowered = lowered = view.lower()
        # a word a weekly, monthly, year-to-date or streak figure needs
        self.window: bool = bool(ANY_WINDOW_WORD.search(lowered))
        # a window that opens the sentence ("So far this year ...")
        opening = _OPENING_WINDOW.match(view) if self.window else None
        self.opening: str | None = opening.lastgroup if opening else None
        # "昨日", "the previous session"
        self.previous: bool = bool(_PREVIOUS_HINTS.search(lowered)) and \
            (bool(_PREVIOUS_SESSION.search(view)) or bool(_PREVIOUS_OPENING.match(view)))
        # where intraday words and "收盘", "at the close" stand
        self.intraday: tuple[int, ...] = tuple(m.start() for m in _INTRADAY_WORDS.finditer(view)) \
            if _INTRADAY_HINTS.search(lowered) else ()
        if ("am" in lowered or "a.m" in lowered) and (dotted := _DOT_CLOCK.search(view)):
            # "at 9.50am local time": a clock written with a dot (a pattern of its own: digits are everywhere)
            self.intraday = tuple(sorted((*self.intraday, dotted.start())))
        # "国产芯片股午后拉升，寒武纪涨7.35%": a late-session word that says when a group moved, in a clause of its
        # own; the figures after it are where the move ended, not a moment of the session
        self.late_moves: tuple[int, ...] = tuple(m.start() for m in _LATE_MOVE.finditer(view)) \
            if self.intraday and ("午" in view or "尾盘" in view) else ()
        self.close: tuple[int, ...] = tuple(m.start() for m in _CLOSE_ANYWHERE.finditer(view)) \
            if _CLOSE_HINTS.search(lowered) else ()
        # "Hong Kong stocks opened lower, with the HSI down 0.7%": where the session's open is spoken of
        self.open: tuple[int, ...] = tuple(m.start() for m in _OPEN_ANYWHERE.finditer(view)) \
            if _OPEN_HINTS.search(lowered) else ()
        # the weekdays ("on Monday", "Monday's", 周一) and calendar days ("on July 4", 7月4日) the sentence names
        self.weekdays, self.dates = days_named(view)
        # where non-move words and direction words stand (``grammar``)
        self.not_a_move: list[tuple[int, int]] = not_a_move_spans(view)
        self.directions: list = direction_words(view)


# substrings the words of each kind hold: a plain ``in`` test before the pattern
_PREVIOUS_HINTS = hint_pattern("昨", "前一", "上一", "上个", "隔夜", "上日", "前日", "previous", "prior", "day earlier", "session earlier",
                               "day before", "session before", "yesterday", "overnight")
_INTRADAY_HINTS = hint_pattern("intraday", "盘中", "收盘前", "收市前", "开盘", "the close", "closing bell",
                                "after the open", "一度", "早盘", "午盘", "午间", "午收", "半日", "上午", "午后", "下午", "早市", "中午",
                                "尾盘", "trade", "deals", "morning", "afternoon", "midday", "as of", "截至", ":", "：",
                                "currently", "still", "today", "最新", "目前", "hour", " last", "lunch", "recent trad", " trading", "gmt")
_CLOSE_HINTS = hint_pattern("收", "close", "regular", "closing bell")
_OPEN_HINTS = hint_pattern("open", "开")
_WEEKDAY_HINTS = hint_pattern("day", "周", "星期")
_LATE_MOVE = re.compile(r"(?:午后|下午|尾盘)(?=\S{0,2}(?:拉升|走强|发力|跳水|回落|走低|翻红|翻绿|上扬|下挫|拉涨|冲高|走高|爆发|直线|活跃|异动|走弱|回升|飙升))")
_CLOSE_ANYWHERE = re.compile(rf"{_NOT_MIDDAY}(?:收盘(?!前)|收市(?!前)|收报)|at the close|(?:during|in) the regular (?:session|trading)|"
                             r"\b(?:by|at) the closing bell|\bat the close of (?:trade|trading)", re.I)
# a sentence opening with the open as its scene: every figure after it is the open's, unless a later moment is said
_OPENING_SCENE = re.compile(r"\s*(?:开盘时|开盘后|开盘|早盘开盘时|At the open|At the opening bell|Shortly after the open)\s*[，,]", re.I)
_OPEN_ANYWHERE = re.compile(r"\bopened\b|\bat the open\b|(?:高开|低开)(?![高低]走)|平开|开盘", re.I)


_BASE_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?|against|compared (?:with|to))\s+(?:last\s+|the\s+)?$|"
                          r"(?:较|比|相比|相较于?)\s*(?:上)?$", re.I)


def _clause_days(view: str, found, group_start: int, group_end: int, region_from: int, opens: bool) -> list:
    """The days (weekdays or dates) a figure's own clause names: after it ("fell 3% on Monday"), else before it
    since the last clause break or connective ("周一跌2%后"), else the one opening the sentence ("On Monday, ...")."""
    end = _DAY_CLAUSE_END.search(view, group_end)
    # (not a day a comparison measures from: "down 0.47% from Tuesday", "较周二收市跌0.47%" are the day's moves)
    found = [(at, d) for at, d in found if not _BASE_BEFORE.search(view, max(0, at - 16), at)]
    named = [d for at, d in found if group_end <= at < (end.start() if end else len(view))]
    if not named:
        opening = max([region_from] + [m.end() for m in _CLAUSE_END.finditer(view, region_from, group_start)])
        named = [d for at, d in found if opening <= at < group_start]
    if not named and opens and not [at for at, _ in found[1:] if at < group_start]:
        named = [found[0][1]]
    return named


def days_named(view: str) -> tuple[tuple[tuple[int, int], ...], list]:
    """The weekdays a sentence names, with where they stand ("on Monday", "Monday's", 周一; Monday 0), and the calendar
    days ("on July 4", 7月4日)."""
    weekdays = tuple((m.start(), _WEEKDAY_NUMBER[(m["en"] or m["zh"]).lower()]) for m in _WEEKDAY.finditer(view)) \
        if _WEEKDAY_HINTS.search(view.lower()) else ()
    return weekdays, dates_in(view)


def other_day(view: str, weekdays, dates, group_start: int, group_end: int, region_from: int, context) -> str | None:
    """"previous_session" or "earlier" when the figure's clause names a day other than the article's ("fell 3% on
    Monday" on a Tuesday, "上周五", "on July 4"), else None. ``weekdays`` and ``dates`` are ``days_named(view)``."""
    if weekdays:  # "上周五，恒指下跌1.5%", "fell 1.5% last Friday": a day of the week before, whatever today is
        if _LAST_WEEKS_DAY.search(view, _past_words_before(_LAST_WEEKS_DAY, view, region_from), group_start) or \
                _LAST_WEEKS_DAY.match(view, group_end) or \
                _LAST_WEEKS_DAY.match(view) and not [at for at, _ in weekdays[1:] if at < group_start]:
            return "earlier"
    weekday = getattr(context, "weekday", None)
    if weekday is not None and weekdays:
        named = _clause_days(view, weekdays, group_start, group_end, region_from, bool(_OPENING_DAY.match(view)))
        # ("周五美股收盘" in a paper of Saturday morning, Beijing time: Friday is the day in New York)
        local = getattr(context, "local_weekdays", ())
        if named and all(d != weekday and d not in local for d in named):
            return "previous_session"  # "after falling 3% on Monday", on a Tuesday: another session's figure
    day = getattr(context, "day", None)
    if day is not None and dates:
        named = _clause_days(view, dates, group_start, group_end, region_from, opens_sentence(view, dates[0][0]))
        if named and not any(is_day(d, day) for d in named):
            return "earlier"  # "Ayala Land, which had dropped 3 percent on July 4, ...": another day's figure
    return None


def _past_words_before(pattern: re.Pattern, view: str, region_from: int) -> int:
    """Where a figure's own words begin: past the words right after the figure before it, which are that
    figure's ("fell 2% in the previous session and rose 3% on Tuesday", "fell 1.5% last Friday and ...")."""
    said = pattern.match(view, region_from) if region_from > 0 else None
    return said.end() if said else region_from


BOUNDS = ("at_least", "about", "at_most")  # the bounds a figure's words give ("over", "nearly", "不足")


def clock_of(qualifier: str) -> str | None:
    """The time an intraday figure held ("14:00" for "intraday:14:00"), None for any other qualifier
    ("intraday:at_least" holds a bound, not a time)."""
    if qualifier.startswith("intraday:") and qualifier[9:10].isdigit():
        return qualifier[9:]
    return None


def bound_in(qualifier: str) -> str:
    """The bound a qualifier carries ("at_least" of "weekly:at_least", "intraday:about" or "at_least"), else ""."""
    bound = qualifier.rpartition(":")[2]
    return bound if bound in BOUNDS else ""


def with_bound(moment: str, bound: str) -> str:
    """A bound with the moment it holds for: "intraday:at_least" for "盘中涨超5%" (no clock time: the
    qualifier holds one of the two), "weekly:at_least" for "up more than 5% this week", "extended:about"; a
    bound alone for a close or an unsaid moment (a bound's usual sense); the moment alone when there is no bound."""
    if bound not in BOUNDS:
        return moment
    if moment == "intraday" or moment.startswith("intraday:"):
        return f"intraday:{bound}"
    return f"{moment}:{bound}" if moment and moment != "close" else bound


_CLAUSE_BREAK = re.compile(r"[，,；;。]")
_FIGURE_IN_CLAUSE = re.compile(r"[^，,；;。]*?\d\s*(?:%|％|per ?cent|percent|pct)")  # (a level there is the same move's)


# a label before a colon opening a sentence ("近1年表现：", "本周："): what it names holds for every figure after it
_WINDOW_LABEL = re.compile(r"\W*[^，,；;:：]{2,12}[：:](?!\d)")


def _owns_figure_after(view: str, group_end: int, at: int) -> bool:
    """True when a moment word after a figure opens a later clause with a figure of its own: in "中际旭创涨4.8%，
    天孚通信盘中一度涨超10%" the 盘中 is 天孚通信's, not 中际旭创's."""
    return bool(_CLAUSE_BREAK.search(view, group_end, at)) and bool(_FIGURE_IN_CLAUSE.match(view, at))


def qualifier_of(view: str, cues: Cues, group_start: int, group_end: int, region_from: int, bound: str,
                 verb: str, context, down: bool = False) -> str:
    """The qualifier of the figure at ``group_start``..``group_end``: its window, bound or moment; "" when
    the sentence does not say (the article's default then applies)."""
    if cues.window:
        window = window_of(view, (group_start, group_end), region_from)
        if window:
            return with_bound(window, bound)  # "up more than 5% this week": the bound too
        label = _WINDOW_LABEL.match(view)
        if _PERIOD_WORD.search(view, region_from, group_end) or label and label.end() <= group_start:
            # "近5个交易日，…累计净流入23.6亿元，区间涨幅3.2%": the period the sentence opened; "近3月表现：中证银行指数
            # 下跌6.8%": the period a label before a colon names
            window = opening_window(view)
            if window:
                return with_bound(window, bound)
    if _EXTENDED_HINTS.search(cues.lowered):
        end = _CLAUSE_END.search(view, group_end)
        tail = _PRICE_TAIL.match(view, group_end) if end and end.start() > group_end else None
        if end and (end.start() == group_end or tail and tail.end() == end.start()) and end.group(0).strip().isalpha():
            end = _CLAUSE_END.search(view, end.end())  # "rose 2% after the bell": the "after" is this clause's
        extended = _EXTENDED.search(view, region_from, end.start() if end else len(view))
        # ("rose 1.5% in premarket trading before turning lower, and was last down 0.6%": the session said after the
        # premarket, before this figure, is this figure's)
        if extended and extended.end() <= group_start and _INTRADAY_WORDS.search(view, extended.end(), group_start):
            extended = None
        elif extended is None and _OPENING_EXTENDED.match(view):
            extended = True
        if extended:
            return with_bound("extended", bound)
    same = getattr(context, "last_window", "")
    if same and (_SAME_PERIOD.search(view, 0, group_start) or _SAME_PERIOD_AFTER.match(view, group_end)):
        return with_bound(same, bound)  # "6月以来，南向资金累计净流入…。同期，恒生指数累计上涨3.2%": the window said before
    if cues.opening and not DAY_WORDS.search(view, region_from, group_start):
        return with_bound(cues.opening, bound)  # "So far this year X has gained 31.27% and Y is up 28.76%": the window holds for all
    if _BETWEEN_AFTER.match(view, group_end):
        return with_bound("earlier", bound)  # "gained 29.7 percent between end-November and its peak on Feb. 6"
    year = _YEAR_AFTER.match(view, group_end) or _YEAR_OPENING.match(view)
    if year:
        day = getattr(context, "day", None)
        said = year.groupdict().get("year") or year.groupdict().get("zh")
        if said and day is not None and int(said) != day.year:
            return with_bound("earlier", bound)  # "jumped 30% in 2025", written in 2026: a past year's, no year to date
        return with_bound("ytd", bound)
    if cues.previous and (_PREVIOUS_SESSION.search(view, _past_words_before(_PREVIOUS_AFTER, view, region_from),
                                                   group_start)
                          or _PREVIOUS_OPENING.match(view) or _PREVIOUS_AFTER.match(view, group_end)):
        return with_bound("previous_session", bound)  # "昨日，该ETF曾下跌1.1%", "Yesterday, X rose 3%": the sentence's day
    other = other_day(view, cues.weekdays, cues.dates, group_start, group_end, region_from, context)
    if other:
        return with_bound(other, bound)
    extreme = _EXTREME_BEFORE.search(view, max(region_from, group_start - 6), group_start) \
        if bound in ("", "at_least", "about") else None
    # "盘中最大涨幅超过10%": the largest move of the session; "涨幅一度扩大至8%": once, inside the move's words
    largest = verb.startswith("最大") or bool(_ONCE_INSIDE.search(view, group_start, group_end)) or \
        bool(_ONCE_AFTER.match(view, group_end))
    if extreme or largest:  # "盘中最高涨超5%", "最低跌3%", "一度跌5%": the session's extreme, with its bound
        high = not down if extreme is None or extreme["once"] else bool(extreme["high"])
        # "一度涨超8%": the high keeps its bound, so the page says ">+8%", never "+8.00%"
        return ("intraday_high" if high else "intraday_low") + (f":{bound}" if bound else "")
    if bound in BOUNDS:  # "盘中涨超5%": the bound, and the moment the sentence says it holds for when that is the session's
        said = qualifier_of(view, cues, group_start, group_end, region_from, "", verb, context, down)
        return with_bound(said, bound)
    if bound:
        return bound  # "as much as 9%": the session's high
    if _CLOSE_AFTER.match(view, group_end):
        return "close"
    if _OPEN_AFTER.match(view, group_end):
        return "open"  # "fell 1% at the open"
    near = view[max(region_from, group_start - 24):group_start]
    if verb.startswith("收") and not near.endswith(("午", "午间", "午盘", "午市", "早市", "上午", "半日")) or _CLOSE_WORDS.search(near):
        return "close"
    if verb in ("高开", "低开", "opened") or _OPEN_WORDS.search(near):
        return "open"
    if any(region_from <= at < group_start for at in cues.open) and \
            not any(region_from <= at < group_end + 24 for at in cues.intraday + cues.close):
        return "open"  # the clause that holds the figure speaks of the open, and of no later moment
    if _OPENING_SCENE.match(view) and not any(at < group_end + 24 for at in cues.intraday + cues.close):
        return "open"  # "开盘时，沪指报3390.12点，涨0.1%", "At the open, …": the scene the sentence opens with
    said_intraday = [at for at in cues.intraday if (at < group_end + 24 or _GMT_CLOCK.match(view, at) and
                                                    not _OTHER_FIGURE_OR_CLAUSE.search(view, group_end, at))
                     and not (at < region_from and at in cues.late_moves)
                     and not (at >= group_end and _owns_figure_after(view, group_end, at))]
    if said_intraday and all(at < group_start for at in said_intraday) and \
            any(max(said_intraday) < at < group_start and _CLAUSE_BREAK.search(view, max(said_intraday), at)
                for at in cues.close):  # (in a later clause: "午盘收盘" is the midday's close)
        return "close"  # "滙控一度重上101元，收市報100.55元，升幅近2%": the close said after the session's high is the figure's
    if said_intraday:
        clock = _CLOCK.search(view, 0, group_end + 24)  # "截至14:00", "as of 10:57": the time it held
        if not clock:
            return "intraday"
        hour = int(clock["h"]) + (12 if (clock["pm"] or clock["pm_zh"]) and int(clock["h"]) < 12 else 0)
        return f"intraday:{hour:02d}:{clock['m']}"  # "1:30 p.m." is 13:30
    if any(at < group_end for at in cues.close):
        return "close"
    # nothing in the sentence says: the window of the piece this one continues after its "；", else the caller gives
    # the article's default
    # (a piece that names its day says the day: "本周累计涨3%；周五单日跌1%")
    handed = getattr(context, "piece_window", "")
    return handed if handed and not DAY_WORDS.search(view) else ""
