"""Moves of one sentence: figure groups and limit words, each with its subjects and its moment.

Events (percentage groups and limit words) are read left to right; each reads the region
between the previous event (or its clause's start) and its own direction word for names
(``names``). A figure with values for several names ("3.46% and 2.74%, respectively",
"分别上涨…和…") pairs them in order and is dropped when the counts differ; one value with
several names ("A, B and C all rose over 2%", "A、B、C涨停") is each name's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from briefs.extract.hints import hint_pattern
from briefs.extract.grammar import (EN_MOVE_VERB, LIST_ITEM, RESIZING_OPENING, Group, is_not_a_move, percent_runs,
                                    read_group, resized_owner, sector_after)
from briefs.extract.mentions import FUTURES_AFTER, NAME_WORD_BEFORE, Mention, names_futures
from briefs.extract.moments import BOUNDS, DAY_WORDS, Cues, bound_in, qualifier_of, session_default, with_bound
from briefs.extract.places import TRADING_CITIES
from briefs.extract.reference import Instrument, load_reference
from briefs.extract.subjects import (BENCHMARK_POINTER, COMMODITY_AT_END, COMMODITY_LAST_WORDS, COMMODITY_OPENING,
                                     infer_kind, market_as_index)
from briefs.extract.windows import SPAN_UNITS, WINDOW_QUALIFIERS, is_window
from briefs.extract.names import (ZH_RESIZED_MOVE, clean_region, is_blank_region, is_sector_word, item_name,
                                  leading_name, region_items)

# a space between a figure or a word and the next word parts a Chinese title's clauses: "恒指涨0.85% 科指涨1.6%"
_ZH_CLAUSE = re.compile(r"[，；;。：！？!?|]|(?<!\d),|,(?!\d)|:(?!\d)|(?<=[\u4e00-\u9fff%）)])\s+(?=[\u4e00-\u9fff])")
# (", marking a -1.35% move", ", showing a 0.9% loss": a participle's clause whose figure is the subject's before it)
_EN_CLAUSE = re.compile(r"[;:](?!\d)|[!?]\s|,\s*(?:while|but|whereas|although|though|as|after|before|since|marking|"
                        r"representing|showing|posting|registering|recording|logging|notching|booking)\s|"
                        r"\s(?:while|whereas)\s|\*\*|•")

_ZH_LIMIT = re.compile(
    r"(?P<pre>一度触及|一度|接近|逼近|直逼|触及|封|实现|收获|录得)?"
    r"(?:(?P<w>涨停|跌停|地天板|天地板|一字板|(?<![炸开回])(?<!涨停)封板(?!\s*涨停))(?!潮|板块|个股|股票|家数|数|股|只|的个股|价|率)|"
    r"(?P<streak>(?:\d+|[一二两三四五六七八九十]+)连板|(?:\d+|[一二两三四五六七八九十]+)天(?:\d+|[一二两三四五六七八九十]+)板))"
)
_EN_LIMIT = re.compile(
    r"(?P<pre>near(?:ly)?|close to|almost)?\s*(?:(?:hit|hits|hitting|touched|reached|to|by)\s+(?:the|its)\s+"
    r"(?:\d+%\s+)?(?:daily\s+)?(?P<dir>upper\s+|lower\s+)?(?:trading\s+)?limit(?:\s+(?P<updown>up|down))?|"
    r"\blimit[- ](?P<dir2>up|down)\b(?![- ](?:stocks?|shares?|names|boards?|lists?|counts?|tally|prices?)))",
    re.I,
)
_LIMIT_WIDTH = re.compile(r"(?P<pct>[12]0|30|5)\s*(?:cm|%|％)\s*$", re.I)  # "20cm涨停", "以20%涨停"
_EN_DOWN_BEFORE = re.compile(r"(?:fell|dropped|slumped|plunged|tumbled|sank|slid|declined|lost|down)\s*(?:by\s*)?$", re.I)

_PLURAL_POINTER = re.compile(r"(?:二者|两者|这些\w{0,4}|它们|三者|their\s+(?:respective\s+)?(?:sub-?indices|shares|stocks|indices)|the\s+(?:respective\s+)?(?:sub-?indices|indices)|"
                             r"(?:both|each|all)(?:\s+(?:showing|posting|recording|gaining|losing|seeing|with))?(?:\s+an?)?|"
                             r"the two|all three|the three)\s*$", re.I)
_PLURAL_HINTS = hint_pattern("二者", "两者", "这些", "它们", "三者", "their", "both", "each", "all", "the two", "the three",
                             "the sub", "the indices", "the respective")
# what may stand between a pointer and its figure: "The stock is still up 9% year to date"
_AUX = (r"(?:\s+(?:is|was|are|were|has|had|have|been|still|now|also|currently|remains?|stays?|"
        r"(?:ended|closed|finished|settled|ended the (?:morning |afternoon )?session|"
        r"finished the (?:morning |afternoon )?session)))*")
# a pointer at a sector: "with the sector index surging 4.36%", "the sub-index"
_SECTOR_POINTER = r"\b(?:the|this|that)\s+(?:sector|industry|group|sub-?index|sector(?:['’]s)?\s+(?:index|gauge|sub-?index))"
_SINGLE_POINTER = [
    # ("Shares are still up 45% this year": shares, unnamed, opening the sentence are the last name's)
    (re.compile(rf"\b(?:it|its(?:\s+[\w\-.]+){{0,2}}\s+(?:shares|stock|ADRs?)){_AUX}\s*$|^\s*(?:it|its shares)\b|"
                rf"^\s*(?:the\s+)?(?:shares|stock){_AUX}\s*$|"
                rf"其(?:[AH]股|港股|美股)?$", re.I), "any"),
    # (a capitalised word between makes a name, "the Harbor gauge"; "the broader gauge" is another index than the last)
    (re.compile(rf"\b(?:the|this|that)\s+(?-i:[a-z][\w\-]*\s+){{0,2}}(?:ETF|fund){_AUX}\s*$|该ETF$|该基金$", re.I), "etf"),
    # "Computing power shares led the gains, with the sector index surging 4.36%": the sector the sentence named
    (re.compile(rf"{_SECTOR_POINTER}{_AUX}\s*$", re.I), "sector"),
    # "The benchmark index has gained 28 per cent this year": the main index of the article's market, named first
    (re.compile(rf"{BENCHMARK_POINTER}{_AUX}\s*$|基准指数$", re.I), "benchmark"),
    (re.compile(rf"\b(?:the|this|that)\s+(?!(?:broader|wider|broad-based|smaller|narrower|other)\b)"
                rf"(?-i:[a-z][\w\-]*\s+){{0,2}}(?:index|gauge|benchmark|barometer){_AUX}\s*$|该指数$|(?<![)）])指数$",
                re.I), "index"),
    (re.compile(rf"\b(?:the|this|that)\s+(?:[\w\-]+\s+){{0,3}}(?:company|stock|firm|maker|chipmaker|producer|issuer|"
                rf"dealer|publisher|carmaker|automaker|lender|bank|insurer|retailer|developer|giant|operator|"
                rf"group|toymaker|miner|platform)(?:'s shares)?{_AUX}\s*$|该股$|公司股价$|该公司$", re.I), "stock"),
]
# what may follow a known name within the name itself: "Alibaba Group Holding Ltd."
# (and "(Group) Co of China", the rest of Ping An Insurance's full name: "of" and a place after a corporate word)
_CORPORATE = re.compile(r"(?:,?\s+(?:Group|Holdings?|Ltd|Limited|Inc|Co|Corp|Corporation|Company|PLC|plc|\((?:Group|Holdings)\))\.?)+"
                        r"(?:\s+of\s+(?:China|Hong Kong|America))?")
# what a clause says of the name before it after its figure: its price ("to $8.88") or its rank ("the top blue-chip gainer")
_PRICE_OR_RANK_ITEM = re.compile(r"\s*(?:(?:to|at)\s+(?:HK|US|S|A|C)?\$\s*[\d.,]+|"
                                 r"the\s+(?:[\w\-]+\s+){0,3}(?:gainer|loser|performer|decliner|laggard|advancer|drag|"
                                 r"winner|mover)s?)\s*,?\s*", re.I)
# a board spoken of without its name ("板块指数", "该板块") and the boards a sentence names ("半导体板块")
_ZH_SECTOR_POINTER = re.compile(r"(?:该|此|其)?板块(?:指数)?")
_ZH_SECTOR_NAMED = re.compile(r"(?P<name>(?<![\u4e00-\u9fffA-Za-z0-9])[\u4e00-\u9fffA-Za-z0-9]{2,10}?板块)")
_ZH_TIME_OPENING = re.compile(r"(?:今日|今天|早盘|午后|盘中|尾盘|其中|随后|此外|另外|而)*")
_POINTER_REACH = 60  # how far back from a region's end a pointing phrase may begin
_LATTER = re.compile(r"\b(?:the\s+)?(?P<which>latter|former)\s*$|(?P<zh>后者|前者)", re.I)
_ANY_POINTER = re.compile(r"该指数|该ETF|该股|该基金|\b(?:It|The index|The stock|The ETF)\b")
_PREDICATE = re.compile(r"[\s,]+(?:led|leading|lead|were|was|are|is|topped|posted|ranked|ranks|rank|stood|stand|"
                        r"stands|made|saw|remain|remained)\b.*$", re.I)
# "X is the best performer, up 0.2%", "materials shares were relative laggards, down 0.9%": the predicate
# between a name and its figure
_BEST_PREDICATE = re.compile(r"\s+(?:is|was|are|were|ranks?|ranked)\s+(?:(?:also|again|both|all|likewise)\s+)?(?:the\s+)?(?:(?:day|session|week)['’]s\s+)?(?:next|best|worst|top|biggest|only|sole|lone|"
                             r"leading|second|third|weakest|strongest|largest|worst-performing|best-performing|relative|among)\b"
                             r"[^,]*,?\s*$|"
                             # "energy shares led gains, rising 1.8%": the ranking between a name and its figure
                             r"\s+(?:(?:also|again|both|all)\s+)?(?:led|leading)\s+(?:the\s+)?(?:gains|gainers|advances?|rally|losses|losers|decliners|"
                             r"declines?|laggards|way)\b(?:[^,]*,\s*(?:rising|falling|gaining|losing|climbing|sliding|"
                             r"dropping|jumping|up|down|adding|shedding)?|"
                             # "... led gainers on the Hang Seng Index with a 7.2% jump": the board it led on is no subject
                             r"\s+(?:on|in|among|across)\s+[^,]*?)?\s*$", re.I)  # "... led declines with a 2.3% drop"
# what may stand between a figure and the next one of the same subject: "... is up 0.2% in midday trading and up 7.95%"
_CONTINUATION_WORDS = frozenset(
    "and but then before after later or in on at by during for with including to this that the a an week month "
    "year day session sessions trading trade morning afternoon midday early late is was has had were are been "
    "closing ending finishing settling closed ended finished settled currently now still intraday friday monday "
    "tuesday wednesday thursday on the day basis year-to-date while paring pared trimming trimmed losses gains "
    "its their close end finish extending extended extends narrowing narrowed widening widened deepening deepened "
    "cutting weekly monthly annual previous prior last since january february march april may june july august "
    "september october november december early mid late so far date over across past days straight consecutive "
    "two three four five six seven eight nine ten "
    # "fell as much as 3% before recovering to finish 0.6% higher": the turn between two figures of one subject
    "recovering recovered rebounding rebounded reversing reversed turning turned bouncing bounced "
    # "rose 1.5% in premarket trading before turning lower, and was last down 0.6%"
    "higher lower positive negative premarket pre-market after-hours postmarket post-market extended "
    # "slipped about 1.5%, giving back part of Thursday's 4% rally": what the move undid is the subject's own
    "giving gave back part some much all of "
    # "jumped 9.7%, taking its gain this year to 180%": the subject's own move, resized
    "taking took bringing brought".split())  # "…, which dropped 9% over the previous three sessions,"


# what may stand between two figures of one subject besides connecting words: the place it trades ("in Hong
# Kong"), a remark on the first figure (", its third straight gain,")
# (and the level or price the first figure took it to: "opened 0.3% higher at 25,980 and was up 0.4%")
_ASIDES = re.compile(r"\b(?:in|on)\s+(?:Hong Kong|Shanghai|Shenzhen|New York|the Nasdaq|the NYSE)\b|"
                     r"\b(?:at|to)\s+(?:HK\$|US\$|\$)?\d[\d,]*(?:\.\d+)?(?:\s*(?:points|pts))?|"
                     r"\bon\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                     r",\s*(?:its|their|a|the)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,5}\s*,", re.I)


_RESIZING_CLAUSE = re.compile(RESIZING_OPENING.pattern + r"[^,;]*$", re.I)
_ZH_ALL = re.compile(r"都|均|各|皆|齐|双双")
# a clause of an index's level or change in points alone: "比前一交易日下跌20.11点", "收于7985.12点"
_ZH_POINTS_CLAUSE = re.compile(r"\s*(?:(?:较|比)(?:前一?个?|上一?个?)?交易日|较昨日|较前日)?\s*(?:上涨|下跌|上升|下降|涨|跌|升|降|"
                               r"收涨|收跌|收于|报收|收报|报)\s*[\d,.]+\s*点\s*$")
_POINTER_AFTER = re.compile(r"\s*in\s+the\s+(?P<what>benchmark(?:\s+index)?|index|gauge)\b(?!\s+(?:of|for)\b)", re.I)
# the cities whose markets a wrap names by their place ("indexes rose 0.8% in Tokyo"), and their main indices
_CITY_INDEX = {"Tokyo": "N225.JP", "Seoul": "KS11.KR", "Hong Kong": "HSI.HK", "Shanghai": "000001.SH",
               "Shenzhen": "399001.SZ", "Sydney": "AXJO.AU", "Mumbai": "SENSEX.IN", "Taipei": "TWII.TW"}
_CITY_AFTER = re.compile(rf"\s+in\s+(?P<city>{'|'.join(_CITY_INDEX)})\b(?!\s*-)")
# a city alone before the verb, after nothing but a clause's opening: "Hong Kong fell", ", while Tokyo ended"
_CITY_SUBJECT = re.compile(rf"(?:^|[,;]\s*|\b(?:and|while|but|whereas)\s+)(?P<city>{'|'.join(_CITY_INDEX)}|Taiwan|South Korea|"
                           rf"Australia|Japan)(?:\s+(?:was|were|is|had|has|also|ended|closed|finished))*\s*$")
# "Hong Kong's benchmark pared losses to close 0.3% lower", "Japan's main index": a market's main index by its place
_PLACE_INDEX = {**_CITY_INDEX, "Japan": "N225.JP", "South Korea": "KS11.KR", "Taiwan": "TWII.TW", "Australia": "AXJO.AU"}
_PLACE_BENCHMARK = re.compile(rf"(?:^|[,;]\s*|\b(?:and|while|but|whereas)\s+)(?:the\s+)?(?P<city>{'|'.join(_PLACE_INDEX)})"
                              r"['’]s\s+(?:benchmark|main|key)(?:\s+(?:[a-z]+\s+)?(?:index|gauge))?\b(?!\s+[A-Z\d])")
# "Australian shares opened 0.4% higher", "South Korean stocks fell 0.5%": a country's stocks, said by its adjective,
# are its main index where the market has one benchmark; any other country's ("Indian shares", "German stocks") are no
# subject a figure can be given to (never a stock named "Indian"); a region's ("Emerging market stocks") is a name
_NATIONAL_INDEX = {"Australian": "AXJO.AU", "South Korean": "KS11.KR", "Korean": "KS11.KR", "Taiwanese": "TWII.TW",
                   "Taiwan": "TWII.TW"}
_NATIONAL_STOCKS = re.compile(r"(?:^|[,;]\s*|(?:and|while|but|whereas)\s+)(?:the\s+)?(?P<name>(?P<adj>Australian|South Korean|"
                              r"Korean|Taiwanese|Taiwan|Indian|Japanese|Chinese|German|French|British|Thai|"
                              r"Vietnamese|Indonesian|Malaysian|Singapore(?:an)?|Philippine|New Zealand|Canadian|Brazilian|"
                              r"Mexican|Swiss|Italian|Spanish|Dutch)\s+"
                              r"(?:stocks|shares|equities|stock markets?|bourses?))"
                              r"(?:\s+(?:were|was|also|ended|closed|finished|opened))*\s*$")
# "Hong Kong stocks rose 131.62 points, or 0.52 percent": a market's stocks moving in points are its main index (Xinhua)
_PLACE_STOCKS = re.compile(rf"(?:^|[,;]\s*|\b(?:and|while|but|whereas)\s+)(?P<name>(?P<city>{'|'.join(_PLACE_INDEX)})\s+"
                           rf"(?:stocks|shares))(?:\s+(?:were|was|also|ended|closed|finished))*\s*$")
_MARKETS_WORD = re.compile(r"(?:stock\s+)?(?:indexes|indices|benchmarks|markets|stocks|shares)", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_SPAN_WORD = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-(?:day|session|week|month|year)", re.I)


def _continues(region: str) -> bool:
    """True when an English region holds only connecting words: "... is up 0.2% in midday trading and up 7.95%"."""
    # ("extending this year's gain": a window's possessive is the window's word)
    words = re.findall(r"[A-Za-z\-]+|[^\sA-Za-z\-,]", _POSSESSIVE.sub("", _ASIDES.sub(" ", region)))
    return all(w.lower() in _CONTINUATION_WORDS or _SPAN_WORD.fullmatch(w) for w in words) and len(words) <= 10
@dataclass
class Read:
    """One move as read: whose, what, and when it holds."""

    subjects: list[Mention]
    values: tuple[float, ...]  # one per subject, or one shared
    qualifier: str
    limit: str = ""  # "up" / "down": the value comes from each subject's board
    leader: str = ""  # "up" / "down": a ranking statement ("机器人板块领涨"), no figure
    start: int = -1  # where the figure's direction phrase begins (its subjects' region ends here)
    defaulted: bool = False  # the qualifier is the article's default: the sentence said no moment


@lru_cache(maxsize=64)
def _clause_starts(view: str, zh: bool) -> tuple[tuple[int, int], ...]:
    """(where a clause break stands, where the clause after it begins), for every break of a sentence."""
    starts = []
    for m in (_ZH_CLAUSE if zh else _EN_CLAUSE).finditer(view):
        opened = max(view.rfind("(", 0, m.start()), view.rfind("（", 0, m.start()), view.rfind("[", 0, m.start()))
        closed = max(view.rfind(")", 0, m.start()), view.rfind("）", 0, m.start()), view.rfind("]", 0, m.start()))
        if opened > closed:
            continue  # "（代码：000688）": punctuation inside brackets ends no clause
        starts.append((m.start(), m.end()))
    return tuple(starts)


def clause_from(view: str, at: int, zh: bool) -> int:
    """Where the clause holding position ``at`` begins."""
    start = 0
    for _, after in _clause_starts(view, zh):
        if after > at:  # a break reaching past ``at`` (as the finditer up to ``at`` never saw) does not count
            break
        start = after
    return start


def _events(view: str, zh: bool) -> list[tuple[int, int, Any]]:
    """The sentence's percentage runs, limit words and ranking words, in order: (start, end, payload)."""
    events: list[tuple[int, int, Any]] = []
    for start, end, items in percent_runs(view):
        events.append((start, end, items))
    for m in _ZH_LIMIT.finditer(view) if ("停" in view or "板" in view) else ():
        if m["pre"] in ("接近", "逼近", "直逼"):
            continue
        if view.startswith("或", m.end()):
            continue  # "涨停或涨超10%": either the limit or over 10%, for each name: only the bound is every one's
        # 地天板: from the lower limit to the upper one; 天地板 the other way; 封板: sealed at the upper limit
        direction = "down" if m["w"] in ("跌停", "天地板") else "up"
        width = _LIMIT_WIDTH.search(view, max(0, m.start() - 6), m.start())  # "20cm涨停": the limit stated
        events.append((m.start(), m.end(), (direction, m["pre"] or "", float(width["pct"]) if width else None)))
        if width and "%" in width.group(0) or width and "％" in width.group(0):
            # "以20%涨停收盘": the percentage is the limit's width, read with the limit, not a move of its own
            events = [e for e in events if not (isinstance(e[2], list) and width.start() <= e[0] < width.end())]
    for m in _EN_LIMIT.finditer(view) if "limit" in view.lower() else ():
        if m["pre"]:
            continue
        down = (m["dir"] or "").strip().lower() == "lower" or (m["updown"] or m["dir2"] or "").lower() == "down" \
            or bool(_EN_DOWN_BEFORE.search(view[max(0, m.start() - 16):m.start()]))
        # "surged by the daily limit": the verb before is the move's, no part of a name
        verb = next((v for v in EN_MOVE_VERB.finditer(view, max(0, m.start() - 16), m.start())
                     if not view[v.end():m.start()].strip()), None)
        events.append((verb.start() if verb else m.start(), m.end(), ("down" if down else "up", "")))
    for m in _LEADER.finditer(view) if ("领" in view or "led" in view or "lead" in view) else ():
        down = bool(m["zhdown"]) or bool(m["endown"])
        events.append((m.start(), m.end(), ("leader-down" if down else "leader-up", "by" if m["by"] else "")))
    events.sort(key=lambda e: e[0])
    return events


