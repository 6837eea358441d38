"""Windows, clauses and index levels: the parts of reading a figure that moves and amounts share.

A figure over more than the day ("本周涨5.3%", "up 17.48% year-to-date", "over the past 20
trading days") keeps its window as its qualifier and never stands for the day's figure; a
clause bounds how far back a figure's words are read; an index level is "closed at 3,861.87
points" / "报3861.87点".
"""
from __future__ import annotations

import re

from briefs.extract.hints import hint_pattern

NUM = r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"

# qualifier of a figure from the bound word before it
QUALIFIERS = {
    "as much as": "intraday_high", "up to": "intraday_high", "as high as": "intraday_high",
    "over": "at_least", "more than": "at_least", "above": "at_least", "at least": "at_least", "just over": "at_least",
    "超过": "at_least", "超": "at_least", "逾": "at_least",
    "nearly": "about", "almost": "about", "about": "about", "around": "about", "approximately": "about",
    "roughly": "about", "close to": "about", "some": "about", "an estimated": "about", "近": "about", "约": "about",
    "接近": "about",
    # ("涨幅不足1%", "rose less than 1%": a bound from above; "gained upwards of 5%": from below)
    "不足": "at_most", "不到": "at_most", "less than": "at_most", "upwards of": "at_least",
    "a little over": "at_least", "slightly over": "at_least", "just under": "at_most", "a little under": "at_most",
    "slightly under": "at_most",
}


# qualifiers of figures over a window longer than the day: never the day's figure
WINDOW_QUALIFIERS = ("weekly", "monthly", "quarterly", "ytd", "yearly")


def is_window(qualifier: str) -> bool:
    """True for a figure that is not the day's own: over a week, a month, the year so far, twelve months, a
    streak, some weeks, months or years ("weeks:2", "months:3", "years:2"), of an earlier day the sentence
    names ("on July 4"), or of trading outside the session ("in extended trading")."""
    base = qualifier.split(":")[0]  # "weekly:at_least": over a week, with its bound
    return base in WINDOW_QUALIFIERS or base in ("earlier", "extended", "streak") or base in SPAN_UNITS


# a span of several weeks, months or years: "近三个月", "过去6个月", "三个月内", "近半年", "近两年",
# "over the past three months", "in the last two years", "its six-month rally" ("a three-month high" is a
# record's reach, no span; one week, month or year is the plain window, said by ``_WINDOWS``)
SPAN_UNITS = ("weeks", "months", "years")
_SPAN = re.compile(
    r"(?:近|过去|最近|此前|之前)(?P<zh>\d{1,2}|[一二两三四五六七八九十]{1,3})个?(?P<zh_unit>周|月|年)|"
    r"(?<![\d一二两三四五六七八九十])(?P<zh2>\d{1,2}|[一二两三四五六七八九十]{1,3})个(?P<zh2_unit>月)(?:内|来|以来)|"
    r"(?<![\d一二两三四五六七八九十])(?P<zh3>\d{1,2}|[两二三四五六七八九十]{1,3})(?P<zh3_unit>年)(?:内|来|以来)(?!最|新|首)|"
    r"(?P<half>近半年|过去半年|半年(?:内|来|以来)|上半年|下半年)|"
    r"\b(?:over|in|during|across|for)\s+the\s+(?:past|last|previous|prior)\s+(?P<en>\d{1,2}|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+(?P<en_unit>weeks|months|years)\b|"
    r"\b(?P<en2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)-(?P<en2_unit>week|month|year)\s+"
    r"(?:gain|gains|rally|advance|rise|slide|loss|losses|decline|drop|fall|selloff|sell-off|run-up|surge|slump|rout)\b",
    re.IGNORECASE)
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"周": "weeks", "月": "months", "年": "years", "week": "weeks", "month": "months", "year": "years"}


def _count(word: str) -> int:
    """A count written in digits, English words or Chinese numerals up to 99 ("三", "十二", "twelve")."""
    if word.isdigit():
        return int(word)
    if word.lower() in _EN_COUNTS:
        return _EN_COUNTS[word.lower()]
    tens, _, ones = word.partition("十")
    if "十" not in word:
        return _ZH_DIGITS.get(word, 0)
    return (_ZH_DIGITS.get(tens, 0) if tens else 1) * 10 + _ZH_DIGITS.get(ones, 0)


_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}


