"""Stage 2, extract: sentences become ``Fact`` rows.

For each sentence the extractor finds instrument mentions (``mentions``), reads its
moves by the grammar of clause, list and figure (``reading``, ``grammar``, ``names``),
its levels and point changes (``windows``), its amounts and counts (``amounts``) and
when each holds (``moments``). ``move_facts``, ``level_facts`` and ``amount_facts``
then give every figure its owner (``owners``: whose it is, where that trades) and
make the ``Fact`` rows. A figure with no subject is dropped, never attached to a guess.

This module reads an article sentence by sentence, carrying what one sentence tells
the next (``subjects.ArticleContext``), and keeps each figure once.
"""
from __future__ import annotations


import math
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo


from briefs.errors import warn
from briefs.extract.amount_facts import AMOUNT_METRICS, amount_facts
from briefs.extract.fold import fold
from briefs.extract.level_facts import level_facts
from briefs.extract.mentions import LISTING_WORDS, Mention, as_variant, find_mentions, names_a_venue, without_wire_codes
from briefs.extract.moments import bound_in, with_bound
from briefs.extract.move_facts import move_facts
from briefs.extract.names import leading_name
from briefs.extract.reference import Reference, load_reference
from briefs.extract.subjects import ArticleContext
from briefs.extract.text import LabelledRow, article_sentences, names_other_day
from briefs.extract.windows import is_window
from briefs.load.dates import has_time
from briefs.records import Article, Fact, detect_language


# metrics whose subject may be the market as a whole when the sentence names no instrument
# how sure a qualifier is about the day's figure: within one article, the surest statement of a value wins
_SURENESS = {"close": 0, "limit_up": 1, "limit_down": 1, "open": 2, "": 3, "intraday": 4}


def _sureness(qualifier: str) -> int:
    """How sure a qualifier is (lower is surer); a bound ("intraday:at_least" too) is as sure as any bound."""
    return 5 if bound_in(qualifier) else _SURENESS.get(qualifier.split(":")[0], 5)



# a sentence without a digit states no figure, unless it speaks of a limit move, of tenths (涨近半成) or of a
# magnitude alone (超百亿元)
_DIGIT = re.compile(r"[0-9０-９]")
_MAGNITUDE = re.compile(r"[半一二两三四五六七八九]成|(?:[超逾近约破]|不足)[百千万]亿")


def _may_hold_figure(sentence: str) -> bool:
    """True unless the sentence surely states no figure (one test for each kind: an alternation of them all scans
    every position for every branch, and most sentences of a day hold none)."""
    return bool(_DIGIT.search(sentence)) or "停" in sentence or "板" in sentence or "limit" in sentence or \
        ("成" in sentence or "亿" in sentence) and bool(_MAGNITUDE.search(sentence)) or \
        "percent" in sentence or "per cent" in sentence  # ("put on three percent": its number in a word)


def sentence_facts(sentence: str, article_id: str, ref: Reference, context: ArticleContext | None = None,
                   mentions: list[Mention] | None = None, view: str | None = None) -> list[Fact]:
    """Every move, level, amount and count one sentence states (``view``: its ``fold``, when made already,
    which only a sentence that may hold a figure has)."""
    if view is None and not _may_hold_figure(sentence):
        return []
    zh = detect_language(sentence) != "en"
    view = without_wire_codes(fold(sentence), ref) if view is None else view
    mentions = find_mentions(view, ref, sentence) if mentions is None else mentions
    if mentions and LISTING_WORDS.search(view):  # "在港交所主板挂牌上市": the exchange is where, not who
        mentions = [m for m in mentions if not names_a_venue(view, m)]
    if mentions and ("qual" in view or "等权" in view):  # "the equal-weight S&P 500": another index
        mentions = [as_variant(view, m) for m in mentions]
    if mentions and ("former" in view or "latter" in view or "前者" in view or "后者" in view):
        mentions = _former_and_latter(view, mentions)
    movers: list[Mention] = []
    facts = move_facts(sentence, view, article_id, ref, zh, mentions, context, movers)
    facts += level_facts(sentence, view, article_id, zh, mentions, facts, context, movers)
    facts += amount_facts(sentence, view, article_id, ref, zh, mentions, context, facts)
    return facts


