"""Stage 2, extract: sentences become ``Fact`` rows.

For each sentence the extractor finds instrument mentions (``mentions``), moves
and levels (``moves``) and amounts, prices and counts (``amounts``), then gives
every figure its subject (``subjects``). A figure with no subject is dropped,
never attached to a guess.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from briefs.extract.amounts import find_amounts
from briefs.extract.mentions import Mention, find_mentions, names_futures, unresolved_market
from briefs.extract.fold import fold
from briefs.extract.grammar import RELATIVE_ASIDE
from briefs.extract.windows import clause_start, find_levels, find_point_changes, is_window
from briefs.extract.names import leading_name, zh_name
from briefs.extract.places import CITIES_ELSEWHERE, PLACE, PLACE_MARKETS, PLACE_ZH
from briefs.extract.moments import BOUNDS, bound_in, clock_of, with_bound
from briefs.extract.reading import read_moves, subjects_after
from briefs.extract.reference import Reference, load_reference, normal_code
from briefs.extract.subjects import (MAX_AMOUNT_SUBJECT_GAP, MAX_SUBJECT_GAP, ZH_FLOW_WORDS, ArticleContext, infer_kind,
                                     subjects_for)
from briefs.extract.text import LabelledRow, article_sentences, names_other_day
from briefs.errors import warn
from briefs.load.dates import has_time
from briefs.records import Article, Fact, detect_language

# metrics whose subject may be the market as a whole when the sentence names no instrument
_MARKET_WIDE = {"count"}
# words after a name that say which listing of a company is meant
_LISTING_HINT = re.compile(
    r"^\W{0,3}(?:'s\s+)?(?:(?P<hk>Hong Kong(?:-listed)?\s+(?:shares|stock)|H[- ]shares|shares in Hong Kong)|"
    r"(?P<us>U\.?S\.?[- ](?:listed|traded)|US shares|U\.S\. shares|ADRs?\b|American depositary|shares in New York)|"
    r"(?P<cn>A[- ]shares|Shanghai-listed|Shenzhen-listed))|"
    r"^\W{0,3}(?:(?P<hk_zh>港股|H股)|(?P<us_zh>美股)|(?P<cn_zh>A股))", re.I)


_LISTING_WORDS = ("A股", "B股", "H股", "港股", "美股")
_LISTING_BEFORE = re.compile(r"(?:(?P<hk>Hong Kong|HK)|(?P<us>U\.?S\.?|US|New York|Nasdaq)|"
                             r"(?P<cn>Shanghai|Shenzhen|[Mm]ainland|A-share))[- ]listed\s+(?:shares|stock|stocks)\s+"
                             r"(?:of|in)\s+$|(?P<hk2>H[- ]shares)\s+(?:of|in)\s+$|(?P<cn2>A[- ]shares)\s+(?:of|in)\s+$")


def _listing_hint(text: str) -> str | None:
    """The market a listing word opening ``text`` names: "'s Hong Kong shares", "ADRs", "A股"."""
    m = _LISTING_HINT.search(text)
    return (m.lastgroup or "").removesuffix("_zh") if m else None


# the place a move happened, said after the figure: "SMIC rallied 10% in Hong Kong"
_PLACE_HINTS = [(re.compile(r"\bin Hong Kong\b|\bon the Hong Kong (?:exchange|bourse)|在港", re.I), "hk"),
                (re.compile(r"\bin New York\b|\bin the (?:US|U\.S\.|United States)\b|\bon (?:the )?(?:Nasdaq|NYSE)\b|"
                            r"\bpremarket\b", re.I), "us"),
                (re.compile(r"\bin (?:Shanghai|Shenzhen)\b", re.I), "cn")]
# a market the reference does not cover, said after the figure: "TSMC jumped 4.2% in Taipei" is no move of its
# US listing
_ELSEWHERE = re.compile(rf"\bin (?:{CITIES_ELSEWHERE})\b")
# how sure a qualifier is about the day's figure: within one article, the surest statement of a value wins
_AMOUNT_METRICS = ("turnover", "net_inflow", "turnover_change")
_SURENESS = {"close": 0, "limit_up": 1, "limit_down": 1, "open": 2, "": 3, "intraday": 4}


def _sureness(qualifier: str) -> int:
    """How sure a qualifier is (lower is surer); a bound ("intraday:at_least" too) is as sure as any bound."""
    return 5 if bound_in(qualifier) else _SURENESS.get(qualifier.split(":")[0], 5)


def _settle(mention: Mention, sentence: str, context: ArticleContext | None, ref: Reference) -> Mention:
    """An ambiguous name ("SMIC", "中芯国际") resolved to the one listing its sentence or article points at.

    A listing word right after the name ("Hong Kong shares", "ADRs", "A股") decides; otherwise the
    market most of the article's other instruments trade in, when exactly one listing is there. A name
    the article printed with its code before is that code's.
    """
    if context is not None and context.coded:
        mention = context.coded_as(mention)
    after = sentence[mention.end:mention.end + 40]
    market = _listing_hint(after)
    if market is None:  # "Hong Kong-listed shares of BYD": the listing said before the name
        before = _LISTING_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
        market = (before.lastgroup or "").rstrip("2") if before else None
    if mention.instrument is not None:  # "比亚迪港股": a known listing yields to the one the words name
        return _other_listing([mention], market, ref)[0]
    if not mention.candidates:
        return mention
    if market is None:
        clause = re.split(r"[,;，；]|\bwhile\b", sentence[mention.end:mention.end + 60], maxsplit=1)[0]
        market = next((hinted for pattern, hinted in _PLACE_HINTS if pattern.search(clause)), None)
    if market is None and context is not None:
        market = context.home_market()
    matching = [code for code in mention.candidates if ref.instruments[code].market == market]
    if len(matching) == 1:
        return replace(mention, instrument=ref.instruments[matching[0]])
    return mention


# "BYD's Hong Kong shares fell 3.2% and its Shenzhen-listed stock lost 2.9%": a pointer to a company
# with a listing word names that company's other listing
_ITS_LISTING = re.compile(r"(?:\b(?:its|their)\s+|其|在)(?P<words>[\w\s\-.]{1,30}?)\s*$|"
                          r"[，,；;]\s*(?P<bare>[ABH]股|港股|美股)\s*$", re.I)  # "中国平安A股涨1.1%，H股涨1.8%"


def _its_listing(view: str, at: int) -> str | None:
    """The market that words before ``at`` such as "its Shenzhen-listed stock" name."""
    its = _ITS_LISTING.search(view, max(0, at - 40), at) if at > 0 else None
    return _listing_hint(its["words"] or its["bare"]) if its else None


def _other_listing(mentions: list[Mention], market: str | None, ref: Reference) -> list[Mention]:
    """Each company's listing in ``market`` ("its Shenzhen-listed stock"), when the reference has
    exactly one; a company whose listing there the reference lacks keeps its name and loses its code
    (its code is another market's). The mentions as they are without a market."""
    if market is None:
        return mentions
    out = []
    for mention in mentions:
        if mention.instrument is not None and mention.instrument.kind not in ("stock", "etf"):
            out.append(mention)  # an index or a sector has no listing elsewhere
            continue
        codes = [mention.instrument.code] if mention.instrument is not None else mention.candidates
        there = {other.code for other in (ref.listing_in(code, market) for code in codes) if other is not None}
        if len(there) == 1:
            out.append(replace(mention, instrument=ref.instruments[there.pop()], candidates=()))
        elif mention.instrument is not None and mention.instrument.market != market or mention.candidates:
            out.append(replace(mention, instrument=None, candidates=()))
        else:
            out.append(mention)
    return out


_BOARD_BY_CODE = [
    (re.compile(r"^(?:688|689)\d{3}"), "star"),
    (re.compile(r"^(?:300|301)\d{3}"), "chinext"),
    (re.compile(r"^(?:8\d|4\d|92)\d{4}"), "bse"),
    (re.compile(r"^(?:60\d|000|001|002|003)\d{3}"), "main"),
    (re.compile(r"^(?:51|56|58|15|16)\d{4}"), "etf"),
]


def _limit_value(mention: Mention, ref: Reference, home: str | None) -> float | None:
    """The daily limit of the board a limit-moving name trades on: from the reference, else the code's form.

    A Chinese name without a code that the reference lacks trades on the main board unless its
    name says ST (5%); Hong Kong and US shares have no daily limit.
    """
    inst = mention.instrument
    subject = mention.subject.upper()
    if subject.startswith(("ST", "*ST")):
        return ref.limits.get("st")
    if inst is not None:
        if inst.kind == "etf" and inst.market == "cn":
            return ref.limits.get("etf", 10.0)
        if inst.kind != "stock" or inst.market != "cn":
            return None
        return ref.limits.get(inst.board or "main")
    code = mention.code_text.split(".")[0]
    for pattern, board in _BOARD_BY_CODE:
        if code and pattern.match(code):
            return ref.limits.get(board, 10.0)
    if code or home not in (None, "cn"):
        return None
    return ref.limits.get("main")


# the place a name trades, said as its owner ("Australia's S&P/ASX 200", "日本日经225指数") or as the scene before it
# ("In India, the Sensex"), or after its figure ("Toyota fell 2.1% in Tokyo"); not inside a name ("Tokyo Electron",
# "Asia-Pacific shares outside Japan")
_PLACE_BEFORE = re.compile(rf"(?:\b(?P<own>{PLACE})['’]s\s|\b[Ii]n\s+(?P<scene>{PLACE}),\s*)(?:the\s+)?$|"
                           rf"(?P<zh>{PLACE_ZH})$")
_PLACE_AFTER = re.compile(rf"^(?:,[^,;]*,)?[^,;，；]*?\bin\s+(?P<place>{PLACE})\b")  # an aside may stand between
_PLACE_OPENING = re.compile(rf"(?P<place>{PLACE})['’]s\s")


def _place_market(found: re.Match | None) -> str | None:
    """The market of the place a pattern above found, None when it found none."""
    return PLACE_MARKETS[found[found.lastgroup or 0].lower()] if found else None


def _market_of_unknown(sentence: str, mention: Mention, context: ArticleContext | None,
                       mentions: list[Mention] | None = None) -> str:
    """The market a name the reference lacks (or a sector) moves in: the place the sentence says it trades, else
    the market the title names, else that of the sentence's known instruments when they share one ("Li Ning
    jumped 8%, the best performer on the Hang Seng"), else that of the last known instrument a move was about
    (an Asian wrap's "Toyota Motor jumped 3.1%" after "Tokyo's Nikkei 225 gained 1.2%"), else the article's."""
    # before the name ("Australia's", "In India,"), after its figure (the nearest: "Toyota fell 2.1% in Tokyo and
    # Samsung lost 1.3% in Seoul"), or opening it ("Taiwan's benchmark index")
    placed = {market for market in (_place_market(_PLACE_BEFORE.search(sentence, max(0, mention.start - 16),
                                                                         mention.start)),
                                    _place_market(_PLACE_AFTER.match(sentence[mention.end:mention.end + 90])),
                                    _place_market(_PLACE_OPENING.match(mention.subject))) if market is not None}
    if len(placed) == 1:
        return placed.pop()
    if context is None:
        return ""
    known = {m.instrument.market for m in mentions or () if m.instrument is not None and m.instrument.market != "global"
             and m.instrument.kind != "sector" and not (m.start < mention.end and mention.start < m.end)}
    return context.listing or (known.pop() if len(known) == 1 else "") or context.last_market or \
        context.home_market() or ""


def _market_of(sentence: str, mention: Mention, context: ArticleContext | None,
               mentions: list[Mention] | None = None) -> str:
    """The market a mention's figure is in: its instrument's, its code's form's, or (a sector, an unknown name)
    where the sentence and the article place it."""
    inst = mention.instrument
    market = inst.market if inst else unresolved_market(mention)
    if inst is None and not market or inst is not None and inst.kind == "sector":
        market = _market_of_unknown(sentence, mention, context, mentions)
    return market


def _fact(article_id: str, mention: Mention, metric: str, value: float, unit: str,
          qualifier: str, sentence: str, context: ArticleContext | None = None,
          mentions: list[Mention] | None = None, market: str | None = None) -> Fact:
    """One fact of ``mention`` (in ``market`` when known already; ``mentions``, the sentence's, tell an unknown
    name's market)."""
    inst = mention.instrument
    market = _market_of(sentence, mention, context, mentions) if market is None else market
    return Fact(
        article=article_id,
        subject=mention.subject,
        code=inst.code if inst else normal_code(mention.code_text),
        market=market,
        kind=inst.kind if inst else infer_kind(mention.subject, mention.code_text),
        metric=metric,
        value=float(f"{value:.12g}"),  # "HK$8.2 billion" is 8200000000, not 8199999999.999999
        unit=unit,
        qualifier=qualifier,
        evidence=sentence,
        sector=inst.sector if inst else "",
    )


def _whole_market(at: int, context: ArticleContext | None, ref: Reference, default: str | None = None) -> Mention:
    """"more than 3,600 stocks rose": the market the article is about, when the reference has it."""
    home = (context.home_market() if context is not None else None) or default
    inst = ref.instruments.get(f"{(home or '').upper()}.MARKET")
    return Mention(at, at, "stocks", inst)


# a sentence about Chinese companies' US listings (not 中概 alone: "中概互联网ETF" trades in Shanghai)
_US_LISTINGS_SENTENCE = re.compile(r"中概股|热门中概|\bADRs\b|(?:US|U\.S\.)-listed Chinese")


def _moment_in_market(read, market: str, context: ArticleContext | None) -> str:
    """A figure's qualifier, where the sentence said none and the article's default comes from its
    publication time: what that time says in the market of the figure's instrument. Published at 15:40
    in Beijing, a Hang Seng figure is intraday but Kweichow Moutai's is its close (Shanghai shut at 15:00)."""
    if read.qualifier == "close" and context is not None and context.midday_report and market == context.home_market():
        return "intraday"  # "the financial sector ended 0.4% lower" in a midday report: where the morning ended
    moment = context.moment_in(market) if read.defaulted and context is not None else None
    if moment is None:
        return read.qualifier
    return with_bound(moment, bound_in(read.qualifier))


def _clock_in_market(qualifier: str, mention: Mention, ref: Reference) -> str:
    """A figure "as of" a time at or after its market's close is the close: "The S&P 500 rose 0.4% as of
    4:00 p.m. New York time" (the time is the market's own, as such wraps write it)."""
    clock = clock_of(qualifier)
    if clock is None or mention.instrument is None:
        return qualifier
    close = ref.closes.get(mention.instrument.market)
    return "close" if close is not None and clock >= close[1] else qualifier


def _move_facts(sentence, view, article_id, ref, zh, mentions, context,
                moved: list[Mention] | None = None) -> list[Fact]:
    """The moves of one sentence; the subjects they are about are added to ``moved``."""
    facts: list[Fact] = []
    home = context.home_market() if context is not None else None
    companies: list[Mention] = []  # the companies the sentence's moves were about so far
    for read in read_moves(sentence, view, zh, mentions, context):
        hinted = _its_listing(view, read.start)
        subjects = _other_listing([_settle(m, view, context, ref) for m in read.subjects], hinted, ref)
        if _ELSEWHERE.search(re.split(r"[,;，；]|\bwhile\b", view[read.start:read.start + 60], maxsplit=1)[0]):
            subjects = _other_listing(subjects, "other", ref)  # "TSMC jumped 4.2% in Taipei": no listing we know
        # a company's listing the sentence or the title names ("中概股多数上涨，小鹏汽车涨超5%": New York's)
        listing = "us" if _US_LISTINGS_SENTENCE.search(view) else context.listing if context is not None else None
        if hinted is None and listing:
            subjects = [_other_listing([m], listing, ref)[0] if m.instrument is not None and
                        m.instrument.kind == "stock" else m for m in subjects]
        if context is not None:
            context.remember_subjects(subjects)
        if moved is not None:
            moved.extend(subjects)
        if read.leader:  # a ranking statement: who led, no figure
            for mention in subjects:
                facts.append(_fact(article_id, mention, "leader", 1.0 if read.leader == "up" else -1.0, "rank", "",
                                   sentence, context, mentions))
            continue
        if read.limit:
            for mention in subjects:
                value = read.values[0] if read.values else _limit_value(mention, ref, home or ("cn" if zh else None))
                if value is not None:
                    sign = -1.0 if read.limit == "down" else 1.0
                    facts.append(_fact(article_id, mention, "pct_change", sign * value, "%", read.qualifier,
                                       sentence, context, mentions))
            continue
        values = read.values if len(read.values) > 1 else read.values * len(subjects)
        for mention, value in zip(subjects, values):
            if mention.instrument is not None and mention.instrument.kind == "market":
                # "中芯国际A股涨3%", "比亚迪港股跌3.2%，其A股跌2.9%": the company named right before (or just
                # read), in that market; a market word alone after a company's figure is no figure
                before = [m for m in mentions if m.end == mention.start and m is not mention and
                          (m.instrument is None or m.instrument.kind == "stock")]
                # "中芯国际港股涨5%，A股涨3.2%": a listing word opening a clause pairs with the one just said
                paired = bool(companies) and view[max(0, mention.start - 1):mention.start] in ("，", ",", "；", ";") and \
                    view.startswith(_LISTING_WORDS, companies[-1].end)
                if not before and not paired and (view[max(0, mention.start - 1):mention.start] not in ("其", "在")
                                                  or not companies):
                    continue
                mention = _other_listing(before[-1:] or companies[-1:], hinted or mention.instrument.market, ref)[0]
            market = _market_of(sentence, mention, context, mentions)
            facts.append(_fact(article_id, mention, "pct_change", value, "%",
                               _clock_in_market(_moment_in_market(read, market, context), mention, ref),
                               sentence, context, mentions, market))
        if context is not None:  # the market this move was in, known or placed ("China Vanke sank 6.2% in Hong Kong")
            # (not a fund's: "恒生科技ETF涨超1%，成分股蔚来涨近5%" holds Hong Kong shares, though it trades in Shanghai)
            context.last_market = next((f.market for f in reversed(facts) if f.market not in ("", "global") and
                                        f.kind not in ("sector", "etf")), context.last_market)
        companies = [m for m in subjects if m.instrument is None or m.instrument.kind == "stock"] or companies
    return facts


# (a date, or a span of dates in brackets, opening the words: "本周（11月24日至11月28日）股票型ETF合计净流入", "11月28日股票型ETF")
_ZH_FLOW_FILLER = re.compile(r"^(?:[（(][^）)]{0,24}?[日月年][^）)]{0,24}?[）)]|\d{1,2}月\d{1,2}日|昨日|昨天|其中|而|但|另外|此外|同时|主力资金|资金|盘中|早盘|午盘|尾盘|午后|上午|下午|目前|今年以来的?\d*个?月?|今年以来|上月|本月|整月|当月|上周|本周|当周|当天|当日|今日|全日|"
                             r"近\d+个?交易日|近\d+日|近[一二两三四五六七八九十]+个?(?:交易日|日|周|月)|"
                             r"半日|全天|单日|截至\S{0,8}|合计|累计|整体|总计|共计|[，,、\s])+|"
                             r"(?:累计|合计|整体|总计|共计|上月|整月|当月|当天|当日|单日|半日|今日|昨日|昨天|全天|全日|最多|居前|的|为|遭|获|"
                             r"主力资金|主力|"  # "电子行业主力资金净流入18.6亿元": the industry's main funds
                             r"同期|近\d+个?交易日|近\d+日|近[一二两三四五六七八九十]+个?(?:交易日|日|周|月)|[，,、\s])+$")
_EN_FLOW_VERB = re.compile(r"(?:sold|bought|purchased|offloaded|dumped|poured|pumped|put|channelled|funneled|"
                           r"took|pulled|drew|raked|brought|attracted|gathered|hauled|shed|bled|added|withdrew|yanked|redeemed|"
                           r"snapped|net(?=\s+(?:sold|bought|purchased|sell|buy))|posted|recorded|saw|logged)\b", re.I)
_EN_METRIC_WORD = re.compile(r"[A-Za-z]+(?:\s+(?:volume|value|inflows?|outflows?|purchases?|buying|selling|sales))?")
_ZH_EARLIER_FLOW = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:累计|合计|整月|上月)?(?:净流入|净流出|净买入|净卖出|成交额)"
                              r"[^，,；;。]*$")