def span_of(text: str) -> str | None:
    """``weeks:N``, ``months:N`` or ``years:N`` when ``text`` says a span of several of them; "yearly" for twelve
    months; None for one week, month or year (the plain windows) or no span."""
    m = _SPAN.search(text)
    if m is None:
        return None
    if m["half"]:
        return "months:6"
    group = next(g for g in ("zh", "zh2", "zh3", "en", "en2") if m[g])
    count, unit = _count(m[group]), _UNITS[m[f"{group}_unit"].lower().rstrip("s") if group.startswith("en")
                                           else m[f"{group}_unit"]]
    if unit == "months" and count == 12:
        return "yearly"
    return f"{unit}:{count}" if count > 1 else None


# "the week's best performer": a week said as the owner of a ranking
_THE_WEEKS = re.compile(r"\b(?:the|this) week['’]s\b", re.I)
# figures over a window longer than the day; checked around the figure, nearest words first
_WINDOWS = [
    (re.compile(r"this week|for the week|on the week|(?:over|across|during) the week\b|weekly|"
                # "returned 6.2% for the fund-flows week", "for the holiday-shortened week"
                r"\bfor the (?:[a-z]+[- ]){1,2}week\b|\bweek\s+(?:ended|ending|through|to)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|week-on-week|week-over-week|past week|last week|(?:previous|prior) week|\b(?:ends?|ended|ending|finish(?:e[sd]|ing)?|clos(?:e[sd]?|ing)) (?:the )?week\b|本周(?![一二三四五六日末])|全周|整周|当周|周涨幅|周跌幅|近一周|"
                r"过去一周|一周内|(?:此前|之前|前|最近)一周|"
                rf"{_THE_WEEKS.pattern}|"
                r"(?<![本当])周内(?![一二三四五六日])|上周(?![一二三四五六日末])|近1周|"
                # Hong Kong papers' week: "全星期計", "本星期", "今個星期", "上星期" (not "上星期五", a day)
                r"全星期|整[個个]?星期|(?:本|今[個个]|这个|這個|上|上[個个])星期(?![一二三四五六日天])|星期[計计]|[周週][計计]",
                re.IGNORECASE), "weekly"),
    (re.compile(r"this month|for the month|on the month\b|(?:over|across|during) the month\b|past month|last month|monthly|since the start of the month|本月|上月|近(?:一|1)个?月|"
                r"(?:此前|之前|过去|最近)(?:一|1)个月|"
                r"\bsince (?:early |late |mid-|the (?:start|beginning) of )?(?:Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                r"一个月来|月内|月涨幅|月初以来|\d{1,2}月(?:份)?以来|月度|month[- ]to[- ]date|\bMTD\b|"
                r"month[- ](?:on|over)[- ]month|"
                # a month named without its day ("3月恒生指数累计下跌3.2%", "南向资金3月累计净流入"), not "3月15日"
                r"(?:(?<![\d年])|(?<=今年))(?:1[0-2]|[1-9])月份?(?![\d日底末初中旬])|"  # ("今年3月累计下跌2%")
                r"\b(?:so far )?(?:in|for) (?:January|February|March|April|May|June|July|August|September|October|November|"
                r"December)\b(?!\s+(?:\d|delivery|contracts?|futures|expiry))|"  # (not "for December delivery")
                # a month's move named by the month: "trimming its March decline to about 6%"
                r"\b(?:its|their|the)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                r"December)\s+(?:gains?|loss(?:es)?|declines?|drops?|advances?|rall(?:y|ies)|slides?|slump|rise|fall|"
                r"retreat|rebound|surge|selloff|sell-off)\b", re.IGNORECASE),
     "monthly"),
    (re.compile(r"\b(?:this|the|last|past|first|second|third|fourth|latest|for the|in the)\s+quarter\b|"
                r"quarter[- ]to[- ]date|quarter[- ](?:on|over)[- ]quarter|\bQ[1-4]\b|本季度|本季|上季度|上季|季度|季内|第[一二三四1-4]季", re.IGNORECASE),
     "quarterly"),
    (re.compile(r"year[- ]to[- ]date|so far this year|this year|since the start of the year|\bytd\b|年内|今年以来|"
                r"\b(?:on|for) the year\b(?!['’]s)|"  # ("up 10% on the year", "is up 10% for the year")
                r"\bsince (?:early |late |mid-)?Jan(?:uary)?\b|since the beginning of the year|"
                r"年初至今|年初以来|较年初|相较年初|比年初|"
                # ("恒指今年来累涨18%", "年初迄今", "恒指今年上涨18%": the year so far, said without 以来)
                r"今年来|今年迄今|年初迄今|今年(?=[^\d年月季，,。；;]{0,4}(?:累计|累|上涨|下跌|涨|跌|升|挫|录得))",
                re.IGNORECASE), "ytd"),
    # ("up 45% year on year": only a price's change reaches here, growth is kept out before)
    (re.compile(r"12-month|twelve-month|one-year|over the past year|in the past year|past 12 months|year[- ]on[- ]year|"
                r"近一年|近1年|近12个月|过去一年|过去1年|一年来|年涨幅", re.IGNORECASE), "yearly"),
]
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9, "十": 10}
_STREAK = re.compile(
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)(?:-|\s)(?:straight|consecutive)\s+(?:sessions?|days?|trading days?)|"
    # "over the past five sessions", "in the previous three days", "has lost 9% in three sessions"
    r"(?:over|in|across) (?:the (?:past|last|previous|prior) )?(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:sessions|days|trading days|trading sessions)\b|"
    # "in the two previous sessions"; "slid for a third session, losing 3% in that span"
    r"(?:over|in|across) the (?P<n8>\d+|two|three|four|five|six|seven|eight|nine|ten) (?:previous|prior|past|last) "
    r"(?:sessions|days|trading days)\b|"
    r"\bfor (?:a|the) (?P<n9>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:straight |consecutive )?"
    r"(?:session|day|trading day)\b|"
    r"连续(?P<n3>\d+|[两二三四五六七八九十])(?:个交易日|日|天)|(?:近|过去|此前|之前|前)(?P<n4>\d+|[两二三四五六七八九十])(?:个交易日|日|天)|"
    r"(?P<n5>\d+|[两二三四五六七八九十])连(?:涨|跌|阳|阴)|"
    r"(?<![\d月])(?P<n6>\d+|[两二三四五六七八九十])日\s*(?:累计)?\s*(?:涨幅|跌幅)|"  # "5日涨幅达20%": five days' gain
    # "extending its three-day gain to 2.4 per cent"
    r"\b(?P<n7>\d+|two|three|four|five|six|seven|eight|nine|ten)-(?:day|session)\s+(?:gain|gains|rally|advance|rise|"
    r"winning streak|losing streak|slide|loss|losses|decline|drop|fall|selloff|sell-off)\b",
    re.IGNORECASE,
)
# substrings every streak phrase holds: a plain ``in`` test before the pattern
# (the words around a figure are read with a space between the words before it and the figure: "5日 涨幅达20%")
_STREAK_HINTS = hint_pattern("straight", "consecutive", "past", "last", "previous", "prior", "session", " days", "-day",
                             "-session", "连", "近", "过去", "日涨幅", "日跌幅", "日累计", "个交易日", "此前", "之前",
                             "日 涨幅", "日 跌幅")