# a count of a kind: "多只", "两只", "5家" (a number of them too: "两只新股上市首日涨超200%" is two debuts, neither named)
_ZH_COUNT_OF = r"(?:多|数|几|十余|数十|[两二三四五六七八九十]|\d+)(?:只|家|个|支|款)"
_ZH_SEVERAL_BEFORE = re.compile(rf"{_ZH_COUNT_OF}(?:新股|个股|股票|ETF|基金)?$|(?:部分|一批|不少|众多|大量|多数|大部分|个别)$")
# the participles whose figures are the clause before's subjects' ("…, showing a loss of 2.1% and 1.7%, respectively")
_PARTICIPLES = r"showing|posting|registering|recording|logging|notching|booking|trading"  # ("…, trading lower by 4.4% and 3.7%")
_PARTICIPLE_HINT = re.compile(_PARTICIPLES)
_ZH_SEVERAL_NAME = re.compile(_ZH_COUNT_OF)  # "两只新股" as the name
_ZH_SEVERAL_HINT = re.compile(r"[多数几余批少众量只家支]")
_RELATED_HINT = re.compile(r"related|linked|tied|connected|exposed|supplier|peer|rival|partner|customer|concept|supply")
_WHICH_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:has\s+|had\s+|also\s+)?$")
_RELATED_TO_BEFORE = re.compile(r"\b(?:related|linked|tied|connected|exposed|suppliers|peers)\s+(?:to|of)\s+(?:the\s+)?$",
                                re.I)