# "the former", "the latter" as a clause's subject (followed by its verb or a comma; not "the former chief")
_FORMER_LATTER = re.compile(r"\b[Tt]he\s+(?P<which>former|latter)(?=\s*[,;]|\s+(?:\w+ing|\w+ed|rose|fell|lost|slid|was|is|"
                            r"were|are|saw|hit|shed|sank|dipped|added|gained)\b)|(?P<zh>前者|后者)")


def _former_and_latter(view: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with "the former" and "the latter" read as the two names said before them ("The Shanghai
    Composite Index and Shenzhen Component Index diverged, with the former closing at 3,386, down 0.4%, while the
    latter ended at 11,056"), so that moves and levels after them are those names'."""
    pointers = list(_FORMER_LATTER.finditer(view))
    if not pointers:
        return mentions
    pair = [m for m in mentions if m.end <= pointers[0].start() and m.known][-2:]
    if len(pair) < 2:
        return mentions
    said = [replace(pair[0 if (p["which"] or p["zh"]) in ("former", "前者") else 1], start=p.start(), end=p.end())
            for p in pointers]
    return sorted([*mentions, *said], key=lambda m: m.start)


# a sentence that gives parts of the one before: "其中，…", "Of that, …"
_PART_OPENING = re.compile(r"\W*(?:其中|Of (?:that|this|these|which|the total)\b|Among them\b)", re.I)


# a heading's words of direction, and a line of a list under it: a name, perhaps its code, then its figure
_HEADING_UP = re.compile(r"\b(?:gains|gainers|advancers|winners|best performers)\b|涨幅(?:榜|居前|前)|领涨|升幅(?:榜|最大)", re.I)
_HEADING_DOWN = re.compile(r"\b(?:losses|losers|decliners|laggards|worst performers)\b|跌幅(?:榜|居前|前)|领跌", re.I)
_LIST_LINE = re.compile(r"^[^.。!?！？;；]{1,80}?[+\-]?\d+(?:\.\d+)?\s*%\s*$|^\d{1,2}[.、]$")  # (or a list's number alone)


# a heading that says the period of the lines under it, as AP's market box writes it: "For the week:", "For the
# year:", "On Tuesday:" (the day: no window)
_PERIOD_HEADING = re.compile(r"^\W*(?:(?:for|in)\s+the\s+(?P<span>week|month|quarter|year)|(?:this|so far this)\s+"
                             r"(?P<span2>week|month|quarter|year)|(?P<ytd>year[- ]to[- ]date|YTD)|"
                             r"(?P<zh>本周|本月|本季度|年内|今年以来)|(?P<day>(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                             r"Friday|today)|当日|今日))\s*[:：]\s*$", re.I)
_SPANS = {"week": "weekly", "month": "monthly", "quarter": "quarterly", "year": "ytd", "本周": "weekly", "本月": "monthly",
          "本季度": "quarterly", "年内": "ytd", "今年以来": "ytd"}
_DAY_OR_BOUND = ("", "about", "at_least", "at_most")


def _heading_period(sentence: str) -> str | None:
    """The window a heading line says for the lines under it ("For the week:" is "weekly"), "" for a heading of the
    day ("On Tuesday:"), None when the sentence is no such heading."""
    m = _PERIOD_HEADING.match(sentence)
    if m is None:
        return None
    if m["day"]:
        return ""
    if m["ytd"]:
        return "ytd"
    return _SPANS[(m["span"] or m["span2"] or m["zh"]).lower() if not m["zh"] else m["zh"]]


def _heading_sign(heading: str) -> float:
    """+1 or -1 when a heading says its list went up or down ("the following stocks led gains for the day:"), else 0."""
    up, down = _HEADING_UP.search(heading), _HEADING_DOWN.search(heading)
    return 1.0 if up and not down else -1.0 if down and not up else 0.0


def _without_bound(qualifier: str) -> str:
    """A qualifier without its bound: "weekly" of "weekly:at_least", "streak:5" of "streak:5"."""
    return qualifier.rsplit(":", 1)[0] if bound_in(qualifier) else qualifier