_CUMULATIVE = re.compile(r"累计|累积|合计|日\s*(?:涨幅|跌幅)|cumulative|cumulatively|in total|combined|-day|-session|"
                         r"(?:over|in|across) the (?:past|last|previous|prior)|"
                         r"(?:over|in|across) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?: straight| consecutive)? "
                         r"(?:trading )?(?:sessions|days)\b|"
                         r"(?:over|in|across) the (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:previous|prior|past|last)\b|"
                         r"(?:in|over|during) (?:that|the) (?:span|stretch|period|run)|"
                         r"近\d+|近[两二三四五六七八九十]|过去|"
                         # "连续三日上涨12%": the run's verb right after it, its figure the run's
                         r"连续[\d两二三四五六七八九十]+(?:个交易日|日|天)\s*(?:上涨|下跌|收涨|收跌|走高|走低|涨|跌)"
                         r"(?=\s*(?:了|约|近|逾|超过|超)?\s*\d)", re.IGNORECASE)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


# any word a window or streak needs; a sentence without one is read without the window patterns
# substrings every window phrase holds, in lower case: one scan says whether a sentence may hold a window
WINDOW_HINT_WORDS = ("week", "month", "year", "ytd", "straight", "consecutive", "session", "cumulativ", "combined",
                     "total", "past", "last", "previous", "prior", " days", "-day", "-session", "since", "quarter", "mtd", "q1", "q2", "q3", "q4", "in jan", "in feb",
                     "in mar", "in apr", "in may", "in jun", "in jul", "in aug", "in sep", "in oct", "in nov", "in dec",
                     # ("its March decline": a month's move named by its month)
                     # (whole names: "e mar" would be in every "the market")
                     "january", "february", "march", "april", "s may ", "e may ", "june", "july", "august",
                     "september", "october", "november", "december",
                     "周", "星期", "月", "年", "季", "连", "累计", "累积", "合计", "近", "过去", "日涨幅", "日跌幅",
                     "个交易日", "此前", "之前")
