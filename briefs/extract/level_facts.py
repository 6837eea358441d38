"""The levels and point changes of one sentence as facts: an index's close or intraday level, its change in
points, and a commodity's price."""
from __future__ import annotations


import re
from collections.abc import Sequence
from dataclasses import replace


from briefs.extract.grammar import RELATIVE_ASIDE
from briefs.extract.mentions import Mention, names_futures
from briefs.extract.moments import session_default, with_bound
from briefs.extract.owners import closed_before_open, make_fact
from briefs.extract.subjects import MAX_SUBJECT_GAP, ArticleContext, market_as_index
from briefs.extract.windows import find_levels, find_point_changes, is_window
from briefs.records import Fact


# "Spot gold rose above 3,700 dollars an ounce", "布伦特原油报67.5美元/桶": a commodity's price level
_COMMODITY_LEVEL = re.compile(
    r"(?P<word>at|to|above|below|around|near|over|past|topped|报|站上|突破|跌破)\s*(?:\$|US\$)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:dollars|美元)?\s*"
    r"(?:an|a|per|/)\s*(?:troy\s+)?(?:ounce|oz|barrel|盎司|桶)", re.IGNORECASE)
_LEVEL_BOUNDS = {"above": "at_least", "over": "at_least", "past": "at_least", "topped": "at_least", "站上": "at_least",
                 "突破": "at_least", "below": "at_most", "跌破": "at_most", "around": "about", "near": "about"}


_LEVEL_CLOSE = re.compile(r"收盘|收报|报收|收于|收市|收涨|收跌|收平|平收|收高|收低|高收|低收|全日|全天|clos(?:ed|es)|end(?:ed|s)|finish(?:ed|es)|settled|"
                          r"at the close|to close|to end|to finish|to settle", re.I)
# "半日收報25,480點": the morning session's end, however the 收 is written
_MIDDAY_CLOSE = re.compile(r"(?:午盘|午间|中午|半日|早盘|早市|午市|上午)\s*收(?:盘|报|市|涨|跌|升|平)?|午收|at the midday break|midday close|"
                           r"morning session close|(?:finished|ended|closed|wrapped up) the morning|at midday|"
                           r"at lunch", re.I)
_LEVEL_OPEN = re.compile(r"\bopen(?:ed|s)\b|\bat the open\b|高开|低开|平开|开盘报|开盘", re.I)
_LEVEL_INTRADAY = re.compile(r"盘中|早盘|早市|午盘|午后|午间|中午|半日|上午|下午|截至\d|intraday|midday|morning|afternoon|"
                             r"\b\d{1,2}[.:]\d{2}\s?[ap]\.?\s?m\b|"
                             r"as of \d|\d{4}\s?GMT\b", re.I)


# a moment said right after a level: "was up 0.4% at 26,004 at the midday break"
_MOMENT_AFTER_LEVEL = re.compile(r"[^\d]{0,30}?\d[\d,]*(?:\.\d+)?\s*(?:points|pts|点)?\s*,?\s*"
                                 r"(?:(?P<midday>at the midday break|at midday|at lunch|by midday|in (?:early|late|afternoon|"
                                 r"morning|midday) (?:trade|trading|deals))|(?P<close>at the close|on the close))\b", re.I)
# words that make a midday report's close a close after all ("全日", "收市")
_FULL_DAY = re.compile(r"全日|全天|收市|\bfull[- ]day\b|\bwhole day\b", re.I)
# "最多升236點", "一度跌300點", "as much as 379 points": the session's extreme, not where the index stood
_EXTREME_BEFORE_POINTS = re.compile(r"(?:最多|最高|最低|一度|盘中最多)\s*(?:上升|下跌|升|跌|涨|挫)?\s*$|"
                                    r"\bas much as\s*$", re.I)


# words of a session's extreme before a level or a point change in its clause
_EXTREME_IN_CLAUSE = re.compile(r"\b(?:once|at one point|as much as)\b|一度|最多|最高|最低|低见|高见", re.I)
_DOWN_NEAR = re.compile(r"\b(?:fell|dropped|lost|slid|sank|declined|tumbled|plunged|dipped|shed|slumped|down|lower)\b|"
                        r"跌|挫|低见|最低|下跌|回落", re.I)