# "星河信息获主力资金净流入5.6亿元": whose flow it is stands before 获 (遭: an outflow), the buyer after it
_GOT_FROM = re.compile(r"(?:获|遭|獲)(?:主力资金|主力|资金|北水|南向资金|北向资金|外资|游资|机构)?$")
_ZH_POINTER = re.compile(r"该(?:ETF|基金|指数|股)")
_ZH_POINTER_KINDS = {"该ETF": "etf", "该基金": "etf", "该指数": "index", "该股": "stock"}
_FLOW_ONLY = re.compile(rf"(?:累计|合计)?(?:{ZH_FLOW_WORDS})|"
                        r"(?:net\s+)?(?:inflows?|outflows?|purchases?|buying|selling)", re.I)
# words that name the whole market, whatever the size of the figure
_MARKET_WORDS = re.compile(r"market|exchange|bourse|两市|三市|沪市|深市|沪深|大市|全市场|港股", re.I)
_FLOW_OPENING = re.compile(rf"^(?:{ZH_FLOW_WORDS})(?=[\u4e00-\u9fff]{{2}})")
_ZH_CHANNEL = re.compile(r"[（(][^）)]{1,4}[）)]$")


_NAME_WITH_DIGITS = re.compile(r"[\u4e00-\u9fffA-Za-z]+\d+[\u4e00-\u9fffA-Za-z]*(?:ETF|指数|基金)")