ANY_WINDOW_WORD = hint_pattern(*WINDOW_HINT_WORDS)  # searched in lower-cased text: faster than re.I
# (a space between a figure and Chinese words parts a title's clauses: "券商ETF大涨逾4% 证券ETF近5日吸金18.6亿元")
# (the text after a figure opens right after it, so a space there parts too)
# (a coordinated predicate too: "rose 1.7% on Friday and ended the week up 5.4%": the week is the second's)
# (an infinitive of result too: "rose 0.6% to notch a weekly gain of 1.9%": the week is the gain's)
_CLAUSE_PUNCTUATION = re.compile(r"[,，;；。]|(?:(?<=[%\u4e00-\u9fff])|^)\s+(?=[\u4e00-\u9fff])|\s(?:and|but|while)\s+(?=[a-z])|"
                                 r"\sto\s+(?:notch|post|record|cap|mark|book|log|secure|clinch|seal|score|register|"
                                 r"chalk up|end|finish|close|extend|take|bring|push|lift|leave|trim|pare)\b")
_AFTER_FIGURE_BEFORE = re.compile(r"[,，;；。]|\s(?:and|but|while|whereas)\s")  # where the figure before's words end
_ZH_MOVE_NOUNS = ("涨幅", "跌幅", "升幅", "降幅", "漲幅", "涨", "跌")
_WINDOW_NOUN = re.compile(r"(?P<ytd>今年|年内)$|(?P<weekly>周)$|(?P<monthly>月)$|(?P<quarterly>季)$")


# every window word in one pattern: one scan says whether any of them is near the figure (most are not)
_ANY_WINDOW_NEAR = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in [(_SPAN, ""), *_WINDOWS]), re.IGNORECASE)
# a record's reference point is no window: "tumbled 8% in its worst day since March" is the day's move,
# "创3月以来新高" the day's high; "its best week since June" says the figure is the week's
_RECORD_SINCE = re.compile(r"\b(?:worst|best|biggest|largest|sharpest|steepest|strongest|weakest|highest|lowest|"
                           r"heaviest|deepest|most)\s+(?:(?P<window>week|month|quarter|year)\s+|[\w-]+\s+){0,3}?"
                           r"since\s+(?:early |late |mid-)?\w+|"
                           r"创(?:下)?[^，,；;。%\d]{0,10}?(?:以来)?(?:新高|新低|最大|最高|最低|最好|最差)", re.IGNORECASE)
_CONTRACT_MONTH = re.compile(r"\bdelivery\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?")
_RECORD_WINDOW = {"week": " this week ", "month": " this month ", "quarter": " this quarter ", "year": " this year "}
_RELATIVE_ASIDE = re.compile(r"(?:,|^)\s*(?:which|who|whose)\b[^,%]*,")
_WORD_REST = re.compile(r"[A-Za-z]*")
_PERCENT_AHEAD = re.compile(r"\d[\d.,]*\s*(?:%|％|per ?cent)")
_RESPECTIVELY = re.compile(r"^\s*,?\s*respectively\s*,?", re.I)


_WINDOW_SET_OFF = re.compile(r"\s*,\s*(?:(?:this|for the|on the|last|over the) (?:week|month|quarter|year)|(?:so far )?this year|"
                             r"year[- ]to[- ]date|(?:its|their|the index's|the gauge's) (?:\w+ ){0,2}(?:week|month|quarter|year)"
                             r"(?: since [\w ]{1,20})?)\s*(?=[.;]|$)", re.IGNORECASE)


# the year before the day's, as a period a figure is over ("去年全年", "in the whole of last year"), not as the start of a
# window ("去年以来", "since last year"), a comparison's base ("去年同期", "a year earlier") or a record's reach
# ("去年3月恒指下跌2%": a month of last year; "去年12月以来" is a window since then)
_LAST_YEAR = re.compile(r"(?:去年|上年)(?!以来|同期|底|末|年底|年末)(?!\d{1,2}月份?(?:以来|至今|底|末))(?!\d(?!\d?月))|"
                        r"(?<!since )(?<!than )(?<!from )\b(?:in |for |during |over )?(?:the whole of )?last year\b"
                        r"(?!['’]s\s+(?:high|low|peak|record))", re.I)


