"""Whose a figure is and where it trades: a mention settled to one listing, the market of a name the
reference lacks, the moment a figure holds for in its own market, and the ``Fact`` row made of them."""
from __future__ import annotations


import re
from dataclasses import replace


from briefs.extract.mentions import Mention, unresolved_market
from briefs.extract.moments import bound_in, clock_of, with_bound
from briefs.extract.places import CITIES_ELSEWHERE, PLACE, PLACE_MARKETS, PLACE_ZH
from briefs.extract.reference import Reference, normal_code
from briefs.extract.subjects import ArticleContext, infer_kind
from briefs.records import Fact


MARKET_WIDE = {"count"}
# words after a name that say which listing of a company is meant
_LISTING_HINT = re.compile(
    r"^\W{0,3}(?:'s\s+)?(?:(?P<hk>Hong Kong(?:-listed)?\s+(?:shares|stock)|H[- ]shares|shares in Hong Kong)|"
    r"(?P<us>U\.?S\.?[- ](?:listed|traded)|US shares|U\.S\. shares|ADRs?\b|American depositary|shares in New York)|"
    r"(?P<cn>A[- ]shares|Shanghai-listed|Shenzhen-listed))|"
    r"^\W{0,3}(?:(?P<hk_zh>港股|H股)|(?P<us_zh>美股|ADR)|(?P<cn_zh>A股))", re.I)  # ("阿里巴巴ADR升1.8%")


LISTING_WORDS = ("A股", "B股", "H股", "港股", "美股")
_LISTING_BEFORE = re.compile(r"(?:(?P<hk>Hong Kong|HK)|(?P<us>U\.?S\.?|US|New York|Nasdaq)|"
                             r"(?P<cn>Shanghai|Shenzhen|[Mm]ainland|A-share))[- ]listed\s+(?:shares|stock|stocks)\s+"
                             # ("Hong Kong-listed shares of Chinese EV maker BYD": a description may stand between)
                             r"(?:of|in)\s+(?:[\w\-]+\s+){0,4}$|(?P<hk2>H[- ]shares)\s+(?:of|in)\s+$|(?P<cn2>A[- ]shares)\s+(?:of|in)\s+$")


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
ELSEWHERE = re.compile(rf"\bin (?P<city>{CITIES_ELSEWHERE})\b")


_SCENE_BEFORE = re.compile(rf"\b[Ii]n\s+(?P<scene>{PLACE})\s*,|\b(?P<own>{PLACE})['’]s\s")
_ASIDE_AFTER_NAME = re.compile(r",[^,;，；]{1,60},")  # "BYD, the world's largest EV maker, slipped …"


def scene_market(sentence: str, at: int) -> str | None:
    """The market of the place a sentence set its scene in before ``at``: "In Hong Kong, Alibaba fell 1.5%",
    "Hong Kong's Hang Seng index dropped 0.8%, with Alibaba …"."""
    scenes = list(_SCENE_BEFORE.finditer(sentence, 0, at))
    return PLACE_MARKETS.get((scenes[-1]["scene"] or scenes[-1]["own"]).lower()) if scenes else None


def _place_after(sentence: str, at: int, reach: int = 90, aside: bool = True) -> str | None:
    """The market a place said in the clause after a name names ("… slipped 1.4 per cent in Hong Kong"), or None;
    with ``aside``, an aside right after the name is stepped over."""
    text = sentence[at:at + reach]
    skipped = _ASIDE_AFTER_NAME.match(text) if aside else None
    clause = re.split(r"[,;，；]|\bwhile\b", text[skipped.end():] if skipped else text, maxsplit=1)[0]
    return next((hinted for pattern, hinted in _PLACE_HINTS if pattern.search(clause)), None)


def settle(mention: Mention, sentence: str, context: ArticleContext | None, ref: Reference) -> Mention:
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
        before = _LISTING_BEFORE.search(sentence, max(0, mention.start - 70), mention.start)
        market = (before.lastgroup or "").rstrip("2") if before else None
    if mention.instrument is not None:  # "比亚迪港股": a known listing yields to the one the words name
        if market is None and mention.instrument.kind == "stock" and \
                (" in " in sentence[mention.end:mention.end + 90] or "premarket" in sentence):
            # "Shares in BYD, the world's largest EV maker, slipped 1.4 per cent in Hong Kong": the place said after
            # the figure names the listing, when the reference has one there (else the name keeps its own)
            market = _place_after(sentence, mention.end)
            if market is not None and ref.listing_in(mention.instrument.code, market) is None:
                return mention
        return other_listing([mention], market, ref)[0]
    if not mention.candidates:
        return mention
    if market is None:
        market = _place_after(sentence, mention.end, 60, aside=False)
    if market is None and " in " in sentence[mention.end:mention.end + 90]:
        # "Shares in BYD, the world's largest EV maker, slipped 1.4 per cent in Hong Kong": past an aside on the name
        market = _place_after(sentence, mention.end)
    if market is None:
        market = scene_market(sentence, mention.start)
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