def _phrase_subject(sentence: str, view: str, amount, zh: bool, previous: list[Mention],
                    context: ArticleContext | None = None, mentions: Sequence[Mention] = ()) -> list[Mention]:
    """The subject of an amount no instrument owns, from the words that name it: "Combined turnover",
    "Midday turnover", "沪股通累计净流出" (沪股通), "沪深两市半日成交额" (沪深两市); a clause with none
    continues the sentence's previous one ("日常消费累计净流出最多，整月净流出约82亿元")."""
    breaks = "，,；;。：:" if zh else ",;:("
    at = amount.start
    begin = max((view.rfind(c, 0, at) for c in breaks), default=-1) + 1
    if zh:
        begin = max(begin, clause_start(view, at))  # "恒指跌98點 科指跌1.4% 成交2,318億元": a title's clauses
        # "主力资金净流入电子板块52.3亿元": the flow word opens the phrase and the name follows it
        words = _FLOW_OPENING.sub("", _ZH_FLOW_FILLER.sub("", _GOT_FROM.sub("", view[begin:at])))
        pointer = _ZH_POINTER.match(words)
        if pointer and context is not None:  # "该ETF近5日获资金连续净流入，合计3.2亿元": the fund named before
            found = context.lookup(_ZH_POINTER_KINDS[pointer.group(0)])
            return [found] if found is not None else []
        # (digits only inside a fund's or an index's name: "星河300ETF", not "近5日")
        if 2 <= len(words) <= 12 and not re.search(r"分别|较|比", words) and \
                (not re.search(r"\d", words) or _NAME_WITH_DIGITS.fullmatch(words)):
            start = view.find(words, begin, at)
            return [Mention(start, start + len(words), sentence[start:start + len(words)], None)]
        if not words.strip(" 　") and begin > 0 and view[begin - 1] in " 　":
            # a table row, "沪深300ETF（510300） 净流入8.6亿元": the name printed with its code before the space
            row = [m for m in mentions if not view[m.end:begin].strip(" 　") and (m.instrument is not None or m.code_text)
                   and (m.instrument is None or m.instrument.kind not in ("index", "market"))]
            if row:
                return row[-1:]
        earlier = _ZH_EARLIER_FLOW.search(view, max(0, begin - 30), max(begin - 1, 0))
        opening = _ZH_POINTER.match(view, max(view.rfind(c, 0, begin - 1) for c in breaks) + 1) \
            if earlier and begin > 0 else None
        if opening and context is not None:
            # "该ETF近10个交易日有8日获资金净流入，合计净流入23.5亿元": the previous clause points at the fund
            found = context.lookup(_ZH_POINTER_KINDS[opening.group(0)])
            return [found] if found is not None else []
        if earlier:  # "日常消费累计净流出最多，整月净流出约82亿元": the previous clause names it
            start = earlier.start("name")
            return [Mention(start, earlier.end("name"), sentence[start:earlier.end("name")], None)]
        if previous:
            return previous
        word_end = amount.number_at
        said = re.sub(r"(?:达|为|约|近|超|逾|高达|已有|有|了)+$", "", view[begin:word_end]).strip()
        phrase = _FLOW_OPENING.sub("", _ZH_FLOW_FILLER.sub("", said))
        if phrase in ("成交", "成交额", "成交金额") and said.endswith(phrase):
            phrase = said  # "全日成交2,150億元": the words as written, not a bare "成交"
        main = view.find("主力资金", begin, word_end)
        if main >= 0 and amount.metric == "net_inflow" and _FLOW_ONLY.fullmatch(phrase):
            # "主力资金全天净流出89.6亿元": the market's main funds, named by that word alone
            return [Mention(main, main + 4, sentence[main:main + 4], None)]
    else:
        word = _EN_METRIC_WORD.match(view, amount.start)
        if word and _EN_FLOW_VERB.match(view, amount.start):
            word = None  # "Mainland investors sold a net ...": the verb is no part of the name
        phrase = view[begin:word.end() if word else amount.start].strip()
        if amount.metric == "net_inflow" and re.search(r"\bwith$", phrase):
            # "The iShares Russell 2000 ETF (IWM) bucked the trend with $640 million of inflows": the clause's subject
            opens = clause_start(view, amount.start)  # not at a bracket: "(IWM)" stands inside the name's words
            lead = leading_name(view[opens:amount.start])
            if lead:
                return [Mention(opens + lead[0], opens + lead[1], sentence[opens + lead[0]:opens + lead[1]], None)]
        parts = re.split(r"\b(as|while|when|after|and|but|with|that|which|since)\s+", phrase)
        phrase = parts[-1]
        joined_by = parts[-2] if len(parts) > 1 else ""
        # ("…, with turnover of HK$245.6 billion": the clause's own figure, whose owner is decided below)
        if joined_by not in ("", "and", "but", "while") and not (joined_by == "with" and amount.metric == "turnover") \
                and " " not in phrase or \
                re.search(r"['’]s\b|^(?:its|their)\b", phrase, re.I):
            # "Brokers surge as turnover tops ...": a bare metric word inside a subordinate clause names no one;
            # "..., and turnover fell to 1.38 trillion yuan" is the market's
            return []
        phrase = _EN_FLOW_VERB_TAIL.sub("", phrase)  # "the ETF has seen nearly": the words before the verb
        pointed = _EN_POINTER_PHRASE.fullmatch(phrase)
        if pointed and context is not None:  # "the ETF has seen nearly 2.8 billion yuan in net inflows"
            found = context.lookup("etf" if pointed["what"].lower() in ("etf", "fund") else "any")
            return [found] if found is not None else []
        phrase = re.sub(r"^(?:the|a|an|with|and|lifting|bringing|taking)\s+", "", phrase, flags=re.I)
        phrase = re.sub(r"^(?:this|last) (?:year|month|week)['’]s\s+", "", phrase, flags=re.I)
    if not phrase or len(phrase) > 40 or amount.metric == "net_inflow" and _FLOW_ONLY.fullmatch(phrase):
        return []  # "净流入" alone names no one (a turnover word alone is the market's)
    start = view.find(phrase, begin if zh else 0, amount.number_at)
    return [Mention(start, start + len(phrase), sentence[start:start + len(phrase)], None)] if start >= 0 else []