_CLAUSE_BREAK = re.compile(r"[,;，；。]")


def _clause_from(view: str, position: int) -> int:
    """Where the clause holding ``position`` begins (after the last comma, semicolon or full stop before it; a
    comma inside a number is none)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(view, 0, position):
        if not (m.group(0) == "," and view[m.start() - 1:m.start()].isdigit() and view[m.end():m.end() + 1].isdigit()):
            start = m.end()
    return start


def _level_cues(view: str) -> list[tuple[int, str]]:
    """The moments a sentence's words speak of, in order: (where, "close" | "open" | "intraday"); a midday close
    ("午间收盘", "closed the morning") is intraday, whatever close word it holds."""
    midday = [(m.start(), m.end()) for m in _MIDDAY_CLOSE.finditer(view)]
    cues = [(a, "intraday") for a, _ in midday]
    for pattern, kind in ((_LEVEL_CLOSE, "close"), (_LEVEL_OPEN, "open"), (_LEVEL_INTRADAY, "intraday")):
        cues += [(m.start(), kind) for m in pattern.finditer(view) if not any(a <= m.start() < b for a, b in midday)]
    return sorted(cues)


def commodities_named(mentions: list[Mention]) -> list[Mention]:
    """The commodities a sentence names ("Spot gold", "布伦特原油")."""
    return [m for m in mentions if m.instrument and m.instrument.kind == "commodity"]


def _moment_or(context: ArticleContext | None, market: str, default: str) -> str:
    """What the publication time says of a figure in ``market``, else ``default``."""
    moment = context.moment_in(market, index=True) if context is not None else None  # (levels are indices')
    return default if moment is None else moment


def _held(said: str, context: ArticleContext | None, market: str, default: str) -> str:
    """A level's or a point change's qualifier: the moment its sentence said (a close said before its market opened is
    the session before's), else what the publication time says."""
    if closed_before_open(said, market, context, index=True):
        return "previous_session"
    return said or _moment_or(context, market, default)


def _nearest_mover_is(movers: Sequence[Mention], position: int, move: Fact) -> bool:
    """True unless the move read nearest before ``position`` is another's: in "the Nikkei 225 climbed 0.98%, while
    the broader Topix added 0.61% to 3,371.4" the level is the Topix's, which the reference lacks, not the Nikkei's."""
    before = [m for m in movers if m.end <= position]
    if not before:
        return True
    nearest = max(before, key=lambda m: m.end)
    return (nearest.instrument.code if nearest.instrument else nearest.subject) in (move.code, move.subject)


def _with_points_bound(qualifier: str, metric: str, bound: str) -> str:
    """A change in points with the bound its words gave ("nearly 300 points": about), unless its qualifier holds it."""
    if metric != "point_change" or not bound or qualifier.startswith(("intraday_high", "intraday_low")):
        return qualifier
    return with_bound(qualifier, bound)


_RESPECTIVELY_WORD = re.compile(r"分别|respectively", re.I)
# a list of levels after the verb of a close: "分别报收3352点、10820点、2163点", "closed at 3,352.11 and 10,820.34"
_LEVEL_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,}(?:\.\d+)?)\s*(?:点|points)?"
_LEVEL_LIST = re.compile(rf"(?:报收|收报|收于|报|closed at|ended at|finished at|settled at|at)\s*{_LEVEL_NUMBER}"
                         rf"((?:\s*(?:、|和|及|与|,\s*and|,|and)\s*{_LEVEL_NUMBER})+)", re.I)
_LIST_NUMBER = re.compile(_LEVEL_NUMBER)