def its_listing(view: str, at: int) -> str | None:
    """The market that words before ``at`` such as "its Shenzhen-listed stock" name."""
    its = _ITS_LISTING.search(view, max(0, at - 40), at) if at > 0 else None
    return _listing_hint(its["words"] or its["bare"]) if its else None


def other_listing(mentions: list[Mention], market: str | None, ref: Reference) -> list[Mention]:
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


# the place a name trades, said as its owner ("Australia's S&P/ASX 200", "日本日经225指数") or as the scene before it
# ("In India, the Sensex"), or after its figure ("Toyota fell 2.1% in Tokyo"); not inside a name ("Tokyo Electron",
# "Asia-Pacific shares outside Japan")
# (a description may stand between the scene and the name: "In Tokyo, chip-testing equipment maker Advantest")
_PLACE_BEFORE = re.compile(rf"(?:\b(?P<own>{PLACE})['’]s\s|\b[Ii]n\s+(?P<scene>{PLACE}),\s*|"
                           rf"^In\s+(?P<opening>{PLACE}),\s*(?:(?!while\b|and\b|but\b|as\b|whereas\b)[a-z][\w\-]*\s+){{1,4}})"
                           rf"(?:the\s+)?$|"
                           rf"(?P<zh>{PLACE_ZH})$")
_PLACE_AFTER = re.compile(rf"^(?:,[^,;]*,)?[^,;，；]*?\bin\s+(?P<place>{PLACE})\b")  # an aside may stand between
_PLACE_OPENING = re.compile(rf"(?P<place>{PLACE})['’]s\s|"
                            # a company named after a city of one market: "Tokyo Electron", "Seoul Semiconductor"
                            # (not a mainland city's: "Shenzhen International" lists in Hong Kong)
                            r"(?P<city>Tokyo|Osaka|Seoul|Taipei|Sydney|Mumbai)\s+(?=[A-Z])")


# a known name that opens a longer one the reference lacks ("比亚迪电子" is not 比亚迪): no clue to where others trade
_NAME_GOES_ON = re.compile(r"电子|科技|集团|控股|国际|半导体|智能|光学|生物|医药|能源|材料|通信|服务|置业|发展")
_THEME_AFTER = re.compile(r"概念|产业链|供应链|链|相关|系(?:股|公司)|-related|-linked|\s+(?:suppliers|supply chain)", re.I)


def _place_market(found: re.Match | None) -> str | None:
    """The market of the place a pattern above found, None when it found none."""
    return PLACE_MARKETS[found[found.lastgroup or 0].lower()] if found else None


# an index over a region, not one market: MSCI's, Stoxx's, a "World" or "Asia-Pacific" gauge
_REGIONAL_INDEX = re.compile(r"\bMSCI\b|\bStoxx\b|\bSTOXX\b|\b(?:Asia[- ]Pacific|Asia|Europe|European|World|Global|"
                             r"Emerging Markets?)\b.*\b(?:[Ii]ndex|gauge|benchmark)\b|^(?:Euro|pan-European)\b|"
                             # Europe's markets, none of the desk's: "London opened 0.3% lower", "Germany's DAX"
                             r"^(?:(?:Britain|Germany|France|Italy|Spain)['’]s\s+)?(?:FTSE|DAX|CAC|IBEX|FTSE MIB)\b|"
                             r"^(?:London|Paris|Frankfurt|Amsterdam|Zurich|Madrid|Milan)$")


# the legs of the Stock Connect channels, named by the channel: "港股通（沪）", "Southbound via Shanghai", "沪股通"
_CHANNEL_LEG = re.compile(r"(?P<south>港股通|南向|[Ss]outhbound)|(?P<north>沪股通|深股通|北向|[Nn]orthbound)")