# a figure over the time since an event, said right after it ("since the Fed meeting"; not "since the open", the session's)
# (the start of a period is the period's window: "since the start of March" is the month's)
_SINCE_AFTER = re.compile(r"\s+since\s+(?:(?:the|its|their|a|an|last)\s+(?!open\b|opening\b|start\b|beginning\b|bell\b)|"
                          r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday)\b)", re.I)  # ("since Monday")
# "Earlier this week, Tencent rose 5%": a move of an earlier day of the period, neither the day's nor the period's
_EARLIER_IN = re.compile(r"\bearlier\s+(?:this|in the)\s+(?:week|month|year|session)\b", re.I)


def window_of(sentence: str, span: tuple[int, int], floor: int = 0) -> str | None:
    """``weekly``, ``monthly``, ``ytd`` or ``streak:N`` when the figure covers more than the day.

    Only words after ``floor`` (the end of the figure before) count: "本周涨5.3%，周五涨1.1%".
    """
    if not ANY_WINDOW_WORD.search(sentence.lower()):
        return None
    start = max(clause_start(sentence, span[0]), floor)
    if floor > 0:  # "Nvidia, which has surged 40% this year, fell 2.1%": the words after the figure before are its
        cut = _AFTER_FIGURE_BEFORE.search(sentence, floor, span[0])
        start = max(start, cut.end()) if cut else start
    # "Mixue Group, which listed in March, jumped 9%": a relative clause's time is its own, not the figure's (taken
    # out of the whole clause, then the words nearest the figure kept: the aside may begin further back)
    before = sentence[start:span[0]]
    comma = max(before.rfind(","), before.rfind("，"))
    if comma >= 0 and not before[comma + 1:].strip() and "week" in before:
        # "Micron was the week's best performer in the index, surging 11%": a figure whose clause is only its verb
        # elaborates the words before the comma, whose window is its own (unless they hold a figure)
        clause = before[max(before.rfind(",", 0, comma), before.rfind("，", 0, comma)) + 1:comma]
        if not _PERCENT_AHEAD.search(clause) and _THE_WEEKS.search(clause):
            return "weekly"
    before = _RELATIVE_ASIDE.sub(",", before) if "," in before else before
    if "since" in before or "创" in before:  # (a record said further back than the words kept: "its biggest one-day
        # percentage drop since April, falling 1.6%" is the day's move, no month's)
        before = _RECORD_SINCE.sub(lambda m: _RECORD_WINDOW.get((m["window"] or "").lower(), " "), before)
    before = before[-40:]
    # "rose 2% and 3%, respectively, last week": the window after "respectively" is the group's
    tail = _RESPECTIVELY.sub("", sentence[span[1]:span[1] + 55], count=1)
    # (40 characters, and the word the cut falls in: "over the previous three sessions", "a 14% jump in Micron over the
    # prior five sessions")
    # (up to another figure: "outflows even as it rose 1.6% for the week": the week is the rise's)
    after = _CLAUSE_PUNCTUATION.split(tail[:40] + _WORD_REST.match(tail, 40)[0], maxsplit=1)[0]
    after = _PERCENT_AHEAD.split(after, maxsplit=1)[0] if "%" in after or "cent" in after else after
    if not after.strip(" ,"):
        # "fell 853 points, or 3.1%, this week", "rose 1.2%, its best week since May": a window set off by a comma
        # after the figure is still its own
        set_off = _WINDOW_SET_OFF.match(sentence, span[1])
        after = set_off.group(0) if set_off else after
    # the group itself may hold its window: "extending their losses for the week to 7%"
    around = before + " " + sentence[span[0]:span[1]] + " " + after
    if "since" in after and _SINCE_AFTER.match(sentence, span[1]):
        return "earlier"  # "has risen 40% since the Fed meeting": over the days since a past event, never the day's
    if "arlier" in around and _EARLIER_IN.search(around):
        return "earlier"
    if ("去年" in around or "上年" in around or "year" in around) and _LAST_YEAR.search(around):
        return "earlier"  # "去年全年为8087亿港元", "HK$808.7 billion in the whole of last year": a past year's figure
    if "since" in around or "创" in around:
        around = _RECORD_SINCE.sub(lambda m: _RECORD_WINDOW.get((m["window"] or "").lower(), " "), around)
    if "delivery" in around:  # "Crude oil for delivery in December": a contract's month, no window
        around = _CONTRACT_MONTH.sub(" ", around)
    if sentence.startswith(_ZH_MOVE_NOUNS, span[0]):  # "周涨幅达7.8%", "周涨7.8%": the window opens the move
        noun = _WINDOW_NOUN.search(before)
        if noun:
            return noun.lastgroup
    if ANY_WINDOW_WORD.search(around.lower()) and _ANY_WINDOW_NEAR.search(around):  # (plain words first: cheaper)
        span = span_of(around)  # (before the windows: "三个月内" is no month)
        if span:
            return span
        for pattern, name in _WINDOWS:  # in order: a week said beside a month is the figure's week
            if pattern.search(around):
                return name
    lowered = around.lower()
    streak = _STREAK.search(around) if _STREAK_HINTS.search(lowered) else None
    if not streak and floor > 0 and _CUMULATIVE.search(around):
        # "寒武纪连续三日下跌，累计跌幅达12%": the run is named in the clause before, which holds no figure of its own
        # (only the words since the figure before: "工业富联涨2.08%，连续3个交易日上涨，累计涨幅达9.2%")
        earlier = sentence[max(0, floor - 40):floor]
        streak = _STREAK.search(earlier[earlier.rfind("%") + 1:])
    elif not streak and floor == 0 and start > 0 and _CUMULATIVE.search(around):
        # "Tencent slid for a third session, losing 3% in that span": the run is named in the clause before
        earlier = sentence[max(0, start - 60):start]
        streak = _STREAK.search(earlier) if "%" not in earlier else None
    # (a span of days said right before the move is the move's, cumulative or not: "中科曙光前两个交易日涨6.5%",
    # "近5个交易日，该ETF涨6.5%"; "连续3日上涨" says a run, not that the figure is its sum)
    spanned = streak is not None and streak["n4"] is not None and not re.search(r"[,，;；]", before[streak.end():]) \
        if streak is not None and streak.end() <= len(before) else False
    if streak and (spanned or _CUMULATIVE.search(around)):
        word = next(g for g in streak.groups() if g)
        count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), 0)
        return f"streak:{count}" if count else None
    return None