_EN_FLOW_VERB_TAIL = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:seen|saw|recorded|posted|logged|attracted|gathered|drew|"
                                r"pulled in|took in|received|registered|absorbed)\b.*$|"
                                r"\s+(?:nearly|about|over|more than|around|some|almost)\s*$|\s+(?:has|have|had)\s*$|"
                                r"\s+(?:were|was|are|is)\s*$", re.I)  # "Mainland investors were net sellers of"
_EN_POINTER_PHRASE = re.compile(r"(?:the|this|that)\s+(?P<what>ETF|fund|stock|company)|(?P<it>it)", re.I)
# (the names after the last 是, 为, 有, colon or flow word: "主力资金净流入电子、计算机板块，分别为52.3亿元、31.2亿元")
_ZH_LISTED_BEFORE = re.compile(r"(?:是|为|有|：|:|净流入|净流出|净买入|净卖出)"
                               r"(?P<names>(?:(?!净流入|净流出|净买入|净卖出)[^，,；;。：:是为有])+)[，,]\s*分别(?:为|是|达)?\s*$")


def _listed_subjects(sentence: str, view: str, amounts: list, zh: bool,
                     mentions: list[Mention]) -> dict[int, Mention]:
    """"居前的是金融、信息技术和房地产，分别为480.3、193.3和40.6亿元": each amount of the list with its name."""
    out: dict[int, Mention] = {}
    if not zh or "分别" not in view:
        return out
    ordered = sorted(amounts, key=lambda a: a.number_at)
    for first in ordered:
        m = _ZH_LISTED_BEFORE.search(view, 0, first.number_at)
        if not m or first.number_at in out:
            continue
        names = [(n.start() + m.start("names"), n.group(0)) for n in re.finditer(r"[^、和及与]+", m["names"])]
        run = [a for a in ordered if a.number_at >= first.number_at][:len(names)]
        if len(run) == len(names):
            for amount, (at, name) in zip(run, names):
                out[amount.number_at] = Mention(at, at + len(name), sentence[at:at + len(name)], None)
    for m in _ZH_NAMES_THEN_RESPECTIVELY.finditer(view) if "分别" in view else ():
        # "腾讯控股、小米集团-W分别获净买入9.8亿港元和6.1亿港元": the names before 分别, in order
        group = "names" if m["names"] else "names2"
        names = [(n.start() + m.start(group), n.group(0)) for n in _ZH_LIST_ITEM.finditer(m[group])]
        clause_end = min((i for i in (view.find(c, m.end()) for c in "；;。") if i >= 0), default=len(view))
        run = [a for a in ordered if m.end() <= a.number_at < clause_end and a.number_at not in out][:len(names)]
        if len(names) > 1 and len(run) == len(names):
            for amount, (at, name) in zip(run, names):
                known = [k for k in mentions if at <= k.start and k.end <= at + len(name)]
                out[amount.number_at] = known[-1] if known else \
                    Mention(at, at + len(name), sentence[at:at + len(name)], None)
    pair = _EXCHANGE_PAIR.search(view)
    ends = _PAIR_CLAUSE_END.search(view, pair.end()) if pair else None  # not the comma in "6,812.35亿元"
    clause_end = (ends.start() if ends else len(view)) if pair else 0
    after = [a for a in ordered if pair and pair.end() < a.number_at < clause_end and a.number_at not in out]
    if pair and len(after) == 2 and after[0].metric == after[1].metric:
        # "沪深两市分别成交638.63亿元和327.57亿元": the pair's exchanges in order, each named as the sentence writes it
        for amount, at in zip(after, (pair.start("sh"), pair.start("sz"))):
            out[amount.number_at] = Mention(at, at + 1, sentence[at] + "市", None)
    return out


