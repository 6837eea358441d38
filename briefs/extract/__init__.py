"""Stage 2, extract: sentences become ``Fact`` rows.

For each sentence the extractor finds instrument mentions (``mentions``), moves
and levels (``moves``) and amounts, prices and counts (``amounts``), then gives
every figure its subject (``subjects``). A figure with no subject is dropped,
never attached to a guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from briefs.extract.amounts import find_amounts
from briefs.extract.mentions import Mention, find_mentions, unresolved_market
from briefs.extract.moves import clause_start, elliptic_move, find_levels, find_moves
from briefs.extract.reference import Reference, load_reference
from briefs.extract.subjects import (MAX_AMOUNT_SUBJECT_GAP, MAX_SUBJECT_GAP, ArticleContext, signed_subject,
                                    subjects_for)
from briefs.extract.text import article_sentences, names_other_day
from briefs.records import Article, Fact, detect_language

# metrics whose subject may be the market as a whole when the sentence names no instrument
_MARKET_WIDE = {"count"}
# words after a name that say which listing of a company is meant
_LISTING_HINTS = [
    (re.compile(r"^\W{0,3}(?:'s\s+)?(?:Hong Kong(?:-listed)?\s+(?:shares|stock)|H[- ]shares|shares in Hong Kong)|"
                r"^\W{0,3}港股", re.I), "hk"),
    (re.compile(r"^\W{0,3}(?:'s\s+)?(?:US-listed|ADRs?\b|American depositary|shares in New York)|^\W{0,3}美股", re.I),
     "us"),
    (re.compile(r"^\W{0,3}(?:'s\s+)?(?:A[- ]shares|Shanghai-listed|Shenzhen-listed)|^\W{0,3}A股", re.I), "cn"),
]
# how sure a qualifier is about the day's figure: within one article, the surest statement of a value wins
_SURENESS = {"close": 0, "limit_up": 1, "limit_down": 1, "open": 2, "": 3, "intraday": 4}


def _settle(mention: Mention, sentence: str, context: ArticleContext | None, ref: Reference) -> Mention:
    """An ambiguous name ("SMIC", "中芯国际") resolved to the one listing its sentence or article points at.

    A listing word right after the name ("Hong Kong shares", "ADRs", "A股") decides; otherwise the
    market most of the article's other instruments trade in, when exactly one listing is there.
    """
    if mention.instrument is not None or not mention.candidates:
        return mention
    market = None
    after = sentence[mention.end:mention.end + 40]
    for pattern, hinted in _LISTING_HINTS:
        if pattern.search(after):
            market = hinted
            break
    if market is None and context is not None:
        market = context.home_market()
    matching = [code for code in mention.candidates if ref.instruments[code].market == market]
    if len(matching) == 1:
        return replace(mention, instrument=ref.instruments[matching[0]])
    return mention


def _add_elliptic(sentence: str, mentions: list[Mention], moves: list) -> list:
    extra = []
    for mention in mentions:
        before = [mv for mv in moves if mv.end <= mention.start]
        if not before:
            continue
        move = elliptic_move(sentence, mention.end, before[-1])
        if move is not None and not any(mv.start <= move.start < mv.end for mv in moves):
            extra.append(move)
    return sorted(moves + extra, key=lambda mv: mv.start)


def _limit_value(mention: Mention, ref: Reference) -> float | None:
    inst = mention.instrument
    if inst is None or inst.kind != "stock":
        return None
    subject = mention.subject.upper()
    board = "st" if subject.startswith(("ST", "*ST")) else inst.board
    return ref.limits.get(board)


def _fact(article_id: str, mention: Mention, metric: str, value: float, unit: str,
          qualifier: str, sentence: str, context: ArticleContext | None = None) -> Fact:
    inst = mention.instrument
    market = inst.market if inst else unresolved_market(mention)
    if inst is not None and inst.kind == "sector" and context is not None:
        market = context.home_market() or ""  # a sector moves in the market the article is about
    return Fact(
        article=article_id,
        subject=mention.subject,
        code=inst.code if inst else mention.code_text,
        market=market,
        kind=inst.kind if inst else "",
        metric=metric,
        value=round(value, 6),
        unit=unit,
        qualifier=qualifier,
        evidence=sentence,
        sector=inst.sector if inst else "",
    )


def _whole_market(at: int, context: ArticleContext | None, ref: Reference) -> Mention:
    """"more than 3,600 stocks rose": the market the article is about, when the reference has it."""
    home = context.home_market() if context is not None else None
    inst = ref.instruments.get(f"{(home or '').upper()}.MARKET")
    return Mention(at, at, "stocks", inst)


def _move_facts(sentence, article_id, ref, zh, mentions, context) -> list[Fact]:
    moves = find_moves(sentence, zh)
    if not zh:
        moves = _add_elliptic(sentence, mentions, moves)
    facts: list[Fact] = []
    seg_start = 0
    previous: list[Mention] = []
    for move in moves:
        if move.signed:
            subjects = signed_subject(move.start, mentions, seg_start, sentence, zh)
        elif move.limit and len(previous) > 1 and not re.search(r"the latter|the former|后者|前者",
                                                                   sentence[seg_start:move.start]):
            subjects = [m for m in mentions if seg_start <= m.start and m.end <= move.start][-1:]
        else:
            subjects = subjects_for(move.start, mentions, seg_start, sentence, zh, previous, context)
        seg_start = move.end
        if not subjects:
            continue
        subjects = [_settle(m, sentence, context, ref) for m in subjects]
        previous = subjects
        if move.limit:
            for mention in subjects:
                value = _limit_value(mention, ref)
                if value is not None:
                    sign = -1.0 if move.qualifier == "limit_down" else 1.0
                    facts.append(_fact(article_id, mention, "pct_change", sign * value, "%", move.qualifier, sentence,
                                      context))
            continue
        if len(move.values) > 1:
            if len(move.values) != len(subjects):
                continue  # "rose 1% and 2%" with one name: which is which is not said
            pairs = zip(subjects, move.values)
        else:
            pairs = ((mention, move.values[0]) for mention in subjects)
        for mention, value in pairs:
            facts.append(_fact(article_id, mention, "pct_change", value, "%", move.qualifier, sentence, context))
    return facts


def _amount_facts(sentence, article_id, ref, zh, mentions, context) -> list[Fact]:
    facts = []
    for amount in find_amounts(sentence, zh, clause_start):
        seg = clause_start(sentence, amount.start)
        after = [m for m in mentions if amount.end <= m.start <= amount.end + 16] if amount.subject_after else []
        subjects = after[:1] or subjects_for(amount.number_at, mentions, seg, sentence, zh, [], context,
                                             max_gap=MAX_AMOUNT_SUBJECT_GAP)
        if not subjects and amount.metric in _MARKET_WIDE:
            subjects = [m for m in mentions if m.instrument and m.instrument.kind == "market"][:1]
            if not subjects:
                subjects = [_whole_market(amount.start, context, ref)]
        for mention in subjects[:1] if amount.metric in _MARKET_WIDE else subjects:
            mention = _settle(mention, sentence, context, ref)
            unit = amount.unit
            if amount.currency_missing:
                market = mention.instrument.market if mention.instrument else ""
                unit = ref.currencies.get(market, "")
                if not unit:
                    continue  # an amount in an unknown currency is not a figure
            facts.append(_fact(article_id, mention, amount.metric, amount.value, unit, amount.qualifier, sentence,
                               context))
    return facts


def _level_facts(sentence, article_id, zh, mentions) -> list[Fact]:
    facts = []
    for position, points in find_levels(sentence, zh):
        indices = [m for m in mentions if m.end <= position and m.instrument and m.instrument.kind == "index"]
        if indices and position - indices[-1].end <= MAX_SUBJECT_GAP:
            facts.append(_fact(article_id, indices[-1], "level", points, "points", "close", sentence))
    return facts


# a sentence without a digit states no figure, unless it speaks of a limit move
_MAY_HOLD_FIGURE = re.compile(r"[0-9]|涨停|跌停|limit")


def sentence_facts(sentence: str, article_id: str, ref: Reference,
                   context: ArticleContext | None = None, mentions: list[Mention] | None = None) -> list[Fact]:
    """Every move, level, amount and count one sentence states."""
    if not _MAY_HOLD_FIGURE.search(sentence):
        return []
    zh = detect_language(sentence) != "en"
    mentions = find_mentions(sentence, ref) if mentions is None else mentions
    facts = _move_facts(sentence, article_id, ref, zh, mentions, context)
    facts += _level_facts(sentence, article_id, zh, mentions)
    facts += _amount_facts(sentence, article_id, ref, zh, mentions, context)
    return facts


def article_facts(article: Article, ref: Reference, day: date | None = None) -> list[Fact]:
    """The facts of one article, each stated once.

    With ``day`` given, a sentence that dates itself to another day ("On August 22,
    Cambricon closed up 11.40%") gives no fact: it is history, not the day's market.
    """
    sentences = article_sentences(article)
    context = ArticleContext(ref=ref)
    named = {i: find_mentions(s, ref) for i, s in enumerate(sentences) if _MAY_HOLD_FIGURE.search(s)}
    for mentions in named.values():  # which market the article is about, for ambiguous names
        context.count_markets(mentions)
    kept: dict[tuple, Fact] = {}
    for position, sentence in enumerate(sentences):
        if position not in named:
            context.skip(position, sentence)
            continue
        mentions = named[position]
        if day is not None and names_other_day(sentence, day):
            context.remember(mentions, position)
            continue
        figures = sentence_facts(sentence, article.id, ref, context, mentions)
        context.remember(mentions, position)
        for fact in figures:
            key = (fact.code or fact.subject, fact.metric, fact.value, fact.unit, _is_window(fact.qualifier))
            held = kept.get(key)
            # the same figure said twice ("收评：沪指跌0.12%" and "截至收盘，沪指跌0.12%") is one fact,
            # with the surer qualifier
            if held is None or _SURENESS.get(fact.qualifier, 5) < _SURENESS.get(held.qualifier, 5):
                kept[key] = fact
    return _drop_redundant_bounds(list(kept.values()))


def _is_window(qualifier: str) -> bool:
    return qualifier in ("weekly", "monthly", "ytd") or qualifier.startswith("streak:")


def _drop_redundant_bounds(facts: list[Fact]) -> list[Fact]:
    """Drop "over 6%" / "nearly 9%" where the same article gives the exact figure it rounds.

    A headline's "涨超6%" restates the body's "涨6.45%"; it is not a second figure.
    """
    exact: dict[tuple, list[float]] = {}
    for fact in facts:
        if fact.qualifier not in ("at_least", "about") and not _is_window(fact.qualifier):
            exact.setdefault((fact.code or fact.subject, fact.metric, fact.unit), []).append(fact.value)
    kept = []
    for fact in facts:
        values = exact.get((fact.code or fact.subject, fact.metric, fact.unit), [])
        if fact.qualifier == "at_least" and any(abs(v) >= abs(fact.value) and v * fact.value > 0 for v in values):
            continue
        if fact.qualifier == "about" and any(abs(v - fact.value) <= max(1.0, abs(fact.value) * 0.1)
                                             for v in values):
            continue
        kept.append(fact)
    return kept


def extract_facts(articles: Iterable[Article], ref: Reference | None = None, day: date | None = None) -> list[Fact]:
    """All facts of all articles."""
    ref = ref or load_reference()
    return [fact for article in articles for fact in article_facts(article, ref, day)]