_RELATED_AFTER = re.compile(r"(?:-related|-linked|-exposed|\s+(?:suppliers|peers|rivals|partners|customers|"
                            r"concept stocks|supply chain|supply-chain)\b)", re.I)
_COPULA = re.compile(r"\s(?:are|is|were|was)\s")
_NAME_BREAK = re.compile(r"[,;]\s*(?:(?:and|but|while|whereas)\s+)?")
_ASIDE_BEFORE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,\s*$")
_AND_VERB = re.compile(r"\s(?:and|but)\s+$")


def _has_capital(view: str, start: int, end: int) -> bool:
    """True when a capitalised word stands in ``view[start:end]`` (a name may be there)."""
    return any(word[:1].isupper() for word in view[start:end].split())


_PARTICIPLE_BEFORE = re.compile(rf",\s*(?:{_PARTICIPLES})\s+$")
_BY_THE_FIGURE = re.compile(r"\s*,?\s*(?:by\s+|with\s+)?")  # between a ranking and its leaders' figures
# ranking statements: "机器人板块领涨", "chipmakers led the decline", "led by healthcare"
_LEADER = re.compile(
    # ("昨日领跌的算力股反弹": a clause describing the names after 的, not a ranking of the name before)
    r"(?:(?P<zhup>领涨)|(?P<zhdown>领跌))(?![\d.]|\s*[\d%]|幅|的)|"
    r"\b(?:led|leading|lead)\s+(?:the\s+)?(?:(?P<enup>gains|gainers|advance|advances|rally|charge|rise|market(?!\s+lower))|"
    r"(?P<endown>declines|decliners|losses|losers|laggards|decline|fall|slide|sell-off|selloff|retreat|drop))\b|"
    r"\b(?P<by>led\s+by)\s",
    re.I,
)


def _names(view: str, sentence: str, start: int, end: int, zh: bool, count: int,
           mentions: list[Mention]) -> list[Mention]:
    """The names a region gives, known mentions first."""
    raw_end = end
    start, end = clean_region(view, start, end, zh)
    if end <= start:
        return []
    found: list[Mention] = []
    items = region_items(view, start, end, zh, count)
    if len(items) > 1:
        items = _join_inside_known(items, mentions)
    if not zh and count == 1 and len(items) > 1:
        items = _join_index_words(view, items, mentions)
    if not zh and count == 1 and len(items) > 1:
        # "rose 5.6% to $8.88, the top blue-chip gainer, followed by SINO BIOPHARM (01177.HK), up 4.1%": the price
        # and the rank of the name before, set off by commas, name nobody
        items = [(a, b) for a, b in items if not _PRICE_OR_RANK_ITEM.fullmatch(view, a, b)] or items
    # "Among auto stocks, NIO-SW and XPENG-W", "Of the 11 sectors, energy gained the most,": a scene opens the region
    scene = not zh and len(items) > 1 and bool(_CONTEXT_ITEM.match(view, items[0][0]))
    if not zh and count == 1 and len(items) > 1 and not scene and view[start:raw_end].rstrip().endswith(",") and \
            not any(_LIST_JOIN.search(view, b, a) for (_, b), (a, _) in zip(items, items[1:])):
        # "The CBOE Volatility index, Wall Street's fear gauge, jumped 14%": words set off by commas after a
        # name, with no "and" to make a list, describe it
        items = items[:1]
    for a, b in items:
        if not zh and _CONTEXT_ITEM.match(view, a) and len(items) > 1:
            continue  # the scene names no subject
        # the last item may end in words the cleaning took off that belong to a known name ("Chip stocks")
        limit = max(b, raw_end) if b == end else b
        # "Hua Hong Semiconductor's A shares": after a possessive, a market's name is a listing word, not the subject
        known = [m for m in mentions if a <= m.start and m.end <= limit + 1 and not _is_listing_word(view, m)]
        if any(names_futures(view, m) for m in known):
            continue  # "Futures tied to the Dow", "恒指夜期": the futures, not the index
        part = _part_of_index(view, sentence, known, a, limit) if not zh else None
        if part is not None:  # "The S&P 500's energy sector", "Energy stocks in the S&P 500": the part, not the index
            found.append(part)
            continue
        tail_ok = [m for m in known if (_ends_item(view, m.end, limit, zh) or _ends_item(view, m.end, b, zh) or
                                        zh and _describes_index(view, m, b)) and not _names_a_fund(view, m, limit)]
        if tail_ok:
            last = tail_ok[-1]
            if "futures" in view[last.end:limit + 1].lower() and (last.instrument is None or
                                                                 last.instrument.kind != "commodity"):
                continue  # "Hang Seng Index futures": the futures, not the index
            found.append(last)
            continue
        named = item_name(view, sentence, a, b, zh, in_list=count > 1 or len(items) > 1)
        if named is not None:
            # a code written beside the name settles it; a known name inside a longer one does not
            # ("Tencent Music Entertainment Group" is not Tencent)
            code_mention = next((m for m in mentions if m.start < named.end and named.start < m.end and (
                m.code_text or m.instrument is not None and named.subject.lower() in (
                    m.instrument.name_en.lower(), m.instrument.name_zh) or
                (m.instrument is not None or m.candidates or m.shared) and m.start == named.start and
                # "Nvidia Corp." holds the alias "Nvidia Corp" and its full stop
                (named.end - m.end in (0, 1) or _CORPORATE.fullmatch(view[m.end:named.end])))), None)
            found.append(code_mention or named)
    if not zh and count == 1 and any(not _lowercase_phrase(m.subject) for m in found):
        found = [m for m in found if not _lowercase_phrase(m.subject)]  # "overnight, and Baidu ADRs": names win
    if not found and not zh and items:  # "Kweichow Moutai extended its slide, down 2.4%": the clause's subject
        a, b = items[-1]
        opening = next((m for m in mentions if a <= m.start < b and _ONLY_THE.fullmatch(view, a, m.start)), None)
        if opening is not None and opening.instrument is not None and not _is_listing_word(view, opening) and \
                not names_futures(view, opening):
            # "the yuan was quoted at 7.1032 per U.S. dollar, 0.05% firmer": a known name opening the clause
            return [opening]
        lead = leading_name(view[a:b])
        if lead and FUTURES_AFTER.match(view, a + lead[1]):
            lead = None  # "Hang Seng index futures indicated a weaker open": the futures, not the index
        if lead:
            # a known name overlapping the leading one ("The Dow" holds "Dow") is the one meant
            known = [m for m in mentions if m.start < a + lead[1] and a + lead[0] < m.end and
                     not _is_listing_word(view, m)]
            found = known[:1] or [Mention(a + lead[0], a + lead[1], sentence[a + lead[0]:a + lead[1]], None)]
    if not found and not zh and count <= 1 and items:
        # "The STAR 50 Index on the Shanghai Stock Exchange's sci-tech innovation board climbed 2.12 percent": a
        # known name opening the region, a place phrase after it
        a, b = items[0]
        first = next((m for m in mentions if a <= m.start and m.end <= b), None)
        if first is not None and _ONLY_THE.fullmatch(view, a, first.start) and _PLACE_AFTER.match(view, first.end, b):
            found = [first]
    return found


_AND_BETWEEN = re.compile(r"\s+and\s+$")
_INDEX_END = re.compile(r"(?:sub-?index|index)$", re.I)