# (or the flow said first, then 分别 after a comma: "腾讯控股、美团-W获净买入，分别获6.8亿港元、5.2亿港元")
_ZH_NAMES_THEN_RESPECTIVELY = re.compile(r"(?P<names>[^，,；;。：:]+?)分别(?:获|遭|录得|实现|出现)?(?:净买入|净卖出|净流入|净流出|"
                                        r"成交额?|资金净流入|资金净流出)|"
                                        r"(?P<names2>[^，,；;。：:]+?)(?:获|遭)(?:资金)?(?:净买入|净卖出|净流入|净流出)[，,]\s*"
                                        r"分别(?:获|遭|为|是|达)?")
_ZH_LIST_ITEM = re.compile(r"[^、和及与]+")
# "沪深两市…分别…": Shanghai's figure, then Shenzhen's
_EXCHANGE_PAIR = re.compile(r"(?P<sh>沪)(?P<sz>深)两市[^；;。]{0,30}?分别")
_PAIR_CLAUSE_END = re.compile(r"[，；;。]|,(?!\d{3})")


_RECEIVES = ("獲", "获", "遭", "received ", "saw ")
_TOWARDS = re.compile(r"\s*(?:into|to|in|from|out of)\s+(?:shares of\s+)?", re.I)


def _traditional(sentence: str, view: str) -> bool:
    """True when a Chinese sentence is written in traditional characters (its folded view differs in one)."""
    return any(a != b and "\u4e00" <= a <= "\u9fff" for a, b in zip(sentence, view))


def _is_buyer(view: str, mention: Mention) -> bool:
    """True when a flow channel stands right after a word of receiving: "獲北水淨買入", "遭南向資金淨賣出"."""
    return mention.instrument is not None and mention.instrument.kind == "market" and \
        view[:mention.start].rstrip().endswith(_RECEIVES)


_FLOW_CHANNELS = ("HK.SOUTHBOUND", "CN.NORTHBOUND")
_PRICE_WORDS = re.compile(r"(?:股价|最新价|现价|价格|收盘价|报价|最新报价)?\s*(?:报|为|收于|至)?")
_TURNOVER_WORD = re.compile(r"(?:main board\s+)?turnover|(?:大市|全日|全天|半日|主板)?(?:成交额|成交)", re.I)
_FUND_AFTER = re.compile(r" ?ETF")
_MARKET_FUNDS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:ETF|基金)")


def _moved_instrument(moved: list[Fact], at: int, ref: Reference) -> list[Mention]:
    """The one stock or fund whose move a sentence states, as a mention for its amount; none when several."""
    owners = {(f.subject, f.code) for f in moved if f.metric == "pct_change" and f.kind in ("stock", "etf")}
    if len(owners) != 1:
        return []
    fact = next(f for f in moved if (f.subject, f.code) == next(iter(owners)))
    inst = ref.instruments.get(fact.code) if fact.code else None
    return [Mention(at, at, fact.subject, inst, "" if inst else fact.code)]


# words that say an amount is the session's so far: "半日成交额", "Midday turnover", "截至10:30成交额"
_SO_FAR = re.compile(r"半日|午间|午盘|上午|早盘|截至\d{1,2}[:：]\d{2}|盘中|已(?:达|有|超|突破)|\bmidday\b|\bhalf-day\b|"
                     r"\bmorning\b|\bso far\b|\bas of \d", re.I)
_SO_FAR_METRICS = ("turnover", "net_inflow", "turnover_change")
# the session before, as the time of an amount; not a comparison with it ("较上一交易日同期增加", "在前一交易日的基础上")
_YESTERDAY = re.compile(r"昨日|昨天|(?<![较比在于])(?:前一|上一|上个)交易日(?!的基础|同期|放量|缩量|增加|减少)|\byesterday\b",
                        re.I)