def _session_moment(article: Article, market: str | None, ref: Reference, index: bool = False,
                    day: date | None = None) -> str:
    """What an article's figures hold for by its publication time: "intraday" when it was published on a
    trading day after its market's open and before its close, "previous_session" when before the open
    ("Research note" at 08:30: "iFlytek climbed 3.9%" is the last session's), else "".

    A date without a time ("CNBC, Jan 26 2022") says nothing of either. An ``index`` opens when its market's
    indices are first computed ("index_open": New York's at 09:30, though its stocks trade from 04:00). A market
    whose clock has passed the ``day``'s midnight (Tokyo at 00:05 when Beijing's is 23:05) had its last session on
    the day: nothing to say."""
    if article.published is None or not has_time(article.published) or market not in ref.closes:
        return ""
    zone, close = ref.closes[market]
    local = article.published.astimezone(ZoneInfo(zone))
    opened = tuple(int(part) for part in
                   (index and ref.index_opens.get(market) or ref.opens.get(market, "00:00")).split(":"))
    closed = tuple(int(part) for part in close.split(":"))
    if local.weekday() >= 5 or (local.hour, local.minute) >= closed:
        return ""
    if day is not None and local.date() > day:
        return ""
    return "intraday" if (local.hour, local.minute) >= opened else "previous_session"


_PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# a title about Chinese companies' US listings
_US_LISTINGS_TITLE = re.compile(r"中概股|中概|金龙指数|\bADRs\b|(?:US|U\.S\.)-listed Chinese|Golden Dragon|"
                                r"['’]s (?:US|U\.S\.)(?:-listed)? shares")  # "Alibaba's U.S. shares jump"
_EXTENDED_TITLE = re.compile(r"盘前|盘后|\bpre-?market\b|\bafter[- ]hours\b|\bafter the bell\b|\bextended trading\b", re.I)
# a monthly or weekly report ("3月港股通月报", "ETF周报"): what it says without a moment is over its month or week
# ("Weekly ETF Inflows See Rare Retreat": a fund-flow report over its week; not "…, posts weekly gain", a day's wrap)
_REPORT_TITLE = re.compile(r"(?P<monthly>月报|月度报告|月度复盘|\bmonthly\s+(?:ETF\s+|fund\s+)*(?:flows?|inflows|outflows)\b)|"
                           r"(?P<weekly>(?<![日])周报|周度报告|周复盘|\bweekly\s+(?:ETF\s+|fund\s+)*(?:flows?|inflows|outflows)\b)",
                           re.I)
# a report on one A-share board, which its title opens with ("北交所午评：…", "科创板收评"): the limit of a stock it
# names without a code is that board's (a board's index in a market's title, "沪指涨0.5% 北证50涨2%", is no such report)
_BOARD_TITLE = re.compile(r"^\W*(?:(?P<bse>北交所|北证50?)|(?P<star>科创板))")
_MIDDAY_TITLE = re.compile(r"午评|半日|午间|午市|早评|(?:早盘|盘中)\s*[：:丨|]|\bmidday\b|at midday|morning session|\bhalf-day\b|"
                           r"\bat lunch\b|\blunch break\b|\blunchtime\b", re.I)
# words a title may use of one event within the session ("X盘中涨超5%", "早盘拉升"): a midday report only when the
# article's time does not say when it was written
_INTRADAY_TITLE = re.compile(r"早盘|盘中|\bintraday\b", re.I)