# a window phrase that opens a sentence as its own clause: "Over the past 20 trading days, ...", "近5个交易日，..."
# (or a label before a colon: "近1月表现：中证银行指数累计下跌4.6%")
_OPENING_CLAUSE = re.compile(r"\W*(?P<clause>[^,，;；:：]{2,40}?)\s*(?:[,，]|(?<=[\u4e00-\u9fff])[:：])")  # "4月份，" is three characters


_WEEK_OVER_WEEK_OPENING = re.compile(r"\W*(?:looking (?:today )?at )?week[- ]over[- ]week\b", re.I)


def opening_window(sentence: str) -> str | None:
    """The window a sentence's opening clause names for all its figures ("Over the past 20 trading days, the ETF
    has seen nearly 2.8 billion yuan in net inflows"), or None when it opens with none."""
    if _WEEK_OVER_WEEK_OPENING.match(sentence):
        return "weekly"  # "Looking today at week-over-week shares outstanding changes among ... ETFs, ... inflow"
    opening = _OPENING_CLAUSE.match(sentence)
    if opening is None or not ANY_WINDOW_WORD.search(opening["clause"].lower()) or \
            re.search(r"%|[\d.]+\s*(?:亿|万|billion|million|trillion)", opening["clause"]):
        return None
    return window_of(opening["clause"], (len(opening["clause"]), len(opening["clause"])))


# not "10:30"; a space between Chinese clauses parts a title's ("恒指跌98點 科指跌1.4% 成交2,318億元")
_CLAUSE_BREAK = re.compile(r"[;；]|(?<!\d)[:：]|[:：](?!\d)|,\s*(?:while|but|whereas)\s|，(?:而|但)|"
                           r"(?<=[\u4e00-\u9fff%）)])\s+(?=[\u4e00-\u9fff])")


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding position ``pos`` begins (after the last break before it)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, pos + 1):  # one past: a break's lookahead may read ``pos``
        if m.end() <= pos:
            start = m.end()
    return start