def _respective_levels(view: str, mentions: Sequence[Mention]) -> dict[int, tuple[Mention, float]]:
    """Levels a list of indices gives "respectively", each index's in order, by where the level stands: "沪指、深成指、
    创业板指分别报收3352点、10820点、2163点", "… closed at 3,352.11 and 10,820.34, respectively" (the first had gone to
    the last index named, the others were lost)."""
    word = _RESPECTIVELY_WORD.search(view)
    listed = _LEVEL_LIST.search(view) if word is not None else None
    if listed is None:
        return {}
    opens = _clause_from(view, min(word.start(), listed.start()))
    indices = [m for m in mentions if opens <= m.start and m.end <= listed.start() and m.instrument is not None and
               m.instrument.kind == "index"]
    numbers = [(listed.start(1), listed.group(1))] + [(listed.start(2) + n.start(1), n.group(1))
                                                       for n in _LIST_NUMBER.finditer(listed.group(2))]
    if len(indices) < 2 or len(numbers) != len(indices):
        return {}
    return {at: (index, float(text.replace(",", ""))) for (at, text), index in zip(numbers, indices)}


def level_facts(sentence, view, article_id, zh, mentions, moved: list[Fact],
                 context: ArticleContext | None = None, movers: Sequence[Mention] = ()) -> list[Fact]:
    """Index levels, changes in points and commodity prices of one sentence. A level whose index the sentence
    names only through a pointer ("It finished the morning session ... at 23,921") is the index whose move
    the sentence states, when it states one index's. A level the sentence says no moment of holds for what
    the publication time says in the index's market, as its move does."""
    default = session_default(view, context.default_qualifier, context.timed) if context is not None else ""
    facts = []
    levels = find_levels(view, zh)  # the folded view: "報25,120點" is 报25,120点
    # a level is a close only when the sentence says so; in a midday sentence it is the session's so far
    changes = find_point_changes(view)
    index_moves = [f for f in moved if f.kind == "index" and f.metric == "pct_change"]
    if not levels and not changes and not commodities_named(mentions):
        return []
    moment = "intraday" if _MIDDAY_CLOSE.search(view) else "close" if _LEVEL_CLOSE.search(view) else \
        "open" if _LEVEL_OPEN.search(view) else "intraday" if _LEVEL_INTRADAY.search(view) else ""
    cues = _level_cues(view)
    asides = [m.span() for m in RELATIVE_ASIDE.finditer(view)] if "," in view else []
    if context is not None and context.midday_report:
        # "《半日總結》…半日升189點或0.73%，收報26,234點": in a midday report 收報 is where the morning ended
        # ("The Half-Day Report": "The Hang Seng Index closed at 27,055 points" is where the morning closed)
        full_day = bool(_FULL_DAY.search(view))
        cues = [(at, "intraday" if kind == "close" and (view.startswith("收", at) or not full_day) else kind)
                for at, kind in cues]
        moment = "intraday" if moment == "close" and not full_day else moment
    paired = _respective_levels(view, mentions) if levels and ("分别" in view or "respectively" in view) else {}
    if paired:  # (each level of the list where it stands, the first included)
        levels = sorted([(at, value, bound) for at, value, bound in levels if not any(abs(at - p) <= 4 for p in paired)] +
                        [(at, value, "") for at, (_, value) in paired.items()])
    for metric, found in (("level", levels), ("point_change", changes)):
        for position, points, bound in found:
            # the moment said nearest before the figure ("今早高開後…，半日升120點…，報25,320點": midday, not the
            # open), else the sentence's
            # (a level's bound is its qualifier, "升穿26000點"; points keep their moment and add theirs: "fell nearly
            # 300 points" at the close is "about")
            said = (bound if metric == "level" else "") or next((kind for at, kind in reversed(cues) if at <= position),
                                                                moment)
            after = _MOMENT_AFTER_LEVEL.match(view, position) if metric == "level" and not bound else None
            if after:  # "was up 0.4% at 26,004 at the midday break": the moment said right after the level is its own
                said = "close" if after["close"] else "intraday"
            if metric == "point_change" and _EXTREME_BEFORE_POINTS.search(view, max(0, position - 6), position):
                said = "intraday_high" if points > 0 else "intraday_low"  # "最多升236點": the session's high so far
            elif extreme := _EXTREME_IN_CLAUSE.search(view, _clause_from(view, position), position):
                # "rose as much as 410 points to 27,071", "once fell 300 points to 26,500", "一度升穿5800点": the
                # session's extreme (with the bound a crossed level keeps), never where it ended
                low = bound == "at_most" or bound != "at_least" and bool(_DOWN_NEAR.search(view, extreme.start(), position))
                said = ("intraday_low" if low else "intraday_high") + (f":{bound}" if bound else "")
            # (not one inside a relative clause: "The CBOE Volatility Index, which is based on S&P 500 options, was
            # down 4.22% to 17.21" is the VIX's level)
            indices = [m for m in mentions if m.end <= position and m.instrument and m.instrument.kind == "index"
                       and not names_futures(view, m) and not any(a < m.start < b for a, b in asides)]
            # "...on the Dow were Walmart Inc (NYSE:WMT), which rose 1.42% or 1.36 points to trade at 97.10": a
            # company named after the index owns the points and the price
            own = indices and not any(indices[-1].end <= m.start < position for m in [*mentions, *movers]
                                      if m.instrument is None or m.instrument.kind not in ("index", "market"))
            if metric == "level" and position in paired:
                indices, own = [paired[position][0]], True  # "沪指、深成指分别报收3352点、10820点": each index's in order
            if own and (position - indices[-1].end <= MAX_SUBJECT_GAP or metric == "level" and position in paired):
                # a midday report's figures are the session's so far; else the publication time in its market; a
                # level said beside its index's move of another day is of that day
                qualifier = _with_points_bound(_held(said, context, indices[-1].instrument.market, default),
                                               metric, bound)
                # (so are points beside its move over a window: "全星期計，恒指累計跌853點，跌幅約3.1%" is the week's)
                # (only when every move the sentence gives that index is: "ended 0.87% down at 3,254.18, erasing a
                # gain of 0.85% made a day earlier" gives the level of the day)
                own_moves = [f for f in index_moves if f.code == indices[-1].instrument.code]
                if own_moves and all(f.qualifier in ("earlier", "previous_session") or
                                     metric == "point_change" and is_window(f.qualifier) for f in own_moves):
                    qualifier = own_moves[0].qualifier.split(":")[0]
                facts.append(make_fact(article_id, indices[-1], metric, points, "points", qualifier, sentence))
            elif len({f.code or f.subject for f in index_moves}) == 1 and _nearest_mover_is(movers, position,
                                                                                          index_moves[0]):
                qualifier = _with_points_bound(_held(said, context, index_moves[0].market, default), metric, bound)
                # named through "It", far before a relative clause, or a name the reference lacks
                facts.append(replace(index_moves[0], metric=metric, value=points, unit="points", qualifier=qualifier))
            elif zh and not indices and not index_moves and context is not None and \
                    (mention := market_as_index(view, sentence, 0, position, context.ref)) is not None:
                # "大市今日高開157點，…收市報26629點，升310點": Hong Kong papers' 大市 and the mainland's 大盘 stand for
                # the market's main index where they move in points
                facts.append(make_fact(article_id, mention, metric, points, "points", _with_points_bound(
                    _held(said, context, mention.instrument.market, default), metric, bound), sentence))
    commodities = commodities_named(mentions)
    for m in _COMMODITY_LEVEL.finditer(view) if commodities else ():
        named = [c for c in commodities if c.end <= m.start() and m.start() - c.end <= 40]
        if named:
            # when it held: its bound ("near $91,000"), else the moment of the commodity's own move in the sentence
            # ("Spot gold was up 0.3% at $4,312.55 … (1848 GMT), while gold futures settled …": not the futures' close)
            own = [f.qualifier for f in moved if f.metric == "pct_change" and f.subject == named[-1].subject and
                   f.qualifier in ("close", "open", "intraday")]
            facts.append(make_fact(article_id, named[-1], "level", float(m["num"].replace(",", "")), "USD",
                               _LEVEL_BOUNDS.get(m["word"].lower(), "") or (own[0] if own else moment), sentence))
    return facts