def _join_inside_known(items: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Items a known name spans, joined: "Hong Kong Exchanges and Clearing" is one name, not a list of two."""
    joined: list[tuple[int, int]] = []
    for a, b in items:
        # (a name with two listings counts: "Industrial and Commercial Bank of China" is ICBC's A or H shares)
        if joined and any((m.instrument is not None or m.candidates) and m.start < joined[-1][1] and a < m.end
                          for m in mentions):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def _join_index_words(view: str, items: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Items split at "and" joined again when they are one index's name: "the Hang Seng Commerce and Industry
    Sub-index" (the words after "and" open no name of their own, and those before it name no known one)."""
    joined = [items[0]]
    for a, b in items[1:]:
        prev_a, prev_b = joined[-1]
        first = view[prev_a:prev_b].rstrip()
        if _AND_BETWEEN.fullmatch(view, prev_b, a) and _INDEX_END.search(view, a, b) and \
                not view.startswith(("the ", "The "), a) and view[a:a + 1].isupper() and \
                not any(prev_a <= m.start and m.end >= prev_a + len(first) for m in mentions
                        if m.instrument is not None) and not _INDEX_END.search(first):
            joined[-1] = (prev_a, b)
        else:
            joined.append((a, b))
    return joined


# words that set the scene, not a subject: "Among auto stocks,", "Of the 11 major S&P 500 sectors,", "At 0405 GMT,"
# ("in trading today Apple is up" is a time, then the subject)
_CONTEXT_ITEM = re.compile(r"\s*(?:(?:earlier|later|meanwhile|elsewhere|separately|overnight),?\s+)?"  # "Earlier in Asia,"
                           r"(?:among|in(?!\s+(?:early |late |afternoon |morning |midday )?trad)|at|on|for|across|"
                           r"within|elsewhere in|outside|around|of the)\s", re.I)
_LIST_JOIN = re.compile(r"\b(?:and|or|as well as)\b|&")
_POSSESSIVE_END = re.compile(r"(?:['’]s|\bClass)\s*$")


# a part of an index named beside it: after it ("S&P 500 energy stocks", "The Hang Seng's property sub-index") or
# before it ("The energy sector of the S&P 500", "Energy stocks in the S&P 500")
_PART_AFTER = re.compile(r"(?:['’]s)?\s+(?!(?:tracking|that|which|who)\b)(?:[a-z][a-z\-&]*\s+){1,3}?"
                         r"(?:sectors?|sub-?sectors?|sub-?index|stocks|shares|names)\b")
_PART_BEFORE = re.compile(r"(?P<part>(?:[A-Za-z][a-z\-&]*\s+){1,3}?(?:sectors?|sub-?sectors?|sub-?index|stocks|shares|names))"
                          r"\s+(?:of|in|on|within)\s+(?:the\s+)?$")


def _part_of_index(view: str, sentence: str, known: list[Mention], start: int, end: int) -> Mention | None:
    """The part of a known index an item names, as written, or None when the item names the index itself (or
    says what its part tracks: "The sub-index of the Hang Seng tracking energy shares" is read by its name)."""
    if "track" in view[start:end]:
        return None
    for m in known:
        if m.instrument is None or m.instrument.kind not in ("index", "market"):
            continue
        after = _PART_AFTER.match(view, m.end)
        if after and after.end() <= end + 1:
            return Mention(m.start, after.end(), sentence[m.start:after.end()], None)
        before = _PART_BEFORE.search(view, start, m.start)
        if before:
            a, b = before.span("part")
            a += len(view[a:b]) - len(re.sub(r"^(?:the|its|their)\s+", "", view[a:b], flags=re.I))
            return Mention(a, b, sentence[a:b], None)
    return None


def _names_a_fund(view: str, mention: Mention, end: int) -> bool:
    """True when a known index or sector's name opens a fund's: "恒生科技指数ETF", "沪深300ETF" is the ETF."""
    return mention.instrument is not None and mention.instrument.kind in ("index", "sector") and \
        "ETF" in view[mention.end:end + 1]


def _is_listing_word(view: str, mention: Mention) -> bool:
    """True when a market's name stands for a listing or a share class: "Hua Hong Semiconductor's A shares",
    "Alphabet Inc.'s Class A shares"."""
    return mention.instrument is not None and mention.instrument.kind == "market" and \
        bool(_POSSESSIVE_END.search(view, 0, mention.start))
_ONLY_THE = re.compile(r"[\s,]*(?:the\s+)?", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:on|in|at)\s+(?:the\s+)?[A-Z][\w\s'’\-]{0,60}\s*$")


_BENCHMARK_HINTS = hint_pattern("perform", "beat", "outpac", "compared", "versus", "vs", "relative", "than", "against", "跑赢",
                                "跑输", "相对", "相比", "较")
# what may stand between an owner's "'s" and its figure: "the S&P 500's daily gain of 0.52%"
_OWNED_WORD = r"(?:daily|own|session|intraday)"
_OWNS_NOUN = re.compile(rf"['’]s(?:\s+{_OWNED_WORD})?\s*$", re.I)  # the figure's words follow
# a relative clause on the name before it, up to its figure: ", which is down", ", which has gained"
_OWN_RELATIVE = re.compile(r"\s*(?:index\s*)?,\s*which\s+(?:(?:is|was|has|had|have)\s+)?(?:(?:been|also|now)\s+)?"
                           r"[a-z]+\s+(?:by\s+)?(?:about\s+|nearly\s+|more than\s+|some\s+)?$", re.I)
_BENCHMARK_BEFORE = re.compile(r"\b(?:outperform(?:ed|ing|s)?|underperform(?:ed|ing|s)?|beat(?:ing|s)?|"
                               # ("Against the Japanese yen, the dollar weakened 0.5%": the yen is what it is measured in)
                               r"outpac(?:ed|ing|es)|compared (?:to|with)|versus|vs\.?|relative to|than|against)\s+(?:the\s+)?"
                               r"(?:(?-i:[A-Z])[a-z]+\s+)?$|"
                               r"(?:跑赢|跑输|相对于|相比|较)$", re.I)
# (a known name may be followed by the city it trades in: "the Kospi in Seoul gave up 0.8%")
_ITEM_TAIL = re.compile(r"^\s*(?:,?\s*(?:Inc|Corp|Co|Ltd|Group|Holdings|Plc|PLC)\.?)?\s*(?:of\s+[\w\s\-]{1,30}?)?"
                        rf"(?:\s*(?:in|on)\s+(?:{TRADING_CITIES})\b)?"
                        r"(?:['’]s(?:\s+" + _OWNED_WORD + r")?)?\s*(?:(?:US|U\.S\.|Hong Kong|HK|Shanghai|Shenzhen)(?:-listed)?(?:\s+(?:shares|stock|ADRs?))?)?\s*(?:(?:futures|contracts?)(?:\s+for\s+[A-Za-z]+(?:\s+\d{4})?\s+delivery)?|prices?)?\s*(?:sub-?index|index|indexes|indices|shares|stock|ADRs?|ETFs?|funds?|sectors?|group)?\s*"
                        r"(?:[:：]?\s*[\d,.]+\s*(?:points|pts|点)?(?:\s*[-+↑↓▲▼]\s*[\d,.]+)?)?\s*[(（]?\s*$", re.I)


def _lowercase_phrase(subject: str) -> bool:
    """A phrase of lower-case words ("food and beverage producers", "Small caps outperformed" opening a
    sentence), not a name."""
    words = subject.split()
    return subject[:1].islower() or len(words) > 1 and all(w[:1].islower() for w in words[1:])


def _ends_item(view: str, at: int, end: int, zh: bool) -> bool:
    rest = view[at:end]
    return not rest.strip() or bool(_ITEM_TAIL.match(rest)) or zh and bool(_ZH_ITEM_TAIL.match(rest))


# what may follow a known Chinese name within its item: a corporate or listing word, not another name's part
# (碧桂园服务 is not 碧桂园, 腾讯音乐 not 腾讯)
_ZH_ITEM_TAIL = re.compile(r"^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:股份|集团|控股|公司|[AHB]股|港股|美股|ADRs?|股价|股|-[A-Z]{1,2}|"
                           r"板块|指数|概念|行业|ETF|方面|兑美元|兑港元|兑人民币|期货|主力合约)?\s*(?:微)?\s*"
                           r"(?:[:：]?\s*[\d,.]+\s*(?:点)?\s*(?:[-+↑↓▲▼]\s*[\d,.]+\s*)?[(（]?)?\s*$")  # a quote row: "恒生指数 25,600.5 -213.1 (", "恒指 25,620 ↓120 ("


# what a Chinese report says of an index between its name and its move ("沪指缩量调整跌0.31%", "沪指窄幅整理"): the
# index's session, no longer name (a word that would make one, "指数", "基金", "公司", stays a name's)
_ZH_INDEX_DESCRIPTION = re.compile(r"(?![\u4e00-\u9fff]*(?:指数|基金|板块|概念|公司|集团|股份|银行|证券|科技|期货|合约))"
                                   r"[\u4e00-\u9fff]{2,6}\s*")


def _describes_index(view: str, mention: Mention, end: int) -> bool:
    """True when the words from a known index's name to ``end`` say how it traded, not a longer name."""
    return mention.instrument is not None and mention.instrument.kind in ("index", "market") and \
        bool(_ZH_INDEX_DESCRIPTION.fullmatch(view, mention.end, end))


_RANKED_LIST = re.compile(r"(?P<names>[^，,；;：:]+?(?:板块|行业|概念)?)(?:领涨|领跌|涨幅居前|跌幅居前|居前|靠前|走强|走弱)"
                          r"[，,]?\s*$")
_LISTED_BY = re.compile(r"(?:是|有|为|包括|：|:)(?P<names>[^是有为：:，,；;]+?)[，,]?\s*$")
_LED_BY_ZH = re.compile(r"以(?P<names>.+?)为首")


# the words between one figure and the next that continue the same subject: an infinitive of result ("to notch a weekly
# gain of"), or a coordinated predicate after words naming no one ("for one of the biggest gains and has soared")
_SAME_SUBJECT_PREDICATE = re.compile(r"\s*(?:to\s+(?:notch|post|record|cap|mark|book|log|secure|clinch|seal|score|register|"
                                     r"chalk up|extend|take|bring|push|lift|leave)\b[^,;A-Z]*|"
                                     # "rose 0.45% to 885.21, and was on track for a weekly gain of 1.4%"
                                     r"(?:[^;A-Z]|GMT|ET)*?\b(?:and\s+)?(?:(?:was|is|were|are|remained|stayed)\s+)?(?:on\s+track|on\s+course|"
                                     r"headed|heading|set|poised|on\s+pace)\s+(?:for|to\s+(?:post|notch|record))\s+"
                                     r"(?:a|an|its|their)\b[^,;A-Z]*|"
                                     r"[^,;A-Z]*\b(?:and|but)(?:\s+(?:has|have|had|is|was|were|also|then|later|last|traded|"
                                     r"subsequently|eventually|finally|ultimately))*)\s*$")  # ("and last traded up 6.8%")
# a clause of a list after a figure over a window: ", QQQ rose", " and IWM slipped" (a name opens it)
# ("…returned 6.2% for the week, and the NASDAQ Composite (+1.4%) lagged": the figure may stand in brackets)
_LIST_OF_CLAUSES = re.compile(r"%[^.;%]*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z0-9][\w.&'’\-]*)*"
                              r"\s*\(?\s*$")
_OPENING_JOIN = re.compile(r"[\s,;]*(?:(?:and|while|but|whereas)\s+)?")
_CLAUSE_JOIN = re.compile(r"[,;]\s*(?:(?:and|while|but|whereas)\s+)")
_MEMBERS_SCENE = re.compile(r"(?:指数)?[^，,。；;%]{0,8}?(?:成分股|成份股|权重股|样本股|板块|行业)(?:中|里|内|之中)")


def _region_subjects(view: str, sentence: str, region_from: int, end: int, group_end: int, zh: bool, count: int,
                     mentions: list[Mention], context, previous: list[Mention], floor: int = 0) -> list[Mention]:
    """The subjects a region names, directly, through a pointer, or by continuing the sentence's subject."""
    raw = view[region_from:end].rstrip(" ,，")
    tail = max(0, len(raw) - _POINTER_REACH)  # pointers end the region: only its tail is searched
    latter = _LATTER.search(raw, tail) if previous else None
    if latter and not any(region_from + latter.start() <= m.start < region_from + latter.end() for m in mentions):
        # (a pointer the sentence already read as one of its two names, "the latter" of "Tencent and Alibaba …", is
        # that name; else it is one of the names read last)
        return previous[-1:] if latter["which"] in ("latter", "后者") else previous[:1]
    if previous and not zh and _SAME_SUBJECT_PREDICATE.match(raw) and \
            not any(region_from <= m.start < end for m in mentions):
        # "jumped 4.8% for one of the market's bigger gains and has soared more than 20% this month", "rose 0.6% to
        # notch a weekly gain of 1.9%": a second predicate of the same subject, no name of its own
        return previous
    if previous and not zh and _RESIZING_CLAUSE.search(raw, tail):
        # "jumped 9.7% after the toymaker raised its forecast, extending this year's gain to more than 180%": the
        # participle's clause resizes the move of the sentence's subject, whatever the clause before it said
        return previous
    lowered_tail = raw[tail:].lower()
    may_point = bool(_PLURAL_HINTS.search(lowered_tail))  # a plain test before the pattern
    plural = _PLURAL_POINTER.search(raw, tail) if may_point else None
    clean_from, clean_end = clean_region(view, region_from, end, zh)
    cleaned = view[clean_from:clean_end]
    plural = plural or (_PLURAL_POINTER.search(cleaned, max(0, len(cleaned) - _POINTER_REACH)) if may_point else None)
    if plural:
        before = plural.string[:plural.start()]
        if before.strip(" ,，"):  # "A, B and C led the losses, their sub-indices sliding ...": the names before
            text_end = region_from + len(_PREDICATE.sub("", before))
            return _names(view, sentence, region_from, text_end, zh, count, mentions)
        start = clause_from(view, region_from - 1, zh) if region_from > 0 else 0
        in_clause = [m for m in mentions if start <= m.start and m.end <= region_from]
        return in_clause or previous
    led = _LED_BY_ZH.search(cleaned) if zh else None
    if led:  # "以芯片产业ETF(159310)为首的芯片类ETF": the leader is named
        return _names(view, sentence, clean_from + led.start("names"), clean_from + led.end("names"), zh, 1,
                      mentions)
    region_text = view[region_from:end]
    best = _BEST_PREDICATE.search(view, region_from, end) if not zh and any(
        word in region_text for word in (" is ", " was ", " are ", " were ", " rank", " led ", " leading ")) else None
    name_end = best.start() if best and not zh else end
    if zh and _ZH_SECTOR_POINTER.fullmatch(cleaned):
        # "半导体板块逆势走强，板块指数涨幅一度扩大至3%": the board named before in the sentence
        boards = list(_ZH_SECTOR_NAMED.finditer(view, 0, region_from))
        if boards:
            start, stop = boards[-1].span("name")
            opening = _ZH_TIME_OPENING.match(view, start, stop)  # "今日半导体板块": the board alone
            start = opening.end() if opening else start
            return [Mention(start, stop, sentence[start:stop], None)]
        return []
    # (only the region's last words are tried, and only when its last word may end a commodity's name)
    last_word = view[max(clean_from, view.rfind(" ", clean_from, clean_end) + 1):clean_end].lower()
    commodity = COMMODITY_AT_END.search(view, max(clean_from, clean_end - 40), clean_end) \
        if not zh and count == 1 and last_word in COMMODITY_LAST_WORDS else None
    opening_at = clean_from
    if commodity is None and not zh:  # the region's last clause: after ", and" or ", while" (or its opening join)
        joins = list(_CLAUSE_JOIN.finditer(view, clean_from, clean_end))
        opening_at = joins[-1].end() if joins else _OPENING_JOIN.match(view, clean_from, clean_end).end()
    if commodity is None and not zh and count == 1 and view[opening_at:opening_at + 1].islower():
        # "while bitcoin traded near $91,000, down about 1.8%", ", and bitcoin traded near $86,500, up roughly 1%": a
        # commodity opening the clause, its verb after it
        commodity = COMMODITY_OPENING.match(view, opening_at, clean_end)
    # (a name the commodity's word ends is that name: "West Texas Intermediate crude", "Brent oil contract", "Harbor Oil")
    named = [m for m in mentions if m.start < commodity.end() and commodity.start() <= m.end + 1] if commodity else []
    if commodity and not named and not NAME_WORD_BEFORE.search(view, max(0, commodity.start() - 30), commodity.start()):
        start = commodity.start() + (4 if view.startswith(("the ", "The "), commodity.start()) else 0)
        return [Mention(start, commodity.end(), sentence[start:commodity.end()], None)]
    if len(named) == 1 and named[0].instrument is not None and named[0].instrument.kind == "commodity":
        return named  # ", and bitcoin traded near $86,500, up roughly 1%": the known commodity opening the clause
    subjects = _names(view, sentence, region_from, name_end, zh, count, mentions)
    if subjects:
        return subjects
    pointed = _single_pointer(raw, end, mentions, context, previous)
    if pointed is None:
        pointed = _single_pointer(cleaned, end, mentions, context, previous)
    if pointed == [] and not zh and re.search(_SECTOR_POINTER, raw, re.I):
        # "Shares related to computing power led the gains, with the sector index surging 4.36%": the group the
        # sentence named by its shares, though the reference has no sector of that name
        group = _SHARES_OF_GROUP.search(view, 0, region_from)
        name = ("group" if group["group"] else "opening") if group else ""
        # (never a company's: "Apple shares rose 2%, with the sector up 1%" names no sector)
        if group and not any(m.start < group.end(name) and group.start(name) < m.end for m in mentions
                             if m.instrument is None or m.instrument.kind != "sector"):
            return [Mention(group.start(name), group.end(name), sentence[group.start(name):group.end(name)], None)]
        opening = _SECTOR_OPENING.match(view, 0, region_from)
        if opening and is_sector_word(opening["name"].lower()):
            # "Banks provided some support, with the sector index up 0.7%": the sector the sentence opens with
            a, b = opening.span("name")
            return [Mention(a, b, sentence[a:b], None)]
    if pointed is not None:
        # "Harbor Lights rose 2%, while the index fell 1%": a pointer to a kind nobody named points at nobody,
        # never at the sentence's last subject
        return pointed
    if zh and count > 1 and is_blank_region(cleaned, zh) and region_from > 0:
        # "涨幅居前的是半导体、通信设备和软件开发，分别上涨3.21%、2.87%和2.45%": the list before
        clause_begin = clause_from(view, region_from - 1, zh)
        listed = _LISTED_BY.search(view, clause_begin, region_from - 1)
        ranked = _RANKED_LIST.search(view, clause_begin, region_from - 1)  # "电子、计算机、通信行业领涨，涨幅分别为…"
        de = view.rfind("的", clause_begin, region_from - 1)  # "前一交易日涨幅居前的X、Y，当日分别上涨…": after 的
        for span in ([(listed.start("names"), listed.end("names"))] if listed else []) + \
                ([(ranked.start("names"), ranked.end("names"))] if ranked else []) + \
                [_before_predicate(view, clause_begin, region_from - 1)] + \
                ([(de + 1, region_from - 1)] if de >= 0 else []):  # "工商银行、建设银行盘中续创历史新高，收盘分别上涨…"
            named = _names(view, sentence, span[0], span[1], zh, count, mentions)
            if len(named) == count:
                return named
    if is_blank_region(cleaned, zh) and floor < region_from:
        if previous and all(floor <= m.start and m.end <= region_from for m in previous):
            return previous  # "涨幅超过4%的中国神华和中国铝业，当日跌幅都在2%以上": the names just read, known or not
        # "深证成指报9521.30点，跌0.12%": the clause before, since the last figure, names the subject (a name
        # with its code printed counts: "X ETF（159567）上周涨幅居首，周涨幅达7.8%")
        named = [m for m in mentions if floor <= m.start and m.end <= region_from and
                 m.known]  # (known, or with candidates: 宁德时代 trades in Shenzhen and Hong Kong)
        # "騰訊(00700.HK)獲北水淨買入12.3億元，股價升1.9%": a market or its flow channel is no share price
        named = [m for m in named if m.instrument is None or m.instrument.kind != "market"] or named
        # "恒指成分股中，科技股领涨，涨1.9%", "标普500指数11个板块中…": an index whose members are the scene is none
        # of them
        named = [m for m in named if not (zh and _MEMBERS_SCENE.match(view, m.end))]
        # "京东健康涨幅居前，涨6.1%": a known name that a longer one opens (京东 in 京东健康) is not the clause's subject
        named = [m for m in named if not (zh and _CJK.match(view, m.end) and _name_goes_on(view, m, region_from - 1))]
        clause_begin = clause_from(view, region_from - 1, zh) if zh and region_from > 0 else -1
        if zh and clause_begin >= floor and _ZH_ALL.search(view, region_from, group_end):
            # "…的中國船舶和中航沈飛，當日漲幅都在2%以上": a figure all of them share is each name's of the list before
            # (known or not)
            de = view.rfind("的", clause_begin, region_from - 1)  # "涨幅居前的X和Y": the names after the last 的
            span = (de + 1, region_from - 1) if de >= 0 else _before_predicate(view, clause_begin, region_from - 1)
            listed = _names(view, sentence, *span, zh, 2, mentions)
            if len(listed) > 1:
                return listed
        if named:
            return named[-1:]
        while zh and clause_begin > floor and (is_blank_region(view[clause_begin:region_from - 1], zh) or
                                               _ZH_POINTS_CLAUSE.match(view, clause_begin, region_from - 1)):
            # "星河科技盘中快速拉升，截至10:12，涨超8%": a clause of time alone stands between; so do clauses of the
            # level and the points ("CAC40指数收于7985.12点，比前一交易日下跌20.11点，跌幅为0.25%")
            region_from, clause_begin = clause_begin, clause_from(view, clause_begin - 1, zh)
        if zh and clause_begin >= floor:  # "长电科技此前一度炸板，现涨9.2%": the clause before names it by its shape
            span = _before_predicate(view, clause_begin, region_from - 1)
            named = _names(view, sentence, *span, zh, 1, mentions)
            if len(named) == 1:
                return named
            # "指數收市報26612點，升215點，升幅0.8%": or points at it ("指數", "该股")
            head = _ZH_MOMENT_TAIL.sub("", view[span[0]:span[1]])
            pointed = _single_pointer(head, span[1], mentions, context, previous) if head else None
            if pointed:
                return pointed
            # "大市…收市報26629點，升310點，升幅1.18%": the market's word for its main index opened the chain
            market = market_as_index(view, sentence, floor, region_from, getattr(context, "ref", None)) \
                if not any(floor <= m.start < region_from for m in mentions) else None
            if market is not None:
                return [market]
    if previous and (is_blank_region(cleaned, zh) or not zh and _continues(raw)):
        return previous  # "收跌490.32点，跌幅2.28%": the clause continues its subject
    if is_blank_region(cleaned, zh) or not _has_words(cleaned):
        if zh and view.startswith("的", group_end):  # "涨幅超过4%的中国神华和中国铝业": the names follow
            clause_end = _ZH_CLAUSE.search(view, group_end + 1)
            # "前一交易日涨停的星河重工当日继续涨停": the names end where their own predicate begins
            return _names(view, sentence, *_before_predicate(view, group_end + 1, clause_end.start() if clause_end
                                                              else len(view)), zh, 1, mentions)
        return _topic(view, region_from, mentions, zh, previous, context)
    return []


def _city_index(city: str, context) -> Instrument | None:
    """The main index of the market a city names ("Tokyo": the Nikkei 225), when the reference has it."""
    return (getattr(context, "ref", None) or load_reference()).instruments.get(_PLACE_INDEX[city])


# a group of shares a sentence names: "Shares related to computing power", "Computing power shares"
_SHARES_OF_GROUP = re.compile(r"\b(?:[Ss]hares|[Ss]tocks)\s+(?:related|linked|tied|connected|exposed)\s+to\s+(?:the\s+)?"
                              r"(?P<group>[a-z][a-z\- ]{2,40}?)(?=\s+(?:led|rose|gained|rallied|jumped|surged|fell|dropped|"
                              r"slid|declined|were|was|outperformed|underperformed)\b|\s*,)|"
                              # ("Computing power shares led the gains": the words before "shares" opening the sentence)
                              r"^(?P<opening>[A-Z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,3}?\s+(?:shares|stocks))\s+(?=(?:led|rose|"
                              r"gained|rallied|jumped|surged|fell|dropped|slid|declined|were|outperformed)\b)")


# a sector word opening the sentence as its subject: "Banks provided some support, …", "Miners rallied, …"
_SECTOR_OPENING = re.compile(r"\W*(?P<name>[A-Z][a-z]+(?:\s+[a-z]+)?)\s+(?=[a-z]+ed\b|(?:rose|fell|led|were|was|gave|"
                             r"held|made|sank|slid|shed|lost|won|ran|drove|dragged)\b)")


# the index under its futures, pointed at: "after the underlying gauge climbed 0.9% on Monday"
_INDEX_ITSELF = re.compile(r"\b(?:the|its)\s+(?:underlying\s+|cash\s+)?(?:index|gauge|benchmark)\b(?!\s+(?:futures|contracts?))",
                           re.I)


def _names_index_futures(view: str, mention: Mention) -> bool:
    """True when a mention names an index's futures, known to the reference or not ("富时中国A50指数期货跌0.5%" is no
    move of the index); a commodity's futures are the commodity's."""
    if mention.instrument is None:
        return infer_kind(mention.subject) == "index" and bool(FUTURES_AFTER.match(view, mention.end))
    return names_futures(view, mention)


def _single_pointer(region: str, before: int, mentions: list[Mention], context,
                    previous: list[Mention] = ()) -> list[Mention] | None:
    """What "it", "the stock", "该指数" at the end of ``region`` points at: the last such name of the
    sentence before ``before`` (a name ``previous`` read by its shape counts), else of the article; [] when it
    points at nothing named, None when the region ends in no pointer."""
    tail = max(0, len(region) - _POINTER_REACH)
    for pattern, kind in _SINGLE_POINTER:
        if pattern.search(region, tail):
            same = [m for m in mentions if m.end <= before and m.known
                    and kind in ("any", m.instrument.kind if m.instrument else infer_kind(m.subject))]
            # "星河科技股价快速拉升，…，该股上涨5.02%": the name the sentence just read, known or not
            read = [m for m in previous if m.end <= before and not m.known
                    and kind in ("any", infer_kind(m.subject))][-1:]
            if read and (not same or read[0].start > same[-1].start):
                return read
            if same:
                return same[-1:]
            found = context.lookup(kind) if context is not None else None
            return [found] if found else []
    return None


def read_moves(sentence: str, view: str, zh: bool, mentions: list[Mention], context=None) -> list[Read]:
    """Every move of one sentence with its subjects, values and qualifier."""
    out: list[Read] = []
    floor = 0
    previous: list[Mention] = []
    # (a heading before says which way the verbless lines under it went: "… led gains for the day:" over "Capital One
    # (NYSE:COF) 5.62%")
    previous_sign = getattr(context, "heading_sign", 0.0) or 0.0
    unread_from = len(view)  # where a clause whose figure was no move began, since the last move read
    # the last figure read without a subject ("The stock is up 30% this year" with no name for "the stock"): a contrast
    # after it is over its window all the same
    orphan: tuple[Group, int] | None = None
    events = _events(view, zh)
    if not events:
        return out
    cues = Cues(view)
    led: tuple[list[Mention], int] | None = None  # the leaders a ranking just named, and where it ended
    # which of the rarer forms the sentence may hold, each tested once (the hottest path reads plain flags)
    lowered = cues.lowered
    participles = not zh and _PARTICIPLE_HINT.search(lowered) is not None
    relative = not zh and ("which" in lowered or "who" in lowered)
    several = zh and _ZH_SEVERAL_HINT.search(view) is not None
    related = not zh and _RELATED_HINT.search(lowered) is not None
    # "Global X Hang Seng High Dividend Yield ETF (3110.HK) rose 0.5%": a non-move word inside a name is the name's
    not_a_move = [(a, b) for a, b in cues.not_a_move if not any(m.start <= a and b <= m.end for m in mentions)] \
        if cues.not_a_move and mentions else cues.not_a_move
    compares = bool(_BENCHMARK_HINTS.search(cues.lowered))
    for start, end, payload in events:
        if start < floor:
            continue
        limit = isinstance(payload, tuple)
        leader = limit and payload[0].startswith("leader")
        if leader and payload[1] == "by":  # "Six of the 11 sectors rose, led by healthcare ...": named after
            subjects, names_end = _led_by(view, sentence, end, mentions)
            direction = "down" if re.search(r"\b(?:fell|declined|dropped|lower|slid|losers|decliners|laggards|lagging)\b",
                                            view[:start], re.I) else "up"
            if subjects:
                out.append(Read(subjects, (), "", leader=direction))
                # "led by communication services, up 1.6%": the figure after the names is the leader's
                previous, floor = subjects, max(floor, names_end)
            continue
        group: Group | None
        if limit:
            group = Group(start, end, (), "", "涨停" if payload[0] in ("up", "leader-up") else "跌停")
        else:
            group = read_group(view, start, end, payload, floor, previous_sign, cues.directions)
            if group is None:
                continue
        region_from = max(floor, clause_from(view, group.start, zh))
        if not limit and is_not_a_move(view, region_from, group, not_a_move):
            floor = group.end
            # "星辰科技公告拟回购不超过总股本2%的股份，股价收涨3.3%": the clause that held no move may still name
            # the next figure's subject
            unread_from = min(unread_from, region_from)
            continue
        count = 0 if leader else len(group.values)
        names_from = region_from
        names_end = group.start
        if zh and group.verb in _ZH_NOUNS and view[group.start - 1:group.start] in _ZH_WINDOW_CHARS and \
                view[group.start - 2:group.start - 1] not in _ZH_COUNTING:  # not "近一个月", "上月", "本周"
            names_end -= 1  # "周涨幅达7.8%", "X ETF周涨7.8%": the window word is the move's, not the name's
        participle = _PARTICIPLE_BEFORE.search(view, max(floor, region_from - 16), region_from) \
            if participles and region_from > 0 and is_blank_region(view[region_from:group.start], zh) else None
        if participles and participle is None and len(group.values) > 1 and view.endswith(" ", 0, group.start):
            # (or stand right before the figure's verb: "…are the biggest laggards, trading lower by 4.4% and 3.7%")
            participle = _PARTICIPLE_BEFORE.search(view, max(floor, region_from, group.start - 16), group.start)
        if participle:
            # "Prologis and Equinix are the most notable, showing a loss of 2.1% and 1.7%, respectively": the
            # participle's figures are the clause before's subjects
            region_from = max(floor, clause_from(view, participle.start() - 1, zh))
            names_from, names_end = region_from, participle.start() + 1  # (with its comma, as a region has)
            copula = _COPULA.search(view, names_from, names_end)
            if copula and not _INVERTED.match(view, names_from, names_end):
                names_end = copula.start()  # "… are the most notable": the names are the copula's subject
        if not zh:  # "Property stocks weakened, with A and B down 2.6% and 1.9%": names after "with" (a limit's too)
            absolute = _WITH_CLAUSE.search(view, region_from, group.start)
            names_from = absolute.end() if absolute else region_from
            inverted = _INVERTED.match(view, names_from, names_end)
            names_from = inverted.end() if inverted else names_from  # "Among the decliners were Longfor, down 6.4%"
            if floor > 0 and view[region_from:group.start].lstrip(" ,")[:1].islower():
                # "Nvidia shares, down 3.2%, weighed most on the S&P 500, and shares of Tesla ... slipped 1.5%": the
                # words after the figure before continue its clause; a new subject opens after ", and"
                joined = _NEW_SUBJECT.search(view, names_from, group.start)
                names_from = joined.end() if joined else names_from
        if group.verb == LIST_ITEM:
            # (a known name may begin before the item's capital: "the Dow")
            known = [m for m in mentions if group.item_from < m.end <= group.start]
            a, b = group.item_from, group.item_end
            subjects = known[-1:] or [Mention(a, b, sentence[a:b], None, group.item_code)]
        elif group.subject_after and (pointer := _POINTER_AFTER.match(view, group.end)):
            # "trailing the 1.5% decline in the benchmark": the index the article named first, never a sector
            found = context.lookup("benchmark" if pointer["what"].startswith("benchmark") else "index") \
                if context is not None else None
            subjects = [found] if found else []
        elif group.subject_after:
            fronted = view.startswith(",", group.end)  # "Down 6.2%, Dollar General was …": named after the comma
            subjects = subjects_after(view, sentence, group.end + fronted, mentions, lead="" if fronted else "in")
        elif not zh and (owner := resized_owner(view, names_from, group.start)) is not None:
            # "The move extended URA's year-to-date gain to 64%": the move's owner, named before its noun
            a, b = owner
            subjects = [m for m in mentions if m.start < b and a < m.end][:1] or [Mention(a, b, sentence[a:b], None)]
        else:
            aside = _ASIDE_BEFORE.search(view, max(0, group.start - 160), group.start) if relative else None
            if aside is not None and aside.start() < names_from:
                # "Apple, which makes up 6.8% of the Nasdaq 100, rose 1.1%": the region began inside the relative
                # clause, after its figure; the name it describes is the subject
                # (the name right before it: "…, and shares of Tesla, which rose 4% on Monday, slipped 1.5%")
                breaks = [m.end() for m in _NAME_BREAK.finditer(view, clause_from(view, aside.start(), zh), aside.start())]
                names_from, names_end = max(breaks, default=clause_from(view, aside.start(), zh)), aside.start()
            subjects = _region_subjects(view, sentence, names_from, names_end, group.end, zh, count, mentions,
                                        context, previous, min(floor, unread_from))
        # "Dow futures rose 0.2%, S&P 500 futures added 0.3%": an index named by its futures is never the subject,
        # whichever way the region was read (a commodity's futures are the commodity)
        # (but "Contracts on the S&P 500 slipped 0.2% after the underlying gauge climbed 0.9%": a pointer to the index
        # between is the index's own move)
        subjects = [m for m in subjects if not _names_index_futures(view, m) or
                    _INDEX_ITSELF.search(view, m.end, group.start)]
        # a name the figure is compared with is not its subject ("the stock has outperformed the CSI 300 index,
        # with a 12-month increase of 189.5%"): no subject is better than that one
        # (unless the name owns the figure's noun: "outpacing the Consumer Staples sector's gain of 2.1%")
        # (or its figure: "outperforming the S&P 500's 3.5% gain")
        if compares and not (_OWNS_NOUN.search(view, max(0, group.start - 40), group.start) or
                             view.startswith(("'s ", "’s "), group.start)):
            # (but a relative clause after the name holds its own figure: "outperforming the CSI 300 Index, which is
            # down 1.5% over the same period")
            subjects = [m for m in subjects if not _BENCHMARK_BEFORE.search(view, max(0, m.start - 28), m.start)
                        or _OWN_RELATIVE.match(view, m.end, group.start)]
        if not zh and not subjects and not limit and floor > 0 and _AND_VERB.search(view, names_from, group.start) \
                and not _has_capital(view, names_from, group.start):
            # "SUNNY OPTICAL (02382.HK) reported a 42% jump in shipments and soared 7.1%": a second predicate of the
            # clause's subject, after a figure that was no move of it
            opened = clause_from(view, group.start, zh)
            subjects = [m for m in mentions if opened <= m.start and m.end <= floor][:1]
            lead = leading_name(view[opened:floor]) if not subjects else None
            if lead is not None:  # a name the reference lacks opens the clause: "Harbor Lights posted a 20% rise in…"
                a, b = opened + lead[0], opened + lead[1]
                subjects = [Mention(a, b, sentence[a:b], None)]
        # (a subject that is the place of the figure before, "in Hong Kong and rose 0.3% in Shanghai", is no subject)
        city = _CITY_AFTER.match(view, group.end) if not zh and not limit and len(group.values) == 1 and (
            not subjects or all(_MARKETS_WORD.fullmatch(m.subject) or m.subject in _CITY_INDEX and
                                view.endswith("in ", 0, m.start) for m in subjects)) else None
        index = _city_index(city["city"], context) if city else None
        if index is not None:
            # "indexes rose 0.8% in Tokyo and 0.6% in Seoul": a market named by its city is its main index (a city
            # whose index the reference lacks gives no figure: "Paris" is no stock)
            a, b = city.span("city")
            subjects = [Mention(a, b, sentence[a:b], index)]
        elif not zh and not limit and ((named := _CITY_SUBJECT.search(view[names_from:group.start])) is not None or
                                       (named := _PLACE_BENCHMARK.search(view[names_from:group.start])) is not None or
                                       "point" in view[names_from:group.end] and
                                       (named := _PLACE_STOCKS.search(view[names_from:group.start])) is not None) \
                and all(m.instrument is None for m in subjects):
            # "Hong Kong fell 1.2 percent, Shanghai gained 0.4 percent": a city alone as the subject of a move is its
            # market's main index, as AFP writes a wrap
            index = _city_index(named["city"], context)
            a, b = names_from + named.start("city"), names_from + (named.end("name") if named.re is _PLACE_STOCKS else
                                                                    named.end() if named.re is _PLACE_BENCHMARK
                                                                    else named.end("city"))
            subjects = [Mention(a, b, sentence[a:b], index)] if index is not None else subjects
        if not zh and not limit and "s" in view[names_from:group.start] and all(m.instrument is None for m in subjects) \
                and (national := _NATIONAL_STOCKS.search(view[names_from:group.start])) is not None:
            code = _NATIONAL_INDEX.get(national["adj"])
            index = (getattr(context, "ref", None) or load_reference()).instruments.get(code) if code else None
            a, b = names_from + national.start("name"), names_from + national.end("name")
            subjects = [Mention(a, b, sentence[a:b], index)] if index is not None else []
        if not zh and not subjects and not limit and relative:
            which = _WHICH_BEFORE.search(view, max(region_from, group.start - 40), group.start)
            if which:  # "…weighed down by a firmer yen, which strengthened 0.5%": the name the clause describes
                subjects = [m for m in mentions if m.instrument is not None and m.end == which.start()][-1:]
        if several and subjects:
            # "多只芯片ETF涨超2%", "多家券商股涨超5%": several of a kind moved, not the kind (nor one fund of that name)
            subjects = [m for m in subjects if not _ZH_SEVERAL_BEFORE.search(view, max(0, m.start - 8), m.start)
                        and not _ZH_SEVERAL_NAME.match(m.subject)]
        if related and subjects:
            # "Stocks linked to Nvidia rose 2%", "Nvidia suppliers gained": the company a group relates to is not the
            # group (a theme or a sector is: "Stocks related to artificial intelligence")
            subjects = [m for m in subjects if not (
                (m.instrument.kind in ("stock", "etf") if m.instrument else m.subject[:1].isupper()) and
                (_RELATED_TO_BEFORE.search(view, max(0, m.start - 24), m.start) or _RELATED_AFTER.match(view, m.end)))]
        if leader:  # a ranking statement leaves the sentence's figures and subjects as they were
            if subjects:
                out.append(Read(subjects, (), "", leader=payload[0].removeprefix("leader-")))
                led = (subjects, group.end)
            continue
        if led is not None and len(led[0]) == count and _BY_THE_FIGURE.fullmatch(view, led[1], group.start):
            # "utilities and real estate leading the laggards by losing 1.2 percent and 0.9 percent, respectively":
            # the figures right after a ranking are its leaders'
            subjects = led[0]
        led = None
        floor = unread_from = group.end
        if not subjects:
            orphan = (group, region_from) if not limit else orphan
            continue
        previous = subjects
        if limit:
            if view[max(0, start - 3):start].endswith(_ATTEMPTED):
                continue  # "星河科技冲击3连板", "冲击涨停，现涨8.5%": an attempt at the limit, no limit reached
            stated = (payload[2],) if len(payload) > 2 and payload[2] else ()
            # ("涨停板被打开，收涨6.2%": the limit, opened again, was the session's high)
            touched = payload[1] in _TOUCHED or view[max(0, start - 3):start].endswith(_TOUCHED) or \
                bool(_LIMIT_OPENED_AFTER.match(view, group.end))
            # "当升科技一度触及涨停，午间涨11.2%": the limit touched during the session is a high, not the close
            qualifier = ("intraday_high" if payload[0] == "up" else "intraday_low") if touched else \
                ("limit_up" if payload[0] == "up" else "limit_down")
            if _PREVIOUS_LIMIT.search(view, max(0, start - 8), start):
                qualifier = "previous_session"  # "前一交易日涨停的星河重工", "昨日涨停": another session's limit
            else:
                # "寒武纪上周五涨停", "hit its daily limit last Friday": a day the sentence names is the limit's
                said = qualifier_of(view, cues, group.start, group.end, region_from, "", group.verb, context,
                                    payload[0] != "up").split(":")[0]
                qualifier = said if said in ("previous_session", "earlier") else qualifier
            out.append(Read(subjects, stated, qualifier, payload[0]))
            continue
        if group.range_ or count > 1 and count != len(subjects):
            continue  # "slipped 0.3-1%", or values and names that do not pair
        qualifier = qualifier_of(view, cues, group.start, group.end, region_from, group.bound, group.verb, context,
                                 group.values[0] < 0)
        defaulted = not qualifier or qualifier in BOUNDS  # the sentence said no moment (a bound is no moment)
        default = session_default(view, getattr(context, "default_qualifier", ""), getattr(context, "timed", False))
        if not default and getattr(context, "report_window", "") and not DAY_WORDS.search(view):
            default = context.report_window  # a monthly report's move said without a moment is the month's
        qualifier = with_bound(default, qualifier) if qualifier in BOUNDS else qualifier or default
        before, before_at = (out[-1].qualifier, out[-1].start) if out else ("", 0)
        if orphan is not None and (not out or orphan[0].start > out[-1].start):
            lone, lone_from = orphan
            before, before_at = qualifier_of(view, cues, lone.start, lone.end, lone_from, lone.bound, lone.verb, context,
                                             lone.values[0] < 0), lone.start
        window = before.split(":")[0]  # "ytd:about": over the year so far, about
        if window in SPAN_UNITS:  # "months:3:about": over three months, about
            window = ":".join(before.split(":")[:2])
        if (window in WINDOW_QUALIFIERS or window.startswith(SPAN_UNITS)) and (qualifier.replace("intraday:", "") in _DAY_OR_BOUND or
                                                                qualifier == default) \
                and (_CONTRAST.search(view, before_at, group.start + 6) or  # (the noun's group may begin at "with a")
                     zh and view.endswith(("累", "累计", "累積"), 0, group.start) or
                     not zh and _LIST_OF_CLAUSES.search(view, before_at, group.start)) \
                and not DAY_WORDS.search(view, before_at, len(view)):
            # ("道指本周累跌0.8%，纳指累涨2.6%": an accumulated move after the week's is the week's too; so is each clause
            # of a list after it: "SPY gained 1.9% for the week, QQQ rose 2.6% and IWM slipped 0.4%")
            # "The Nasdaq climbed 1.1% for the week, while the S&P 500 slipped 0.2%", "... up about 1.7% in 2025, while
            # the Nasdaq has climbed roughly 1.2%": the contrast is over the same window; shown as the day's move, a
            # weekly figure would be a wrong one (a bound is kept out of the day by its window)
            qualifier, defaulted = with_bound(window, bound_in(qualifier)), False
        previous_sign = -1.0 if group.values[0] < 0 else 1.0
        out.append(Read(subjects, group.values, qualifier, start=group.start, defaulted=defaulted))
        if context is not None and is_window(qualifier):
            # "Oracle jumped 9.7% over the week …, and ExxonMobil slid 3.1% in the same period": the same period is
            # the one this sentence just said, before any of the sentences before
            context.last_window = qualifier
    return _paired_respectively(out, view)


_RESPECTIVELY = re.compile(r"respectively|分别", re.I)


def _paired_respectively(reads: list[Read], view: str) -> list[Read]:
    """Moves of one list of names said with a verb each, then "respectively" ("TENCENT and MEITUAN-W rose 2.3% and
    fell 0.7% respectively"): the n-th verb's figure is the n-th name's, not every name's."""
    if len(reads) < 2 or not _RESPECTIVELY.search(view):
        return reads
    out: list[Read] = []
    i = 0
    while i < len(reads):
        names = reads[i].subjects
        run = 1
        while i + run < len(reads) and len(reads[i + run].values) == 1 and \
                [(m.start, m.end) for m in reads[i + run].subjects] == [(m.start, m.end) for m in names]:
            run += 1
        if run > 1 and run == len(names) and len(reads[i].values) == 1 and not reads[i].limit:
            out.extend(replace(read, subjects=[name]) for read, name in zip(reads[i:i + run], names))
        else:
            out.extend(reads[i:i + run])
        i += run
    return out


# where a Chinese clause's predicate begins after its names ("盘中续创历史新高", "此前一度炸板")
_ZH_PREDICATE = re.compile(r"公告|宣布|披露|拟|此前|盘中|早盘|午后|尾盘|一度|纷纷|双双|集体|逆势|逆市|续创|再创|创出|创下|创历史|创新高|创年内|刷新|股价|"
                           r"炸板|封板|开板|回封|走强|走弱|大涨|大跌|拉升|跳水|异动|领涨|领跌|涨幅居前|跌幅居前|涨幅靠前|跌幅靠前|继续|当日|当天|"
                           r"次之|紧随其后|紧随|居次|其次|居首|位居|"  # "山东黄金次之，涨5.3%": the ranking is the predicate
                           rf"{ZH_RESIZED_MOVE}|"
                           r"今日|今天|涨停|跌停|(?:小幅|大幅)(?:下跌|上涨|收跌|收涨|走低|走高)|"
                           r"报收|收报|收于|收盘|报(?=\s*\d)|由[涨跌]转[涨跌]|"  # "长江指数报收3,320.45点，涨幅为0.23%"
                           # "标准普尔500种股票指数下跌42.17点，收于5978.40点，跌幅为0.70%": a change in points
                           r"(?:上涨|下跌|上升|下降|涨|跌|升)(?=\s*[\d,.]+\s*点)")


# the moment words a clause's subject may carry before its predicate: "指数收市", "该股今日"
_ZH_MOMENT_TAIL = re.compile(r"(?:收市|收盘|收报|收于|报收|今日|今天|早盘|午盘|全日|全天|\s)+$")


_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _name_goes_on(view: str, mention: Mention, end: int) -> bool:
    """True when a known Chinese name opens a longer one before the clause's predicate (京东 in "京东健康涨幅居前"):
    a few characters more, none of them filler ("腾讯股价涨幅居前" is Tencent's)."""
    cut = _before_predicate(view, mention.start, end)[1]
    tail = _NAME_TAIL.fullmatch(view, mention.end, cut)
    return tail is not None and clean_region(view, mention.start, cut, True)[1] > mention.end


def _before_predicate(view: str, start: int, end: int) -> tuple[int, int]:
    """The span of a Chinese clause up to its predicate: the names a figure in the next clause is about."""
    cut = _ZH_PREDICATE.search(view, start + 2, end)
    return start, cut.start() if cut else end


_PREVIOUS_LIMIT = re.compile(r"(?:昨日|昨天|前一交易日|上一交易日|前一日|上个交易日)\s*$")
_TOUCHED = ("一度触及", "一度", "触及", "盘中", "一度封")
_ATTEMPTED = ("冲击", "冲板", "冲")
_LIMIT_OPENED_AFTER = re.compile(r"\s*(?:板)?\s*(?:被打开|打开|开板|炸板|后开板|后炸板|后打开)")
_ZH_NOUNS = ("涨幅", "跌幅", "升幅", "降幅", "涨", "跌")
_ZH_WINDOW_CHARS = ("周", "月", "季")  # not 日 or 年: "前一交易日涨幅" is a day
_ZH_COUNTING = frozenset("个一二两三四五六七八九十本上近这该当整每0123456789")
# an absolute clause opens its own subject: the names before ", with" belong to another figure (or none)
# a clause of lower-case words, then its verb, then the names: "Among the biggest decliners were Longfor, ..."
# ("The laggard sector is utilities, down about 0.6%": after a ranking word, a sector's lower-case name, set off by
# its comma at the region's end)
# ("On the downside was garment-maker Li Ning, off 9.1%": a trade may describe the name)
_INVERTED = re.compile(r"[\s,]*[A-Z][a-z]+(?:\s+[a-z][\w\-']*)*\s+(?:were|was|are|is|included|include|includes)\s+"
                       r"(?=(?:the\s+)?(?:(?:[a-z][\w\-]*\s+)?[a-z\-]*(?:maker|producer|operator|developer|retailer|"
                       r"giant|insurer|lender|carrier|designer|manufacturer|supplier|miner|firm)\s+)?[A-Z])|"
                       r"[\s,]*(?:[Tt]he\s+|Also\s+)?(?:[a-z\-]+\s+){0,2}(?:laggards?|leaders?|leading|top|biggest|weakest|"
                       r"strongest|worst|best|worst[- ]performing|best[- ]performing|weakness|strength)(?:\s+[a-z\-]+){0,2}\s+"
                       r"(?:were|was|are|is)\s+"
                       r"(?=(?:the\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}\s*,\s*$)")
_NEW_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?=[A-Z]|(?:its|their|the|shares|shares of)\s)")
_WITH_CLAUSE = re.compile(r",\s*with\s+(?=\w)")
_DAY_OR_BOUND = ("", "about", "at_least", "at_most")
# (and a list of the same shape after a comma: "电子、通信本周分别上涨4.12%、3.85%，煤炭、银行分别下跌1.65%、0.92%")
# (a comparison is over the same window too: "has gained 28% this year, outpacing a 16% advance in the S&P 500")
_CONTRAST = re.compile(r",\s*(?:while|whereas|outpacing|trailing|lagging|beating|outperforming|underperforming|"
                       r"compared\s+(?:with|to)|versus|against)\s|，而|；而|，(?=[^，。；;]*分别)", re.I)

_WORDY = re.compile(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}")
_FILLER_ONLY = re.compile(
    r"^[\s,，、]*(?:(?:and|with|its|it|the index|then|before|later|also|again|收报?|收盘|收市|报|全天|全日|当日|当天|盘中|"
    r"比前一交易日|较前一交易日|较上一交易日|比上一交易日|较上个交易日|比|较|跌幅|涨幅|幅度|大幅|小幅|最终|尾盘|午后|"
    r"早盘|随后|并|且|亦|也|则|更是|录得|全天大|全天|震荡|下行|上行)\s*)*$",
    re.I,
)


def _has_words(text: str) -> bool:
    return not _FILLER_ONLY.match(text) and bool(_WORDY.search(text))


def _topic(view: str, before: int, mentions: list[Mention], zh: bool, previous: list[Mention],
           context) -> list[Mention]:
    """The subject a clause with none continues: the sentence's previous subject, the nearest name before
    it, or what a pointing phrase before it points at ("该指数此前已连续5个交易日收涨，昨日更是上涨4.5%")."""
    if previous:
        return previous
    # (a name printed with its code is one, known or not: "星河医疗（02999）今日上市，…较招股价上涨35.6%")
    named = [m for m in mentions if m.end <= before and (m.instrument is not None or m.code_text)]
    if named:
        return named[-1:]
    carried = getattr(context, "carried", None)
    if carried:  # "恒指…最多升236點；半日升189點或0.73%": the piece before, ended by its "；", names the subject
        return carried
    labelled = _NAME_COLON.search(view, 0, before) if not zh and ":" in view[:before] else None
    if labelled:  # "Harbor Lights: +3.2%": a quote line's name before its colon
        return [Mention(labelled.start("name"), labelled.end("name"), labelled["name"], None)]
    lead = leading_name(view[:before]) if not zh else None
    if lead:  # "Pine Mills closed at $12.2, marking a 2% gain": the name that opens the sentence
        return [Mention(lead[0], lead[1], view[lead[0]:lead[1]], None)]
    pointer = _ANY_POINTER.search(view, 0, before)
    return (_single_pointer(view[:pointer.end()], before, mentions, context) or []) if pointer else []


_NAME_COLON = re.compile(r"^\W*(?P<name>[A-Z][\w&.'\-]*(?:\s+[A-Z0-9][\w&.'\-]*){0,5})\s*:\s*$")
_AFTER_NAMES = re.compile(r"\s*(?:each\s+)?(?P<lead>(?:in|for)\s+)?(?:the\s+)?(?P<names>[A-Z][\w&.'\-]*(?:\s+(?:and\s+|&\s+|of\s+)?"
                          r"(?:[A-Z][\w&.'\-]*|\d{2,4}))*)")


_ABBREVIATION_END = re.compile(r"\b(?:Inc|Co|Corp|Ltd|Bhd|Cos|Bros|Jr|[A-Z])\.$")
# (not an abbreviation's full stop: "led by Xiaomi Corp., up 4.4%"; a percentage ends it: "led by gains of 3% each in
# Harbor Lights Inc. and Pine Co." names no leader, its figure does)
_LED_BY_END = re.compile(r"[,;:，；。]|(?<!Corp)(?<!Inc)(?<!Co)(?<!Ltd)\.|\s(?:with|as|after|while|on|amid|which)\s|"
                         r"\d+(?:\.\d+)?\s*%")


def _led_by(view: str, sentence: str, at: int, mentions: list[Mention]) -> tuple[list[Mention], int]:
    """The names after "led by", up to the end of their phrase, and where the phrase ends (where its names end
    when a figure ends it: "led by Harbor Semi's 5% jump" leaves the figure to be read)."""
    stop = _LED_BY_END.search(view, at)
    end = stop.start() if stop else len(view)
    if stop and stop.group(0)[:1].isdigit():
        return [m for m in mentions if at <= m.start and m.end <= end][:1] or \
            [n for n in [item_name(view, sentence, at, end, False)] if n is not None], at
    found = []
    for a, b in region_items(view, at, end, False, 1):
        known = [m for m in mentions if a <= m.start and m.end <= b + 1]
        named = known[-1:] or [n for n in [item_name(view, sentence, a, b, False)] if n is not None]
        found.extend(named)
    return found, end


_TIME_AFTER = re.compile(r"\s*(?:in|during|over)\s+(?:the\s+|its\s+|their\s+)?(?:previous|prior|last|past|early|late|"
                         r"morning|afternoon|overnight|opening|closing|extended|premarket|after-hours|same|first|final|"
                         r"session|week|month|quarter|year|trade|trading)\b", re.I)


def subjects_after(view: str, sentence: str, at: int, mentions: list[Mention], lead: str = "in") -> list[Mention]:
    """Names that follow a figure ("gains of 3.5% each in Goldman Sachs and UnitedHealth"), "led by", or an
    amount's "from" ("pulled $3.1 billion from the Harbor Growth ETF"); ``lead`` "" when no "in" is needed."""
    if lead == "in" and _TIME_AFTER.match(view, at):
        return []  # "after a 3% gain in the previous session": when, not whose
    m = _AFTER_NAMES.match(view, at)
    sector = sector_after(view, at) if not m and lead == "in" else None
    if sector is not None:  # "followed by a 1.2% gain in technology"
        a, b = sector
        return [Mention(a, b, sentence[a:b], None)]
    if not m or lead == "in" and not m["lead"]:
        return []
    start, end = m.start("names"), m.end("names")
    if view.endswith(".", 0, end) and not _ABBREVIATION_END.search(view, 0, end):
        end -= 1  # "a 2.4% decline in Samsung Electronics.": the sentence's full stop, not the name's
    found = []
    for a, b in region_items(view, start, end, False, 1):
        known = [x for x in mentions if a <= x.start and x.end <= b + 1]
        if known:
            found.append(known[-1])
            continue
        named = item_name(view, sentence, a, b, False)
        if named is not None:
            found.append(named)
    return found