_DOWN_POINT_WORDS = ("fell", "dropped", "lost", "shed", "declined", "slid", "sank", "tumbled", "plunged", "down", "dived",
                     "slumped", "retreated", "eased", "dipped", "gave up", "decreased", "went down", "going down",
                     # a headline's present tense: "HSI Tumbles 220 pts"
                     "falls", "drops", "loses", "sheds", "declines", "slides", "sinks", "tumbles", "plunges", "slumps",
                     "retreats", "eases", "dips")
_DOWN_EN_POINTS = "|".join(_DOWN_POINT_WORDS)
_UP_EN_POINTS = ("rose|gained|added|climbed|jumped|advanced|rallied|surged|soared|up|put on|rebounded|increased|went up|going up|"
                 "rises|gains|adds|climbs|jumps|advances|rallies|surges|soars|rebounds")
EN_LEVEL = re.compile(
    rf"(?:(?:closed|closing|ended|ending|finished|settled|stood|standing)\s+)?at\s+{NUM}\s*points",
    re.IGNORECASE,
)
# "lost 626.15 points, or 1.5%, to 40,936.93", "gained 0.6% to close at 3,880.2": a level with no unit, written
# as levels are (a thousands comma or decimals) and followed by no unit, so no price or count reads as one
EN_LEVEL_BARE = re.compile(
    r"\b(?:to|at)\s+(?:(?:close|end|finish|settle)\s+at\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d.,]*\d)"
    r"(?!\s*(?:%|percent|per cent|pct|yuan|dollars?|cents?|[mb]illion|trillion|bn|mn|times|shares|[$¥€£]|"
    # (nor a clock time written with a dot: "at 9.50am local time")
    r"[ap]\.?m\b|[A-Z]{3}\b|元|港元|美元))"
)
# ("國指收9402點": 收 right before the number is where it closed; "收跌490点" is a change, read elsewhere)
ZH_LEVEL = re.compile(rf"(?:报收|报|收于|收报|收在|(?<![吸回接高低])收市?(?=\s*\d)|(?<=[，,])为(?=\s*\d[\d,.]*\s*点)|(?P<above>站上|突破|重返|重上|收复|升穿|重回)|(?P<below>跌破|失守))\s*{NUM}\s*点")
# "恒指收報25,120，跌118點": a level with its thousands separator and no unit, as AASTOCKS writes it
ZH_LEVEL_BARE = re.compile(r"(?:报收|收报|收于|报)\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?=\s*[，,；;。]|\s*$)")


def find_levels(sentence: str, zh: bool) -> list[tuple[int, float, str]]:
    """Index levels: ``(position, points, bound)`` for "closed at 3,861.87 points" / "报3861.87点", for
    "to 40,936.93" / "to close at 3,880.2" in English, and for a level crossed ("站上2700点" is at least
    2,700, "跌破3000点" at most 3,000: a threshold, not where the index stood)."""
    out = []
    if "点" in sentence or "point" in sentence:
        for m in (ZH_LEVEL if zh else EN_LEVEL).finditer(sentence):
            bound = "at_least" if m.groupdict().get("above") else "at_most" if m.groupdict().get("below") else ""
            out.append((m.start(), _number(m["num"]), bound))
    if zh and "," in sentence:
        seen = {at for at, _, _ in out}
        out += [(m.start(), _number(m["num"]), "") for m in ZH_LEVEL_BARE.finditer(sentence) if m.start() not in seen]
    if not zh:
        seen = {m.start("num") for m in EN_LEVEL.finditer(sentence)} if out else set()
        for m in EN_LEVEL_BARE.finditer(sentence):
            if m.start("num") not in seen:  # "to close at 12,850.2 points" is one level, read once
                out.append((m.start(), _number(m["num"]), ""))
    # "CICC Lifts HSI Target to 28,000", "上看3500点": where someone expects the index, not where it stood
    return sorted(level for level in out if not _TARGET_BEFORE.search(sentence, max(0, level[0] - 30), level[0]))


_TARGET_BEFORE = re.compile(r"\b(?:targets?|forecasts?|outlook|estimates?|projections?|goal|predicts?|expects?|sees)\b"
                            r"[^.,;，；。]{0,20}$|(?:目标位?|预测|预计|上看|看至|看到|看高|看低)[^，；。]{0,8}$", re.I)