def _amount_moment(view: str, amount, market: str, context: ArticleContext | None, moved: list[Fact]) -> str:
    """An amount's qualifier: its window or bound as found, else "intraday" when the sentence, a midday title or
    the sentence's own moves say the session is not over: a half-day turnover is no day's. (The publication time
    alone does not say it: a monthly report published at 10:00 gives the month's flows.)"""
    if amount.metric not in _SO_FAR_METRICS or is_window(amount.qualifier):
        return amount.qualifier
    bound = amount.qualifier if amount.qualifier in BOUNDS else ""
    if _YESTERDAY.search(view, clause_start(view, amount.start), amount.number_at):
        # "股票ETF昨日净流入超60亿元": the session before, with its bound
        return with_bound("previous_session", bound)
    if amount.qualifier and not bound:
        return amount.qualifier
    if _SO_FAR.search(view, 0, amount.number_at) or any(
            f.metric == "pct_change" and f.qualifier.startswith("intraday") for f in moved):
        # "X ETF上涨3.12%，成交额4.5亿元" at 14:05: the move is the session's so far, so is its turnover
        return with_bound("intraday", bound)
    midday = context is not None and context.session_moment_of is None and context.default_qualifier == "intraday"
    return with_bound("intraday", bound) if midday else amount.qualifier


def _amount_facts(sentence, view, article_id, ref, zh, mentions, context, moved: list[Fact]) -> list[Fact]:
    facts = []
    amounts = find_amounts(view, zh, clause_start)
    listed = _listed_subjects(sentence, view, amounts, zh, mentions)
    previous: list[Mention] = []
    for amount in sorted(amounts, key=lambda a: a.number_at):
        if amount.local_dollar and context is not None and context.home_market() == "hk":
            amount = replace(amount, unit="HKD")  # "Turnover $112.6B" in a Hong Kong report
        seg = clause_start(view, amount.start)
        after = [m for m in mentions if amount.end <= m.start <= amount.end + 16] if amount.subject_after else []
        if amount.subject_after and not after:  # "pulled $3.1 billion from the Harbor Growth ETF": a name not known
            word = _TOWARDS.match(view, amount.end)
            after = subjects_after(view, sentence, word.end(), mentions, lead="") if word else []
        subjects = after[:1] or ([listed[amount.number_at]] if amount.number_at in listed else [])
        guessed = False
        if not subjects:
            subjects = subjects_for(amount.number_at, mentions, seg, view, zh, [], context,
                                    max_gap=MAX_AMOUNT_SUBJECT_GAP)
            guessed = bool(subjects) and not any(m.known for m in subjects)
            # a name in an earlier clause yields to the clause's own ("北向资金净卖出45.6亿元，其中沪股通净卖出30.1亿元")
            clause_begin = max((view.rfind(c, 0, amount.start) for c in "，,；;"), default=-1) + 1
            own = _ZH_FLOW_FILLER.sub("", view[clause_begin:amount.start]) if zh else ""
            guessed = guessed or zh and bool(subjects) and subjects[-1].end <= clause_begin and \
                zh_name(_ZH_CHANNEL.sub("", own)) is not None  # "港股通（沪）": a channel named with its exchange
        if (not subjects or guessed) and amount.metric in ("turnover", "net_inflow", "turnover_change"):
            # a name the reference lacks is read from the words that name the amount, not the words before it
            subjects = _phrase_subject(sentence, view, amount, zh, previous, context, mentions) or subjects
            if subjects and amount.metric in ("turnover", "turnover_change") and subjects[0].instrument is None:
                # "Combined turnover", "半日成交额": the turnover of the market the article is about
                # the currency says which market when it is another's: "大市成交额2,315亿港元"
                named = {"HKD": "hk", "USD": "us"}.get(amount.unit)
                whole = _whole_market(amount.start, None if named else context, ref,
                                      named or ("cn" if zh else None)).instrument
                subjects = [replace(subjects[0], instrument=whole)] if whole else subjects
                floors = ref.market_turnover_floor
                floor = floors.get(whole.market, 0.0) if whole else min(floors.values(), default=0.0)
                if abs(amount.value) < floor and not _MARKET_WORDS.search(subjects[0].subject):
                    # "Real-time trading volume exceeded 60 million yuan": some fund's, not the market's; the one
                    # stock or fund the sentence moved ("星河科技…涨超8%，成交额超3亿元") when there is one, else,
                    # when the sentence names no one before it, the one the sentence before moved
                    subjects = _moved_instrument(moved, amount.start, ref) or (
                        _moved_instrument(context.moved_before, amount.start, ref) if context is not None and
                        not any(m.start < amount.start for m in mentions) else [])
        if amount.metric == "level" and subjects and subjects[0].instrument is None and \
                _PRICE_WORDS.fullmatch(subjects[0].subject):
            # "星河电子涨停，…，股价报12.34元": a price word names no one; the stock the sentence moved owns the price
            subjects = _moved_instrument(moved, amount.start, ref)
        if amount.metric == "net_inflow" and (not subjects or subjects[0].instrument is None):
            # "Mainland investors bought a net HK$4.1 billion of Hong Kong shares via the southbound trading links":
            # the channel the clause names after the amount is whose flow it is
            clause_end = min((i for i in (view.find(c, amount.end) for c in ",;，；。") if i >= 0), default=len(view))
            channel = [m for m in mentions if amount.end <= m.start < clause_end and m.instrument is not None
                       and m.instrument.code in _FLOW_CHANNELS]
            subjects = channel[:1] or subjects
        if amount.metric == "net_inflow" and subjects and _is_buyer(view, subjects[-1]):
            # "騰訊(00700.HK)獲北水淨買入12.3億元": the channel after 獲 bought; the name before it was bought
            clause = clause_start(view, subjects[-1].start)
            bought = [m for m in mentions if clause <= m.start and m.end <= subjects[-1].start
                      and (m.instrument is None or m.instrument.kind != "market")]
            subjects = bought[-1:] or subjects
        if amount.metric in ("turnover", "turnover_change") and subjects and subjects[0].instrument is not None and \
                subjects[0].instrument.kind == "index" and subjects[0].instrument.market == "hk":
            # "恒指現升185點，…，成交額1,320億元", "The Hang Seng Index's main board turnover": Hong Kong reports give
            # the market's turnover beside its index, never the index's own
            word = _TURNOVER_WORD.search(view, subjects[0].end, amount.number_at)
            hk_market = _whole_market(amount.start, None, ref, "hk")
            subjects = [replace(hk_market, start=word.start(), end=word.end(), subject=sentence[word.start():word.end()])
                        if word else hk_market]
        # "中证1000ETF净流出6.9亿元", "Turnover in the STAR 50 ETF reached 1.8 billion yuan": an index's name opening a
        # fund's is the fund, which the reference lacks
        subjects = [Mention(m.start, fund.end(), sentence[m.start:fund.end()], None)
                    if m.instrument is not None and m.instrument.kind in ("index", "sector") and
                    (fund := _FUND_AFTER.match(view, m.end)) else m for m in subjects]
        if zh and subjects and subjects[0].instrument is not None and subjects[0].instrument.kind == "market":
            funds = _MARKET_FUNDS.match(view, subjects[0].end)
            if funds:  # "全市场股票ETF合计净流入56.3亿元": the market's ETFs, not the market
                first = subjects[0]
                subjects = [Mention(first.start, funds.end(), sentence[first.start:funds.end()], None)]
        previous = subjects or previous
        if amount.metric in _MARKET_WIDE:  # breadth counts a market's stocks: a known instrument or the market
            subjects = [m for m in subjects if m.instrument is not None]
        if not subjects and amount.metric in _MARKET_WIDE:
            subjects = [m for m in mentions if m.instrument and m.instrument.kind == "market"][:1]
            if not subjects:
                subjects = [_whole_market(amount.start, context, ref)]
        for mention in subjects[:1] if amount.metric in _MARKET_WIDE else subjects:
            mention = _settle(mention, sentence, context, ref)
            unit = amount.unit
            market = mention.instrument.market if mention.instrument else unresolved_market(mention) or (
                context.home_market() if context is not None else "")
            if amount.local_yuan and (amount.metric != "net_inflow" or _traditional(sentence, view)) and market == "hk":
                # "小米集团-W收报52.3元", "大市成交额2,315亿元": Hong Kong figures in 元 are HK dollars; a flow
                # only in a Hong Kong paper ("北水淨買入45.6億元"), as mainland data quote southbound flows in yuan
                unit = "HKD"
            if amount.currency_missing:
                market = mention.instrument.market if mention.instrument else unresolved_market(mention) or (
                    context.home_market() if context is not None else "") or ("cn" if zh else "")
                unit = ref.currencies.get(market or "", "")
                if not unit:
                    continue  # an amount in an unknown currency is not a figure
            facts.append(_fact(article_id, mention, amount.metric, amount.value, unit,
                               _amount_moment(view, amount, market, context, moved), sentence,
                               context))
    return facts


