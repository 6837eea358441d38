"""Percentage moves and index levels, English and Chinese.

A move is a direction word followed by a percentage ("rose 2.1%", "up 0.04%",
"涨超10%", "收跌0.5%") or a limit move ("涨停", "hit the daily limit"). Each move
gets the subject(s) named before it in the same clause; a percentage with no
direction word is never a move, and neither is one whose clause talks about
revenue, orders, weights or year-on-year growth.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

NUM = r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
MORE_NUMS = r"(?P<more>(?:\s*(?:,|and|, and|以及|和|、)\s*(?:over |nearly |about )?\d+(?:\.\d+)?\s*%)+)"

EN_UP = (
    "rose|rise|rises|rising|up|gained|gains|gaining|gain|surged|surges|surging|soared|soaring|soars|"
    "jumped|jumps|jumping|climbed|climbs|climbing|added|adding|advanced|advancing|rallied|rallying|"
    "increased|increasing|edged up|ticked up|spiked|spiking|popped|rebounded|rebounding|higher"
)
EN_DOWN = (
    "fell|falls|falling|fall|down|dropped|drops|dropping|declined|declines|declining|slid|slides|sliding|"
    "tumbled|tumbling|retreated|retreating|shed|shedding|lost|losing|decreased|decreasing|plunged|plunging|"
    "sank|sinking|slumped|slumping|edged down|ticked down|dipped|dipping|eased|slipped|slipping|lower"
)
EN_QUAL = (
    r"as much as|up to|as high as|over|more than|above|at least|nearly|almost|about|around|"
    r"approximately|roughly|close to"
)
EN_MOVE = re.compile(
    rf"(?<![A-Za-z])(?P<close>(?:closed|closing|ended|ending|finished|finishing|settled|opened|opening|was|is|"
    rf"were|are|currently|still)\s+)?(?P<verb>{EN_UP}|{EN_DOWN})\s+(?:by\s+)?"
    rf"(?:(?:a|another)\s+(?:cumulative|combined|total|further)\s+|another\s+)?(?:(?P<qual>{EN_QUAL})\s+)?"
    rf"{NUM}\s*(?:%|percent|per cent){MORE_NUMS}?",
    re.IGNORECASE,
)
EN_NOUN = re.compile(
    rf"(?P<verb>increase|gain|rise|jump|surge|advance|drop|decline|fall|loss|slide)\s+of\s+"
    rf"(?:(?P<qual>{EN_QUAL})\s+)?{NUM}\s*%",
    re.IGNORECASE,
)
EN_NOUN_AFTER = re.compile(
    rf"\b(?:a|an)\s+(?:(?P<qual>{EN_QUAL})\s+)?{NUM}\s*%\s+(?P<verb>rise|gain|jump|increase|advance|rally|"
    rf"drop|fall|decline|loss|slide|slump)\b",
    re.IGNORECASE,
)
# "Cambricon +4.38%", "3,429.76 (+0.11%)", "寒武纪+4.38%": terminal and snapshot style
SIGNED = re.compile(r"(?<![A-Za-z0-9.%])(?P<sign>[+\-−﹣－])\s?" + NUM + r"\s*%")
EN_TRAILING_DIR = re.compile(rf"{NUM}\s*%\s+(?P<verb>higher|lower)\b")
EN_ELLIPTIC = re.compile(rf"\s*,?\s*by\s+(?:(?P<qual>{EN_QUAL})\s+)?{NUM}\s*%")
# "surged 20% to the daily limit": the limit phrase right after the figure
EN_LIMIT_AFTER = re.compile(r"\s*,?\s*(?:to|hitting|and hit)\s+(?:the|its)\s+(?:\d+%\s+)?(?:daily\s+)?(?:upper\s+)?limit")
EN_LIMIT = re.compile(
    r"(?:hit|hits|hitting|reached|touched|to)\s+the\s+(?:(?P<num>\d+)%\s+)?(?:daily\s+)?(?:upper\s+)?limit(?:\s+up)?|"
    r"\blimit[- ]up\b|\bhit\s+limit\s+up\b"
)

ZH_UP = "高开|红盘上涨|红盘|领涨|上涨|大涨|涨幅|走高|拉升|飙升|上升|收高|涨"
ZH_DOWN = "低开|翻绿下跌|翻绿|领跌|下跌|大跌|跌幅|走低|回落|下挫|下降|收低|跌"
ZH_MOVE = re.compile(
    rf"(?P<close>收盘|收)?(?P<verb>{ZH_UP}|{ZH_DOWN})(?:幅)?(?P<qual>超过|超|逾|近|约|达|为|了)?\s*{NUM}\s*%{MORE_NUMS}?"
)
ZH_LIMIT = re.compile(r"(?P<verb>涨停|跌停)")

EN_DOWN_WORDS = set(EN_DOWN.split("|"))
ZH_DOWN_WORDS = set(ZH_DOWN.split("|")) | {"跌停"}

# qualifier of a move from the words around it
QUALIFIERS = {
    "as much as": "intraday_high", "up to": "intraday_high", "as high as": "intraday_high",
    "over": "at_least", "more than": "at_least", "above": "at_least", "at least": "at_least",
    "超过": "at_least", "超": "at_least", "逾": "at_least",
    "nearly": "about", "almost": "about", "about": "about", "around": "about", "approximately": "about",
    "roughly": "about", "close to": "about", "近": "about", "约": "about",
}
_CLOSE_WORDS = {"closed", "closing", "ended", "ending", "finished", "finishing", "settled", "收盘", "收"}
_OPEN_WORDS = {"opened", "opening", "高开", "低开"}
# figures over a window longer than the day; checked around the figure, nearest words first
_WINDOWS = [
    (re.compile(r"this week|for the week|on the week|weekly|week-on-week|past week|本周|周涨幅|周跌幅|近一周|"
                r"过去一周|一周内|上周", re.IGNORECASE), "weekly"),
    (re.compile(r"this month|for the month|past month|monthly|本月|近一个月|一个月来|月内|月涨幅", re.IGNORECASE),
     "monthly"),
    (re.compile(r"year[- ]to[- ]date|so far this year|this year|since the start of the year|\bytd\b|年内|今年以来|"
                r"年初至今|年初以来", re.IGNORECASE), "ytd"),
]
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9, "十": 10}
_STREAK = re.compile(
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)(?:-|\s)(?:straight|consecutive)\s+(?:sessions?|days?|trading days?)|"
    r"(?:over|in) the (?:past|last) (?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten) (?:sessions|days|trading days)|"
    r"连续(?P<n3>\d+|[两二三四五六七八九十])(?:个交易日|日|天)|(?:近|过去)(?P<n4>\d+|[两二三四五六七八九十])(?:个交易日|日|天)|"
    r"(?P<n5>\d+|[两二三四五六七八九十])连(?:涨|跌|阳|阴)",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(r"累计|累积|合计|cumulative|cumulatively|in total|combined|over the (?:past|last)|"
                         r"近\d+|近[两二三四五六七八九十]|过去", re.IGNORECASE)
_INTRADAY_WORDS = {"currently", "still"}
_INTRADAY_CONTEXT = re.compile(r"intraday|盘中|一度|早盘|午盘|in early trade|in morning trade", re.IGNORECASE)
_CLOSE_CONTEXT = re.compile(
    r"收盘|截至收盘|at the close|by the close|收报|to (?:close|finish|end)\b", re.IGNORECASE
)

# words that make a percentage something other than a price move
_NOT_A_MOVE_BEFORE = re.compile(
    r"\b(?:revenues?|profits?|earnings|income|orders|sales|expenditures?|capex|capital spending|turnover rate|"
    r"weights?|weighting|market share|share count|holdings|margins?|target price|price target|GDP|CPI|PMI|"
    r"yields?|unemployment|inflation|population|volumes?|year[- ]on[- ]year|shipments|deliveries)\b|"
    r"营收|收入|利润|净利|订单|占比|权重|份额|换手率|成交额|成交量|市值|规模|出货|目标价",
    re.IGNORECASE,
)
_NOT_A_MOVE_AFTER = re.compile(
    r"^\s*(?:year[- ]on[- ]year|yoy|y/y|from a year|compared (?:to|with)|over the same period|"
    r"of (?:the|global|total|its)|in (?:revenue|sales|profit|net profit|earnings|orders|shipments|deliveries)|"
    r"同比|环比|的份额)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Move:
    """A direction + figure found in a sentence, before its subject is known."""

    start: int  # where the move's words begin (subjects are looked for before this)
    end: int
    values: tuple[float, ...]  # several for "12% and 4.5% respectively"
    qualifier: str
    limit: bool = False  # a limit move: the value may come from the board
    signed: bool = False  # "+4.38%" with no verb: its subject must stand right before it


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _more_values(more: str | None) -> tuple[float, ...]:
    if not more:
        return ()
    return tuple(float(n) for n in re.findall(r"\d+(?:\.\d+)?(?=\s*%)", more))


# any word a window or streak needs; a sentence without one is read without the window patterns
_ANY_WINDOW_WORD = re.compile(
    r"week|month|year|ytd|straight|consecutive|session|cumulativ|combined|total|past|last|"
    r"周|月|年|连|累计|累积|合计|近|过去",
    re.IGNORECASE,
)
_CLAUSE_PUNCTUATION = re.compile(r"[,，;；。]")
_UP_TO = re.compile(r"\s*to\b")
_INTRADAY_PEAK = re.compile(r"一度|as much as")


def _window(sentence: str, span: tuple[int, int], floor: int = 0) -> str | None:
    """``weekly``, ``monthly``, ``ytd`` or ``streak:N`` when the figure covers more than the day.

    Only words after ``floor`` (the end of the figure before) count: "本周涨5.3%，周五涨1.1%".
    """
    if not _ANY_WINDOW_WORD.search(sentence):
        return None
    start = max(clause_start(sentence, span[0]), floor)
    before = sentence[max(start, span[0] - 40):span[0]]
    after = _CLAUSE_PUNCTUATION.split(sentence[span[1]:span[1] + 30], maxsplit=1)[0]
    around = before + " " + after
    for pattern, name in _WINDOWS:
        if pattern.search(around):
            return name
    streak = _STREAK.search(around)
    if streak and _CUMULATIVE.search(around):
        word = next(g for g in streak.groups() if g)
        count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), 0)
        return f"streak:{count}" if count else None
    return None


def _qualifier(qual: str | None, close: str | None, sentence: str, span: tuple[int, int], up: bool,
               floor: int = 0) -> str:
    window = _window(sentence, span, floor)
    if window:
        return window
    if qual and qual.lower() in QUALIFIERS:
        found = QUALIFIERS[qual.lower()]
        if found == "intraday_high" and not up:
            return "intraday_low"
        return found
    close_word = (close or "").strip().lower()
    if close_word in _CLOSE_WORDS:
        return "close"
    if close_word in _OPEN_WORDS:
        return "open"
    if close_word in _INTRADAY_WORDS:
        return "intraday"
    window = sentence[max(floor, span[0] - 30): span[1] + 12]
    if _INTRADAY_CONTEXT.search(window):
        return "intraday_high" if _INTRADAY_PEAK.search(window) else "intraday"
    if _CLOSE_CONTEXT.search(sentence):
        return "close"
    return ""


def _is_growth_figure(sentence: str, move_start: int, end: int, clause_from: int) -> bool:
    if _NOT_A_MOVE_AFTER.match(sentence[end:end + 40]):
        return True
    return bool(_NOT_A_MOVE_BEFORE.search(sentence, clause_from, move_start))


def find_moves(sentence: str, zh: bool) -> list[Move]:
    """The percentage and limit moves of one sentence, in order."""
    moves: list[Move] = []
    pattern = ZH_MOVE if zh else EN_MOVE
    down_words = ZH_DOWN_WORDS if zh else EN_DOWN_WORDS
    floor = 0
    for m in pattern.finditer(sentence):
        verb = m["verb"].lower()
        up = verb not in down_words
        if m["verb"] == "up" and m["qual"] is None and _UP_TO.match(sentence, m.end("verb")):
            continue  # "up to" is a bound, not a move
        if _is_growth_figure(sentence, m.start(), m.end(), clause_start(sentence, m.start())):
            continue
        sign = -1.0 if not up else 1.0
        values = (_number(m["num"]), *_more_values(m["more"]))
        session_word = m["close"] or (m["verb"] if m["verb"] in _OPEN_WORDS else None)
        qualifier = _qualifier(m["qual"], session_word, sentence, m.span(), up, floor)
        floor = m.end()
        limit_word = EN_LIMIT_AFTER.match(sentence, m.end()) if not zh else None
        if limit_word or (zh and "涨停" in sentence[m.end():m.end() + 4]):
            qualifier = "limit_up" if up else "limit_down"
        moves.append(Move(m.start(), m.end(), tuple(sign * v for v in values), qualifier))
    lowered = sentence.lower()
    if not zh:
        for m in EN_NOUN.finditer(sentence) if " of " in lowered else ():
            if _is_growth_figure(sentence, m.start(), m.end(), clause_start(sentence, m.start())):
                continue
            up = m["verb"].lower() in ("increase", "gain", "rise", "jump", "surge", "advance")
            qualifier = _qualifier(m["qual"], None, sentence, m.span(), up)
            moves.append(Move(m.start(), m.end(), ((1.0 if up else -1.0) * _number(m["num"]),), qualifier))
        for m in EN_NOUN_AFTER.finditer(sentence) if "% " in sentence else ():
            if any(mv.start <= m.start() < mv.end for mv in moves):
                continue
            if _is_growth_figure(sentence, m.start(), m.end(), clause_start(sentence, m.start())):
                continue
            up = m["verb"].lower() in ("rise", "gain", "jump", "increase", "advance", "rally")
            qualifier = _qualifier(m["qual"], None, sentence, m.span(), up)
            moves.append(Move(m.start(), m.end(), ((1.0 if up else -1.0) * _number(m["num"]),), qualifier))
        for m in EN_TRAILING_DIR.finditer(sentence) if ("higher" in lowered or "lower" in lowered) else ():
            if any(mv.start <= m.start() < mv.end for mv in moves):
                continue
            if _is_growth_figure(sentence, m.start(), m.end(), clause_start(sentence, m.start())):
                continue
            sign = -1.0 if m["verb"].lower() == "lower" else 1.0
            qualifier = _qualifier(None, None, sentence, m.span(), sign > 0)
            moves.append(Move(m.start(), m.end(), (sign * _number(m["num"]),), qualifier))
    if zh:
        for m in ZH_LIMIT.finditer(sentence):
            if any(mv.start <= m.start() < mv.end + 4 for mv in moves):
                continue  # "涨10%涨停" is already one move
            up = m["verb"] == "涨停"
            moves.append(Move(m.start(), m.end(), (), "limit_up" if up else "limit_down", limit=True))
    else:
        for m in EN_LIMIT.finditer(sentence) if "limit" in lowered else ():
            if any(mv.start <= m.start() < mv.end or EN_LIMIT_AFTER.match(sentence, mv.end) and
                   mv.end <= m.start() <= mv.end + 12 for mv in moves):
                continue  # "rose 10% to the daily limit" is already one move
            value = (float(m["num"]),) if m["num"] else ()
            moves.append(Move(m.start(), m.end(), value, "limit_up", limit=not value))
    for m in SIGNED.finditer(sentence) if any(c in sentence for c in "+-−﹣－") else ():
        if any(mv.start <= m.start() < mv.end for mv in moves):
            continue
        sign = 1.0 if m["sign"] == "+" else -1.0
        moves.append(Move(m.start(), m.end(), (sign * _number(m["num"]),),
                          _qualifier(None, None, sentence, m.span(), sign > 0), signed=True))
    moves.sort(key=lambda mv: mv.start)
    return moves


def elliptic_move(sentence: str, at: int, previous: Move) -> Move | None:
    """ "..., and Haiguang Information (688041) by 10.32%": the verb is shared with the move before."""
    m = EN_ELLIPTIC.match(sentence, at)
    if not m or not previous.values:
        return None
    sign = -1.0 if previous.values[0] < 0 else 1.0
    qualifier = QUALIFIERS.get((m["qual"] or "").lower(), previous.qualifier if previous.qualifier == "close" else "")
    return Move(at, m.end(), (sign * _number(m["num"]),), qualifier)


_CLAUSE_BREAK = re.compile(r"[;；:：]|,\s*(?:while|but|whereas)\s|，(?:而|但)")


def clause_start(sentence: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, pos):
        start = m.end()
    return start


EN_LEVEL = re.compile(
    rf"(?:(?:closed|closing|ended|ending|finished|settled|stood|standing)\s+)?at\s+{NUM}\s*points",
    re.IGNORECASE,
)
ZH_LEVEL = re.compile(rf"(?:报|收于|收报|站上|收在)\s*{NUM}\s*点")


def find_levels(sentence: str, zh: bool) -> list[tuple[int, float]]:
    """Index levels: ``(position, points)`` for "closed at 3,861.87 points" / "报3861.87点"."""
    if "点" not in sentence and "point" not in sentence:
        return []
    pattern = ZH_LEVEL if zh else EN_LEVEL
    out = []
    for m in pattern.finditer(sentence):
        num = next(g for g in m.groups() if g)
        out.append((m.start(), _number(num)))
    return out