# "lost 626.15 points", "收跌490.32点", "down 169 points": an index's change in points, found from its unit
# backwards (a number of points is rare, a verb is not)
_POINTS = re.compile(rf"{NUM}\s*(?:points|pts)\b|{NUM.replace('<num>', '<zhnum>')}\s*点(?!位)", re.IGNORECASE)
_POINT_VERB_BEFORE = re.compile(
    rf"(?:\b(?P<verb>{_UP_EN_POINTS}|{_DOWN_EN_POINTS})\s+(?:by\s+)?|(?P<zhverb>上涨|下跌|收涨|收跌|涨|跌|大涨|大跌|急升|大升|回升|上升|升|急挫|大挫|下挫|挫|高收|低收|高开|低开)\s*)$",
    re.IGNORECASE,
)

# ("closed 212 points, or 0.8 percent, higher at 26,318": the percent may stand between)
_POINTS_DIRECTION_AFTER = re.compile(r"(?:\s*,?\s*or\s+\d[\d.]*\s*(?:%|percent\b|per cent\b)\s*,?)?\s+(?P<dir>higher|lower)\b",
                                     re.IGNORECASE)
_PERCENT_OR = re.compile(r"\d[\d.,]*\s*(?:%|percent|per cent|pct)\s*[,，]?\s*(?:or|或)\s*$", re.IGNORECASE)


# "The Dow Jones Industrial Average dropped 268.51, or 0.6%, to 43,512.07": the points without their word, as AP
# writes a close (only a number right after the verb and right before ", or" and a percent)
_BARE_POINTS = re.compile(rf"\b(?P<verb>{_UP_EN_POINTS}|{_DOWN_EN_POINTS})\s+(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+\.\d+)"
                          r"(?=\s*,\s*or\s+\d[\d.]*\s*(?:%|percent\b|per cent\b))", re.IGNORECASE)


# a bound between a verb and its points: "fell nearly 300 points", "ended about 300 points lower", "跌逾300点"
_POINT_BOUND_BEFORE = re.compile(r"(?:\b(?P<about>nearly|about|almost|around|roughly|some)|\b(?P<at_least>more than|over|"
                                 r"above)|\b(?P<at_most>less than|under)|(?P<about_zh>近|约)|(?P<at_least_zh>逾|超过|超)|"
                                 r"(?P<at_most_zh>不足|不到))\s*$", re.IGNORECASE)


def find_point_changes(sentence: str) -> list[tuple[int, float, str]]:
    """An index's change in points, signed, with the bound its words give: ``(position, points, bound)``."""
    out = [(m.start(), (-1.0 if m["verb"].lower() in _DOWN_POINT_WORDS else 1.0) * _number(m["num"]), "")
           for m in _BARE_POINTS.finditer(sentence)] if ", or " in sentence else []
    if "点" not in sentence and "point" not in sentence and "pts" not in sentence:
        return out
    for m in _POINTS.finditer(sentence):
        bounded = _POINT_BOUND_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
        bound = bounded.lastgroup.removesuffix("_zh") if bounded else ""
        before = bounded.start() if bounded else m.start()  # (the verb stands before the bound)
        verb = _POINT_VERB_BEFORE.search(sentence, max(0, before - 20), before)
        if verb is None:  # "up 0.46 percent, or 107.48 points", "涨1.2%或260点": the percent's verb
            percent = _PERCENT_OR.search(sentence, max(0, before - 30), before)
            verb = _POINT_VERB_BEFORE.search(sentence, max(0, percent.start() - 20), percent.start()) if percent else None
        direction = _POINTS_DIRECTION_AFTER.match(sentence, m.end()) if verb is None and m["num"] else None
        if direction:  # "closed 213 points lower at 25,430"
            out.append((m.start(), (-1.0 if direction["dir"].lower() == "lower" else 1.0) * _number(m["num"]), bound))
            continue
        if verb is None or bool(verb["verb"]) != bool(m["num"]):
            continue  # "at 3,880.2 points" is a level; English verbs go with English units
        if verb["verb"]:
            sign = -1.0 if verb["verb"].lower() in _DOWN_POINT_WORDS else 1.0
            out.append((verb.start(), sign * _number(m["num"]), bound))
        else:
            # (挫: Hong Kong papers' fall; "低收215點", "低開85點": closed or opened that many points lower)
            sign = -1.0 if "跌" in verb["zhverb"] or "挫" in verb["zhverb"] or verb["zhverb"].startswith("低") else 1.0
            out.append((verb.start(), sign * _number(m["zhnum"]), bound))
    return sorted(out)