# "Spot gold rose above 3,700 dollars an ounce", "布伦特原油报67.5美元/桶": a commodity's price level
_COMMODITY_LEVEL = re.compile(
    r"(?P<word>at|to|above|below|around|near|over|past|topped|报|站上|突破|跌破)\s*(?:\$|US\$)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:dollars|美元)?\s*"
    r"(?:an|a|per|/)\s*(?:troy\s+)?(?:ounce|oz|barrel|盎司|桶)", re.IGNORECASE)
_LEVEL_BOUNDS = {"above": "at_least", "over": "at_least", "past": "at_least", "topped": "at_least", "站上": "at_least",
                 "突破": "at_least", "below": "at_most", "跌破": "at_most", "around": "about", "near": "about"}


_LEVEL_CLOSE = re.compile(r"收盘|收报|报收|收于|收市|收涨|收跌|收高|收低|全日|全天|clos(?:ed|es)|end(?:ed|s)|finish(?:ed|es)|settled|"
                          r"at the close|to close|to end|to finish|to settle", re.I)
# "半日收報25,480點": the morning session's end, however the 收 is written
_MIDDAY_CLOSE = re.compile(r"(?:午盘|午间|半日|早盘|午市|上午)\s*收(?:盘|报|市)|午收|at the midday break|midday close|"
                           r"morning session close|(?:finished|ended|closed|wrapped up) the morning|at midday|"
                           r"at lunch", re.I)
_LEVEL_OPEN = re.compile(r"\bopen(?:ed|s)\b|\bat the open\b|高开|低开|平开|开盘报|开盘", re.I)
_LEVEL_INTRADAY = re.compile(r"盘中|早盘|午盘|午后|午间|半日|上午|下午|截至\d|intraday|midday|morning|afternoon|"
                             r"as of \d", re.I)


# a moment said right after a level: "was up 0.4% at 26,004 at the midday break"
_MOMENT_AFTER_LEVEL = re.compile(r"[^\d]{0,30}?\d[\d,]*(?:\.\d+)?\s*(?:points|pts|点)?\s*,?\s*"
                                 r"(?:(?P<midday>at the midday break|at midday|at lunch|by midday|in (?:early|late|afternoon|"
                                 r"morning|midday) (?:trade|trading|deals))|(?P<close>at the close|on the close))\b", re.I)
# words that make a midday report's close a close after all ("全日", "收市")
_FULL_DAY = re.compile(r"全日|全天|收市|\bclosed\b|\bclose\b", re.I)
# "最多升236點", "一度跌300點", "as much as 379 points": the session's extreme, not where the index stood
_EXTREME_BEFORE_POINTS = re.compile(r"(?:最多|最高|最低|一度|盘中最多)\s*(?:上升|下跌|升|跌|涨|挫)?\s*$|"
                                    r"\bas much as\s*$", re.I)


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
    moment = context.moment_in(market) if context is not None else None
    return default if moment is None else moment


def _level_facts(sentence, view, article_id, zh, mentions, moved: list[Fact],
                 context: ArticleContext | None = None, movers: Sequence[Mention] = ()) -> list[Fact]:
    """Index levels, changes in points and commodity prices of one sentence. A level whose index the sentence
    names only through a pointer ("It finished the morning session ... at 23,921") is the index whose move
    the sentence states, when it states one index's. A level the sentence says no moment of holds for what
    the publication time says in the index's market, as its move does."""
    default = context.default_qualifier if context is not None else ""
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
        cues = [(at, "intraday" if kind == "close" and view.startswith("收", at) else kind) for at, kind in cues]
        moment = "intraday" if moment == "close" and not _FULL_DAY.search(view) else moment
    for metric, found in (("level", levels), ("point_change", [(at, points, "") for at, points in changes])):
        for position, points, bound in found:
            # the moment said nearest before the figure ("今早高開後…，半日升120點…，報25,320點": midday, not the
            # open), else the sentence's
            said = bound or next((kind for at, kind in reversed(cues) if at <= position), moment)
            after = _MOMENT_AFTER_LEVEL.match(view, position) if metric == "level" and not bound else None
            if after:  # "was up 0.4% at 26,004 at the midday break": the moment said right after the level is its own
                said = "close" if after["close"] else "intraday"
            if metric == "point_change" and _EXTREME_BEFORE_POINTS.search(view, max(0, position - 6), position):
                said = "intraday_high" if points > 0 else "intraday_low"  # "最多升236點": the session's high so far
            # (not one inside a relative clause: "The CBOE Volatility Index, which is based on S&P 500 options, was
            # down 4.22% to 17.21" is the VIX's level)
            indices = [m for m in mentions if m.end <= position and m.instrument and m.instrument.kind == "index"
                       and not names_futures(view, m) and not any(a < m.start < b for a, b in asides)]
            # "...on the Dow were Walmart Inc (NYSE:WMT), which rose 1.42% or 1.36 points to trade at 97.10": a
            # company named after the index owns the points and the price
            own = indices and not any(indices[-1].end <= m.start < position for m in [*mentions, *movers]
                                      if m.instrument is None or m.instrument.kind not in ("index", "market"))
            if own and position - indices[-1].end <= MAX_SUBJECT_GAP:
                # a midday report's figures are the session's so far; else the publication time in its market; a
                # level said beside its index's move of another day is of that day
                qualifier = said or _moment_or(context, indices[-1].instrument.market, default)
                qualifier = next((f.qualifier for f in index_moves if f.code == indices[-1].instrument.code and
                                  f.qualifier in ("earlier", "previous_session")), qualifier)
                facts.append(_fact(article_id, indices[-1], metric, points, "points", qualifier, sentence))
            elif len({f.code or f.subject for f in index_moves}) == 1:
                qualifier = said or _moment_or(context, index_moves[0].market, default)
                # named through "It", far before a relative clause, or a name the reference lacks
                facts.append(replace(index_moves[0], metric=metric, value=points, unit="points", qualifier=qualifier))
    commodities = commodities_named(mentions)
    for m in _COMMODITY_LEVEL.finditer(view) if commodities else ():
        named = [c for c in commodities if c.end <= m.start() and m.start() - c.end <= 40]
        if named:
            facts.append(_fact(article_id, named[-1], "level", float(m["num"].replace(",", "")), "USD",
                               _LEVEL_BOUNDS.get(m["word"].lower(), ""), sentence))
    return facts