def article_facts(article: Article, ref: Reference, day: date | None = None) -> list[Fact]:
    """The facts of one article, each stated once.

    With ``day`` given, a sentence that dates itself to another day ("On August 22,
    Cambricon closed up 11.40%") gives no fact: it is history, not the day's market.
    """
    sentences = article_sentences(article)
    context = ArticleContext(ref=ref)
    when = day or (article.published.date() if article.published is not None else None)
    context.weekday = when.weekday() if when is not None else None
    context.day = when
    if _US_LISTINGS_TITLE.search(article.title or ""):
        context.listing = "us"  # "中概股普跌": 蔚来, 京东 are their New York listings, not their Hong Kong ones
    title = fold(article.title or "")
    report = _REPORT_TITLE.search(title)
    context.report_window = report.lastgroup if report else ""
    board = _BOARD_TITLE.match(title)
    context.board = board.lastgroup if board else None
    if _EXTENDED_TITLE.search(title):
        context.default_qualifier = "extended"  # "美股盘前": figures not said to be of the session are premarket
    elif _MIDDAY_TITLE.search(title):
        context.default_qualifier = "intraday"  # a midday report: figures not said to be closes are intraday
        context.midday_report = True
    views = {i: without_wire_codes(fold(s), ref) for i, s in enumerate(sentences) if _may_hold_figure(s)}
    named = {i: find_mentions(view, ref, sentences[i]) for i, view in views.items()}
    if sentences and sentences[0] == (article.title or "").strip() and 0 in named:
        context.topic = next((m for m in named[0] if m.start == 0 and views[0].startswith(("：", ":"), m.end) and
                              (m.instrument is None or m.instrument.kind in ("stock", "etf"))), None)
    for mentions in named.values():  # which market the article is about, for ambiguous names
        context.count_markets(mentions)
        context.note_codes(mentions)
    if day is None and article.published is not None and has_time(article.published):
        context.local_weekdays = frozenset(article.published.astimezone(ZoneInfo(zone)).weekday()
                                           for market, (zone, _) in ref.closes.items() if market in context.markets)
    context.timed = article.published is not None and has_time(article.published)
    # published during the session, its figures are the session's so far; before the open, the last session's
    moment = _session_moment(article, context.listing or context.home_market() or
                             ("cn" if article.language != "en" else None), ref, day=when)
    if not context.default_qualifier:  # the time speaks for each market by its own hours
        context.session_moment_of = lambda market, index=False: \
            _session_moment(article, market, ref, index, when) if market in ref.closes else None
    if context.report_window:  # a monthly or weekly report, whenever published, is about its period, no session
        context.session_moment_of = None
    elif context.default_qualifier != "extended" and not context.midday_report:
        # (a premarket report's time is no session's; a midday report's title says the moment, whatever its time read
        # in the configured zone says: "CNBC · 12:40" is New York's midday, not Beijing's)
        context.default_qualifier = moment or context.default_qualifier
    if context.default_qualifier in ("", "intraday") and _INTRADAY_TITLE.search(title) and \
            (article.published is None or not has_time(article.published) or moment == "intraday"):
        # "X盘中涨超5%" written during the session, or at a time not said: the title says its figures are the session's
        # so far (after the close, it tells of one moment of the day)
        context.default_qualifier, context.session_moment_of = "intraday", None
    kept: dict[tuple, Fact] = {}
    dated: list[tuple[set[str], set[float]]] = []  # who and what figures the body dates to another day
    carried = False  # the piece before, dated to another day, ended in "；": this one continues it
    heading = 0.0  # the direction a heading before gave the verbless lines under it
    period = ""  # the window a heading before gave the lines under it ("For the week:"), until the next heading
    for position, sentence in enumerate(sentences):
        context.heading_sign = heading
        heading = _heading_sign(sentence) if sentence.rstrip().endswith((":", "：")) else \
            heading if heading and _LIST_LINE.match(sentence) else 0.0
        said_period = _heading_period(sentence)
        if said_period is not None:
            period = said_period
        elif len(sentence) > 160:
            period = ""  # (a paragraph of narrative ends the lines a heading governs)
        lines_period = period if said_period is None else ""
        continues, carried = carried, False
        handed, context.piece_window = context.piece_window, ""  # only the very next piece takes it
        if position not in named:
            context.skip(position, sentence)
            context.moved_before, context.carried = [], []
            continue
        mentions = named[position]
        # "5月19日，恒生指数…涨幅1.12%；恒生国企指数…涨幅1.20%。": the date opening the sentence holds past its "；"
        semicolon = sentence.rstrip().endswith(("；", ";"))
        # (without a day to build, only a piece that ends in "；" needs the test: the moments date its own figures)
        # ("Wind数据显示，4月2日，全市场股票型ETF合计净流入62.4亿元。其中，沪深300ETF净流入18.6亿元": a part of a total
        # of another day is that day's too)
        parts_next = position + 1 < len(sentences) and bool(_PART_OPENING.match(sentences[position + 1]))
        other = continues or when is not None and (day is not None or semicolon or parts_next) and \
            names_other_day(sentence, when)
        carried = other and (semicolon or parts_next)
        if day is not None and other:
            context.remember(mentions, position)
            dated.append(({m.instrument.code if m.instrument else m.subject for m in mentions},
                          {float(v) for v in _PERCENT_VALUE.findall(views[position])}))
            continue
        context.piece_window = handed
        context.position = position
        figures = sentence_facts(sentence, article.id, ref, context, mentions, views[position])
        if lines_period:
            # "For the year:" over "The S&P 500 is up 730.28 points, or 12.1%.": the heading's window, for every
            # figure under it that says no moment of its own (each had been the day's)
            figures = [replace(f, qualifier=with_bound(lines_period, f.qualifier)) if f.qualifier in _DAY_OR_BOUND and
                       f.metric in ("pct_change", "point_change") else f for f in figures]
        if isinstance(sentence, LabelledRow):  # a table row, read with its header's words, is quoted as printed
            figures = [replace(f, evidence=sentence.quote) for f in figures]
        context.moved_before = [f for f in figures if f.metric == "pct_change"]
        # (by code or as written: "半导体ETF" without its code here takes it from where the article printed it)
        owners = {f.code for f in figures if f.code} | {f.subject for f in figures} if semicolon else set()
        context.carried = [m for m in mentions if (m.instrument.code if m.instrument else m.subject) in owners][-1:]
        if continues:
            figures = [f if is_window(f.qualifier) else
                       replace(f, qualifier=with_bound("earlier", bound_in(f.qualifier))) for f in figures]
        dated += [({f.code or f.subject}, {abs(f.value)}) for f in figures if f.qualifier.startswith("earlier")]
        context.remember(mentions, position)
        if article.language == "en" and not any(f.metric == "pct_change" for f in figures):
            # "Harbor Lights reported EPS of $1.23, up 15% from a year earlier; its shares climbed 4.4%": a
            # sentence without a move still names whom "its" means next
            first = re.split(r"[,;]", views[position], maxsplit=1)[0]
            lead = leading_name(first)
            if lead is not None and not any(m.start < lead[1] and lead[0] < m.end for m in mentions):  # known: noted
                context.remember_subjects([Mention(lead[0], lead[1], sentence[lead[0]:lead[1]], None)])
        context.last_window = next((f.qualifier for f in reversed(figures) if is_window(f.qualifier)),
                                   context.last_window)
        # a piece ending in "；" hands its window (without its bound) to the next; another day's is carried above
        windows = [f.qualifier for f in figures if is_window(f.qualifier) and not f.qualifier.startswith("earlier")]
        # (only a piece whose every figure is over the window: "金龙指数周五收涨0.8%，本周累计下跌2.1%；阿里巴巴跌1.2%"
        # says the day's moves after the "；")
        context.piece_window = _without_bound(windows[-1]) if semicolon and windows and \
            len(windows) == len(figures) else ""
        for fact in figures:
            if not math.isfinite(fact.value) or abs(fact.value) > 1e18:
                warn(article.origin, f"figure too large to be real, left out: {sentence[:80]!r}")
                continue
            key = (fact.code or fact.subject, fact.metric, fact.value, fact.unit, is_window(fact.qualifier))
            held = kept.get(key)
            # the same figure said twice ("收评：沪指跌0.12%" and "截至收盘，沪指跌0.12%") is one fact,
            # with the surer qualifier
            sureness = _sureness(fact.qualifier)
            held_sureness = _sureness(held.qualifier) if held is not None else 9
            # an amount said twice ("成交2,318億元" in the title, "大市全日成交2,318億元" in the body): the
            # statement that names whose it is stands for both
            # as sure, the body's statement stands for the title's: it says the figure with its context
            if held is None or sureness < held_sureness or sureness == held_sureness and (
                    fact.metric in AMOUNT_METRICS and len(fact.subject) > len(held.subject) or
                    held.evidence == article.title and fact.evidence != article.title):
                kept[key] = fact
    # the same figure said twice, once with its code ("X ETF周涨7.8%" in the title, "X ETF（159567）…周涨幅达7.8%"
    # in the body): the one with the code stands for both
    coded = {(f.subject, f.metric, f.value, f.unit, is_window(f.qualifier)) for f in kept.values() if f.code}
    # a title's figure the body dates to another day ("恒指收涨1.12%" over "5月19日，…恒生指数…涨幅1.12%" in a paper
    # of the 20th) is that day's, not this one's
    return [f for f in kept.values()
            if (f.code or (f.subject, f.metric, f.value, f.unit, is_window(f.qualifier)) not in coded) and
            not (f.evidence == article.title and f.metric == "pct_change" and
                 any((f.code or f.subject) in who and abs(f.value) in values for who, values in dated))]


def extract_facts(articles: Iterable[Article], ref: Reference | None = None, day: date | None = None) -> list[Fact]:
    """All facts of all articles."""
    ref = ref or load_reference()
    return [fact for article in articles for fact in article_facts(article, ref, day)]
