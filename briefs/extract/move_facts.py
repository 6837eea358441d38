"""The moves of one sentence as facts: each figure the reader found, given to its subjects' listings, with
the limit of a limit move's board."""
from __future__ import annotations


import re

from briefs.extract.mentions import Mention, names_futures
from briefs.extract.owners import (ELSEWHERE, LISTING_WORDS, US_LISTINGS_SENTENCE, clock_in_market, its_listing,
                                   make_fact, market_of, moment_in_market, other_listing, scene_market, settle)
from briefs.extract.places import PLACE_MARKETS
from briefs.extract.reading import read_moves
from briefs.extract.reference import Reference
from briefs.extract.subjects import infer_kind
from briefs.records import Fact


_BOARD_BY_CODE = [
    (re.compile(r"^(?:688|689)\d{3}"), "star"),
    (re.compile(r"^(?:300|301)\d{3}"), "chinext"),
    (re.compile(r"^(?:8\d|4\d|92)\d{4}"), "bse"),
    (re.compile(r"^(?:60\d|000|001|002|003)\d{3}"), "main"),
    (re.compile(r"^(?:51|56|58|15|16)\d{4}"), "etf"),
]


# a place right after a figure: the listing that figure is of
_PLACE_AFTER_FIGURE = re.compile(r"%\s+in\s+(?P<place>Hong Kong|Shanghai|Shenzhen|New York)\b")


# the suffixes only STAR Market and ChiNext names carry (not yet profitable, weighted voting rights); Hong Kong's
# -W, -SW, -B and -S are other markets' marks
_STAR_OR_CHINEXT_SUFFIX = re.compile(r"-(?:U|UW|WD)$")


def _is_index(mention: Mention) -> bool:
    """True for an index, known or by its name's shape ("the Harbor 100 index")."""
    return (mention.instrument.kind if mention.instrument is not None else infer_kind(mention.subject)) == "index"


def _limit_value(mention: Mention, ref: Reference, home: str | None, board: str | None = None) -> float | None:
    """The daily limit of the board a limit-moving name trades on: from the reference, else the code's form.

    A Chinese name without a code that the reference lacks trades on the board the article is about
    (``board``: "北交所午评" is about the Beijing exchange's stocks), else on the main board unless its
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
    for pattern, coded_board in _BOARD_BY_CODE:
        if code and pattern.match(code):
            return ref.limits.get(coded_board, 10.0)
    if code or home not in (None, "cn"):
        return None
    if _STAR_OR_CHINEXT_SUFFIX.search(mention.subject):
        return ref.limits.get("star")  # "海创药业-WD涨停": -U, -UW, -WD mark STAR and ChiNext shares, both 20%
    return ref.limits.get(board or "main")


def move_facts(sentence, view, article_id, ref, zh, mentions, context,
                moved: list[Mention] | None = None) -> list[Fact]:
    """The moves of one sentence; the subjects they are about are added to ``moved``."""
    facts: list[Fact] = []
    home = context.home_market() if context is not None else None
    companies: list[Mention] = []  # the companies the sentence's moves were about so far
    futures = "futures" in view or "ontract" in view or "期" in view
    for read in read_moves(sentence, view, zh, mentions, context):
        hinted = its_listing(view, read.start)
        subjects = other_listing([settle(m, view, context, ref) for m in read.subjects], hinted, ref)
        clause = re.split(r"[,;，；]|\bwhile\b", view[read.start:read.start + 60], maxsplit=1)[0]
        if (elsewhere := ELSEWHERE.search(clause)) is not None:
            # "TSMC jumped 4.2% in Taipei": its Taipei listing, when the reference has it; never its New York one
            subjects = other_listing(subjects, PLACE_MARKETS.get(elsewhere["city"].lower(), "other"), ref)
        elif hinted is None and (placed := _PLACE_AFTER_FIGURE.search(clause)):
            # "BYD fell 2% in Hong Kong and 1.5% in Shenzhen": the place after each figure is its listing's
            subjects = other_listing(subjects, PLACE_MARKETS[placed["place"].lower()], ref)
        # a company's listing the sentence or the title names ("中概股多数上涨，小鹏汽车涨超5%": New York's)
        # (the title's yields to the place the sentence sets its scene in: "Earlier in Hong Kong, Alibaba had closed up")
        said = US_LISTINGS_SENTENCE.search(view)
        listing = "us" if said else context.listing if context is not None else None
        if hinted is None and listing:
            subjects = [other_listing([m], listing, ref)[0] if m.instrument is not None and
                        m.instrument.kind == "stock" and (said or scene_market(view, m.start) in (None, listing))
                        else m for m in subjects]
        if context is not None:
            context.remember_subjects(subjects)
        if moved is not None:
            moved.extend(subjects)
        if read.leader:  # a ranking statement: who led, no figure
            for mention in subjects:
                facts.append(make_fact(article_id, mention, "leader", 1.0 if read.leader == "up" else -1.0, "rank", "",
                                   sentence, context, mentions))
            continue
        if read.limit:
            for mention in subjects:
                value = read.values[0] if read.values else _limit_value(mention, ref, home or ("cn" if zh else None),
                                                                      getattr(context, "board", None))
                if value is not None:
                    sign = -1.0 if read.limit == "down" else 1.0
                    facts.append(make_fact(article_id, mention, "pct_change", sign * value, "%", read.qualifier,
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
                    view.startswith(LISTING_WORDS, companies[-1].end)
                if not before and not paired and (view[max(0, mention.start - 1):mention.start] not in ("其", "在")
                                                  or not companies):
                    continue
                mention = other_listing(before[-1:] or companies[-1:], hinted or mention.instrument.market, ref)[0]
            market = market_of(sentence, mention, context, mentions)
            facts.append(make_fact(article_id, mention, "pct_change", value, "%",
                               clock_in_market(moment_in_market(read, market, context, _is_index(mention)), mention,
                                               ref),
                               sentence, context, mentions, market))
        # the market this move was in, known or placed ("China Vanke sank 6.2% in Hong Kong")
        # (not a fund's: "恒生科技ETF涨超1%，成分股蔚来涨近5%" holds Hong Kong shares, though it trades in Shanghai)
        # (nor that of a sentence about index futures, a look at another market's session: "Contracts on the S&P 500
        # slipped 0.2% after the underlying gauge climbed 0.9% on Monday" in an Asian wrap)
        if context is not None and not (futures and any(names_futures(view, m) for m in mentions)):
            context.last_market = next((f.market for f in reversed(facts) if f.market not in ("", "global") and
                                        f.kind not in ("sector", "etf")), context.last_market)
        companies = [m for m in subjects if m.instrument is None or m.instrument.kind == "stock"] or companies
    return facts