# a sentence without a digit states no figure, unless it speaks of a limit move, of tenths (涨近半成) or of a
# magnitude alone (超百亿元)
_DIGIT = re.compile(r"[0-9０-９]")
_MAGNITUDE = re.compile(r"[半一二两三四五六七八九]成|[超逾近约破][百千万]亿")


def _may_hold_figure(sentence: str) -> bool:
    """True unless the sentence surely states no figure (one test for each kind: an alternation of them all scans
    every position for every branch, and most sentences of a day hold none)."""
    return bool(_DIGIT.search(sentence)) or "停" in sentence or "板" in sentence or "limit" in sentence or \
        ("成" in sentence or "亿" in sentence) and bool(_MAGNITUDE.search(sentence))


def sentence_facts(sentence: str, article_id: str, ref: Reference, context: ArticleContext | None = None,
                   mentions: list[Mention] | None = None, view: str | None = None) -> list[Fact]:
    """Every move, level, amount and count one sentence states (``view``: its ``fold``, when made already,
    which only a sentence that may hold a figure has)."""
    if view is None and not _may_hold_figure(sentence):
        return []
    zh = detect_language(sentence) != "en"
    view = fold(sentence) if view is None else view
    mentions = find_mentions(view, ref, sentence) if mentions is None else mentions
    movers: list[Mention] = []
    facts = _move_facts(sentence, view, article_id, ref, zh, mentions, context, movers)
    facts += _level_facts(sentence, view, article_id, zh, mentions, facts, context, movers)
    facts += _amount_facts(sentence, view, article_id, ref, zh, mentions, context, facts)
    return facts


def _session_moment(article: Article, market: str | None, ref: Reference) -> str:
    """What an article's figures hold for by its publication time: "intraday" when it was published on a
    trading day after its market's open and before its close, "previous_session" when before the open
    ("Research note" at 08:30: "iFlytek climbed 3.9%" is the last session's), else "".

    A date without a time ("CNBC, Jan 26 2022") says nothing of either."""
    if article.published is None or not has_time(article.published) or market not in ref.closes:
        return ""
    zone, close = ref.closes[market]
    local = article.published.astimezone(ZoneInfo(zone))
    opened = tuple(int(part) for part in ref.opens.get(market, "00:00").split(":"))
    closed = tuple(int(part) for part in close.split(":"))
    if local.weekday() >= 5 or (local.hour, local.minute) >= closed:
        return ""
    return "intraday" if (local.hour, local.minute) >= opened else "previous_session"


_PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# a title about Chinese companies' US listings
_US_LISTINGS_TITLE = re.compile(r"中概股|中概|金龙指数|\bADRs\b|(?:US|U\.S\.)-listed Chinese|Golden Dragon|"
                                r"['’]s (?:US|U\.S\.)(?:-listed)? shares")  # "Alibaba's U.S. shares jump"
_EXTENDED_TITLE = re.compile(r"盘前|盘后|\bpre-?market\b|\bafter[- ]hours\b|\bafter the bell\b|\bextended trading\b", re.I)
_MIDDAY_TITLE = re.compile(r"午评|半日|午间|午市|早盘|早评|盘中|\bmidday\b|at midday|morning session|\bintraday\b", re.I)


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
    if _EXTENDED_TITLE.search(fold(article.title or "")):
        context.default_qualifier = "extended"  # "美股盘前": figures not said to be of the session are premarket
    elif _MIDDAY_TITLE.search(fold(article.title or "")):
        context.default_qualifier = "intraday"  # a midday report: figures not said to be closes are intraday
        context.midday_report = True
    views = {i: fold(s) for i, s in enumerate(sentences) if _may_hold_figure(s)}
    named = {i: find_mentions(view, ref, sentences[i]) for i, view in views.items()}
    for mentions in named.values():  # which market the article is about, for ambiguous names
        context.count_markets(mentions)
        context.note_codes(mentions)
    if day is None and article.published is not None and has_time(article.published):
        context.local_weekdays = frozenset(article.published.astimezone(ZoneInfo(zone)).weekday()
                                           for market, (zone, _) in ref.closes.items() if market in context.markets)
    # published during the session, its figures are the session's so far; before the open, the last session's
    moment = _session_moment(article, context.listing or context.home_market() or
                             ("cn" if article.language != "en" else None), ref)
    if not context.default_qualifier:  # the time speaks for each market by its own hours
        context.session_moment_of = lambda market: _session_moment(article, market, ref) if market in ref.closes else None
    if context.default_qualifier != "extended":  # a premarket report's time is no session's
        context.default_qualifier = moment or context.default_qualifier
    kept: dict[tuple, Fact] = {}
    dated: list[tuple[set[str], set[float]]] = []  # who and what figures the body dates to another day
    carried = False  # the piece before, dated to another day, ended in "；": this one continues it
    for position, sentence in enumerate(sentences):
        continues, carried = carried, False
        if position not in named:
            context.skip(position, sentence)
            context.moved_before, context.carried = [], []
            continue
        mentions = named[position]
        # "5月19日，恒生指数…涨幅1.12%；恒生国企指数…涨幅1.20%。": the date opening the sentence holds past its "；"
        semicolon = sentence.rstrip().endswith(("；", ";"))
        # (without a day to build, only a piece that ends in "；" needs the test: the moments date its own figures)
        other = continues or when is not None and (day is not None or semicolon) and names_other_day(sentence, when)
        carried = other and semicolon
        if day is not None and other:
            context.remember(mentions, position)
            dated.append(({m.instrument.code if m.instrument else m.subject for m in mentions},
                          {float(v) for v in _PERCENT_VALUE.findall(views[position])}))
            continue
        figures = sentence_facts(sentence, article.id, ref, context, mentions, views[position])
        if isinstance(sentence, LabelledRow):  # a table row, read with its header's words, is quoted as printed
            figures = [replace(f, evidence=sentence.quote) for f in figures]
        context.moved_before = [f for f in figures if f.metric == "pct_change"]
        owners = {f.code or f.subject for f in figures} if semicolon else set()
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
                    fact.metric in _AMOUNT_METRICS and len(fact.subject) > len(held.subject) or
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