def _market_of_unknown(sentence: str, mention: Mention, context: ArticleContext | None,
                       mentions: list[Mention] | None = None) -> str:
    """The market a name the reference lacks (or a sector) moves in: the place the sentence says it trades, else
    the market the title names, else that of the sentence's known instruments when they share one ("Li Ning
    jumped 8%, the best performer on the Hang Seng"), else that of the last known instrument a move was about
    (an Asian wrap's "Toyota Motor jumped 3.1%" after "Tokyo's Nikkei 225 gained 1.2%"), else the article's."""
    channel = _CHANNEL_LEG.match(mention.subject)
    if channel:  # "港股通（沪）净买入51.2亿港元": a leg of a Stock Connect channel is in the market it buys into
        return "hk" if channel["south"] else "cn"
    # before the name ("Australia's", "In India,"), after its figure (the nearest: "Toyota fell 2.1% in Tokyo and
    # Samsung lost 1.3% in Seoul"), or opening it ("Taiwan's benchmark index")
    named = _PLACE_OPENING.match(mention.subject)
    placed = {market for market in (_place_market(_PLACE_BEFORE.search(sentence, max(0, mention.start - 60),
                                                                         mention.start)),
                                    _place_market(_PLACE_AFTER.match(sentence[mention.end:mention.end + 90])),
                                    _place_market(named)) if market is not None}
    if len(placed) == 1:
        return placed.pop()
    if named and named["city"]:  # "Tokyo Electron sank 4.4% …, while Xiaomi jumped 5.3% in Hong Kong": its own city's
        return PLACE_MARKETS[named["city"].lower()]
    if _REGIONAL_INDEX.search(mention.subject):
        return "global"  # "The MSCI Asia Pacific Index", "Europe's Stoxx 600": no one market's, whatever the article's
    if context is None:
        return ""
    # (not a company a theme is named after: "苹果概念股走高，瑞声科技涨超4%" trades in Hong Kong, not New York)
    known = {m.instrument.market for m in mentions or () if m.instrument is not None and m.instrument.market != "global"
             and m.instrument.kind != "sector" and not (m.start < mention.end and mention.start < m.end)
             and not _THEME_AFTER.match(sentence, m.end) and not _NAME_GOES_ON.match(sentence, m.end)}
    return context.listing or (known.pop() if len(known) == 1 else "") or context.last_market or \
        context.home_market() or ""


def market_of(sentence: str, mention: Mention, context: ArticleContext | None,
               mentions: list[Mention] | None = None) -> str:
    """The market a mention's figure is in: its instrument's, its code's form's, or (a sector, an unknown name)
    where the sentence and the article place it."""
    inst = mention.instrument
    market = inst.market if inst else unresolved_market(mention)
    if inst is None and not market or inst is not None and inst.kind == "sector":
        market = _market_of_unknown(sentence, mention, context, mentions)
    return market


def make_fact(article_id: str, mention: Mention, metric: str, value: float, unit: str,
          qualifier: str, sentence: str, context: ArticleContext | None = None,
          mentions: list[Mention] | None = None, market: str | None = None) -> Fact:
    """One fact of ``mention`` (in ``market`` when known already; ``mentions``, the sentence's, tell an unknown
    name's market)."""
    inst = mention.instrument
    market = market_of(sentence, mention, context, mentions) if market is None else market
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


def whole_market(at: int, context: ArticleContext | None, ref: Reference, default: str | None = None) -> Mention:
    """"more than 3,600 stocks rose": the market the article is about, when the reference has it."""
    home = (context.home_market() if context is not None else None) or default
    inst = ref.instruments.get(f"{(home or '').upper()}.MARKET")
    return Mention(at, at, "stocks", inst)


# a sentence about Chinese companies' US listings (not 中概 alone: "中概互联网ETF" trades in Shanghai)
US_LISTINGS_SENTENCE = re.compile(r"中概股|热门中概|\bADRs\b|(?:US|U\.S\.)-listed Chinese")


def closed_before_open(qualifier: str, market: str, context: ArticleContext | None, index: bool = False) -> bool:
    """True for a close (or a limit move) said in an article published on a trading day before its market opened:
    a morning paper's "恒生指数收报25301.27点，跌幅0.83%" is the session before's close, never the day's."""
    return qualifier.split(":")[0] in ("close", "limit_up", "limit_down") and context is not None and \
        bool(market) and context.moment_in(market, index) == "previous_session"


def moment_in_market(read, market: str, context: ArticleContext | None, index: bool = False) -> str:
    """A figure's qualifier, where the sentence said none and the article's default comes from its
    publication time: what that time says in the market of the figure's instrument. Published at 15:40
    in Beijing, a Hang Seng figure is intraday but Kweichow Moutai's is its close (Shanghai shut at 15:00)."""
    if read.qualifier == "close" and context is not None and context.midday_report and market == context.home_market():
        return "intraday"  # "the financial sector ended 0.4% lower" in a midday report: where the morning ended
    if closed_before_open(read.qualifier, market, context, index):
        return with_bound("previous_session", bound_in(read.qualifier))
    moment = context.moment_in(market, index) if read.defaulted and context is not None else None
    if moment is None:
        return read.qualifier
    return with_bound(moment, bound_in(read.qualifier))


def clock_in_market(qualifier: str, mention: Mention, ref: Reference) -> str:
    """A figure "as of" a time at or after its market's close is the close: "The S&P 500 rose 0.4% as of
    4:00 p.m. New York time" (the time is the market's own, as such wraps write it)."""
    clock = clock_of(qualifier)
    if clock is None or mention.instrument is None:
        return qualifier
    close = ref.closes.get(mention.instrument.market)
    return "close" if close is not None and clock >= close[1] else qualifier
